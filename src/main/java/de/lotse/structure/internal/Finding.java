package de.lotse.structure.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A finding as stored in the backlog. It carries no personal data of clients; {@code caseReference} is a
 * pseudonym only casework can resolve and is shown to nobody outside the organisation that raised it.
 */
record Finding(
        UUID id,
        FindingSource source,
        UUID caseReference,
        String lifeArea,
        String barrierCategory,
        List<UUID> organisationIds,
        UUID municipalityId,
        String description,
        String contact,
        UUID raisedBy,
        UUID raisedByOrganisation,
        Instant raisedAt,
        FindingStatus status,
        UUID topicId,
        String answer,
        Instant answeredAt,
        int version) {

    /** A short part of the description for lists. */
    public String summary() {
        return description.length() <= 140 ? description : description.substring(0, 137) + "…";
    }
}
