package de.lotse.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was accepted by its receiver. Published synchronously, inside the transaction of the acceptance, so that
 * data kept per client rather than per case (legal domains, residence periods, household links) can follow the
 * case to the receiving organisation's copy of the client in the same transaction, or not at all.
 * Everything kept per case (by the case id) moves with the case by itself.
 *
 * @param fromClientId the sending organisation's client record, which stays where it is
 * @param toClientId the receiving organisation's copy; equal to {@code fromClientId} within one organisation
 */
public record CaseTransferred(
        UUID caseId,
        UUID transferId,
        UUID fromOrganisationId,
        UUID toOrganisationId,
        UUID fromClientId,
        UUID toClientId,
        UUID toCaseManagerId,
        Instant acceptedAt) {

    /** Whether the case changed its controller (another organisation) rather than only its case manager. */
    public boolean acrossOrganisations() {
        return !fromOrganisationId.equals(toOrganisationId);
    }
}
