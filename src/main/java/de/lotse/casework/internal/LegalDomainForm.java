package de.lotse.casework.internal;

import java.time.LocalDate;

import de.lotse.casework.LegalDomain;
import jakarta.validation.constraints.NotNull;

/** Adding a legal domain period, in the browser and through the API alike; {@code to} empty while it runs. */
record LegalDomainForm(@NotNull LegalDomain domain, @NotNull LocalDate from, LocalDate to) {

    static LegalDomainForm empty() {
        return new LegalDomainForm(null, null, null);
    }
}
