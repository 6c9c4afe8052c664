package de.lotse.casework.internal;

import java.time.LocalDate;

import de.lotse.casework.IntakeChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Opening a case from the client page: the intake, and whether the case is for the whole household. */
record CaseOpenForm(@NotNull IntakeChannel intakeChannel, @NotNull @PastOrPresent LocalDate intakeDate,
                    @NotBlank @Size(max = 2000) String firstConcern, boolean forHousehold) {

    static CaseOpenForm empty(LocalDate today) {
        return new CaseOpenForm(null, today, "", false);
    }
}
