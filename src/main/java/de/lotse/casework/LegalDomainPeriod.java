package de.lotse.casework;

import java.time.LocalDate;

/**
 * A client's legal domain for a time: from and to are inclusive days, {@code to} null while it runs.
 */
public record LegalDomainPeriod(LegalDomain domain, LocalDate from, LocalDate to) {
}
