package de.lotse.structure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure (Maßnahme) set in motion by a decision of the Lenkungsgruppe. The owner is an organisation of the
 * network; the responsible person is a name only, because the people who carry measures out often have no account.
 */
record Measure(
        UUID id,
        UUID decisionId,
        String title,
        String description,
        UUID ownerOrganisationId,
        String responsiblePerson,
        MeasureStatus status,
        LocalDate startedOn,
        Instant createdAt,
        Instant updatedAt,
        int version) {
}
