package de.lotse.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A finding (Hürde) recorded by a case manager: where integration got stuck, free of personal data.
 * Published through the event publication registry once stored; {@code structure} files it into the topic
 * backlog. It carries no client id, no name and no birth date: {@code caseReference} is a pseudonym that only
 * casework can resolve, and null when the client has not consented to anonymised structural use.
 *
 * @param findingId       unique per finding; a listener stores each id once, however often it is delivered
 * @param caseReference   pseudonymous reference of the case, or null
 * @param lifeArea        code of the life area (LifeArea enum name in casework, e.g. {@code WORK})
 * @param barrierCategory code of the barrier category (network's configurable list)
 * @param organisationIds organisations or interface involved
 * @param municipalityId  the Kommune the finding concerns, or null for the whole Kreis
 * @param description     the description, already checked for personal data
 * @param raisedBy        the user who recorded it
 * @param raisedByOrganisation the organisation of that user
 * @param raisedAt        when it was recorded
 */
public record FindingRaised(
        UUID findingId,
        UUID caseReference,
        String lifeArea,
        String barrierCategory,
        List<UUID> organisationIds,
        UUID municipalityId,
        String description,
        UUID raisedBy,
        UUID raisedByOrganisation,
        Instant raisedAt) {
}
