package de.lotse.casework;

import java.time.LocalDate;

/**
 * A client's residence status for a time, in the shape the pre-check reads: from and to are inclusive days,
 * {@code to} null while it lasts.
 *
 * @param legalBasis the paragraph of the AufenthG of a residence permit, e.g. "25a", "104c", "16b"; else null
 * @param documentValidUntil the day the document of this period (Bescheinigung, Duldung, Aufenthaltstitel) expires
 */
public record ResidencePeriod(ResidenceStatus status, String legalBasis, LocalDate from, LocalDate to,
                              LocalDate documentValidUntil) {
}
