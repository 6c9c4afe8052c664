package de.lotse.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's legal domain period that ends soon, for lists such as the start page.
 *
 * @param caseId the client's open case in the organisation, null if there is none
 */
public record EndingLegalDomain(UUID clientId, UUID caseId, String clientName, LegalDomain domain, LocalDate to) {
}
