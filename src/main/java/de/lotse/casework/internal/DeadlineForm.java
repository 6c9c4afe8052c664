package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A deadline as the form and the API take it. */
record DeadlineForm(
        @NotNull DeadlineKind kind,
        @NotNull LocalDate dueOn,
        @NotBlank @Size(max = 500) String description,
        Integer version) {

    static DeadlineForm empty() {
        return new DeadlineForm(null, null, null, null);
    }

    static DeadlineForm of(Deadline d) {
        return new DeadlineForm(d.kind(), d.dueOn(), d.description(), d.version());
    }

    DeadlineForm withVersion(Integer version) {
        return new DeadlineForm(kind, dueOn, description, version);
    }

    List<String> differencesTo(Deadline current) {
        List<String> fields = new ArrayList<>();
        if (kind != current.kind()) {
            fields.add("deadline.kind");
        }
        if (!Objects.equals(dueOn, current.dueOn())) {
            fields.add("deadline.dueOn");
        }
        if (!Objects.equals(description, current.description())) {
            fields.add("deadline.description");
        }
        if (current.doneOn() != null) {
            fields.add("deadline.done");
        }
        return fields;
    }
}
