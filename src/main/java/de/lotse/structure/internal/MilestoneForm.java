package de.lotse.structure.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adding or changing a milestone of a measure; the weight says how much of the measure it is (1 to 100). */
record MilestoneForm(
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate dueOn,
        @NotNull @Min(1) @Max(100) Integer weight,
        Integer version) {

    static MilestoneForm empty() {
        return new MilestoneForm("", null, 1, null);
    }

    static MilestoneForm of(Milestone milestone) {
        return new MilestoneForm(milestone.title(), milestone.dueOn(), milestone.weight(), milestone.version());
    }
}
