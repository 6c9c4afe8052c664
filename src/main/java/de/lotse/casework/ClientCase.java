package de.lotse.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case (Fall): one episode of case management for a client, owned by an organisation and assigned to a
 * case manager, with its intake (how, when, and the first concern) and its status.
 *
 * @param closedOn the day case work ended, as the case manager states it; null while the case is open
 */
@Table(schema = "casework", name = "client_case")
public record ClientCase(
        @Id UUID id,
        UUID clientId,
        UUID organisationId,
        UUID caseManagerId,
        IntakeChannel intakeChannel,
        LocalDate intakeDate,
        String firstConcern,
        CaseStatus status,
        ClosureReason closureReason,
        LocalDate closedOn,
        @Version Integer version,
        Instant openedAt,
        Instant updatedAt) {

    public ClientCase withStatus(CaseStatus status, ClosureReason reason, LocalDate closedOn, Integer expectedVersion) {
        return new ClientCase(id, clientId, organisationId, caseManagerId, intakeChannel, intakeDate, firstConcern, status,
                reason, closedOn, expectedVersion, openedAt, Instant.now());
    }

    /** Used by Spring Data after each save; the version comes from the database. */
    public ClientCase withVersion(Integer version) {
        return new ClientCase(id, clientId, organisationId, caseManagerId, intakeChannel, intakeDate, firstConcern, status,
                closureReason, closedOn, version, openedAt, updatedAt);
    }
}
