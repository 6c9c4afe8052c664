package de.lotse.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's current residence document that expires soon (or has expired), for lists such as the start page.
 *
 * @param caseId the client's open case in the organisation, null if there is none
 * @param clientName given names and family name, as the person is addressed in lists
 */
public record ExpiringDocument(UUID clientId, UUID caseId, String clientName, ResidenceStatus status, LocalDate validUntil) {
}
