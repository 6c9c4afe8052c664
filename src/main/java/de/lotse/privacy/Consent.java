package de.lotse.privacy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * One recorded consent of a data subject.
 *
 * @param controllerId the organisation that collected the data and recorded the consent
 * @param subjectId the client (or other data subject) who consented
 * @param recipients organisations that may receive the data; empty for purposes that name none
 * @param expiresOn last day it is valid; null for no expiry
 * @param revokedOn the day it was revoked; valid until the day before
 */
public record Consent(
        UUID id,
        UUID controllerId,
        UUID subjectId,
        ConsentPurpose purpose,
        Set<UUID> recipients,
        Set<DataCategory> dataCategories,
        LocalDate givenOn,
        ConsentForm form,
        String interpreterName,
        LocalDate expiresOn,
        LocalDate revokedOn,
        String revocationNote,
        Integer version) {

    public Consent {
        recipients = Set.copyOf(recipients);
        dataCategories = Set.copyOf(dataCategories);
    }

    /** Valid on the day: given by then, not expired, not revoked. A revocation takes effect on its day. */
    public boolean validOn(LocalDate day) {
        return !givenOn.isAfter(day)
                && (expiresOn == null || !expiresOn.isBefore(day))
                && (revokedOn == null || revokedOn.isAfter(day));
    }

    public Status statusOn(LocalDate day) {
        if (revokedOn != null && !revokedOn.isAfter(day)) {
            return Status.REVOKED;
        }
        if (expiresOn != null && expiresOn.isBefore(day)) {
            return Status.EXPIRED;
        }
        return givenOn.isAfter(day) ? Status.NOT_YET_VALID : Status.VALID;
    }

    public enum Status { VALID, NOT_YET_VALID, EXPIRED, REVOKED }
}
