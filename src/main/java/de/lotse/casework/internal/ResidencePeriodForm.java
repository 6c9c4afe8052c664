package de.lotse.casework.internal;

import java.time.LocalDate;

import de.lotse.casework.ResidenceStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adding a residence period, in the browser and through the API alike. The legal basis is written as case
 * managers and the pre-check write it: "25a", "104c", "§ 25 Abs. 5", "16b AufenthG"; empty for none.
 */
record ResidencePeriodForm(
        @NotNull ResidenceStatus status,
        @Size(max = 40) @Pattern(regexp = "(?i)((§\\s*)?\\d{1,3}\\s?[a-z]?(\\s*(Abs\\.?|Absatz)\\s*\\d{1,2}|\\s*\\(\\d{1,2}\\))?(\\s*AufenthG)?)?",
                message = "{legalBasis.pattern}") String legalBasis,
        @NotNull LocalDate from,
        LocalDate to,
        LocalDate documentValidUntil) {

    static ResidencePeriodForm empty() {
        return new ResidencePeriodForm(null, null, null, null, null);
    }

    ResidenceHistory.NewPeriod toNewPeriod() {
        String basis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
        return new ResidenceHistory.NewPeriod(status, basis, from, to, documentValidUntil);
    }
}
