package de.lotse.casework.internal;

import java.time.Instant;
import java.util.UUID;

import de.lotse.network.LifeArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The current assessment of one life area of a case; each saved state is also kept as a change. */
@Table(schema = "casework", name = "assessment_entry")
public record AssessmentEntry(
        @Id UUID id,
        @Column("client_case") UUID caseId,
        LifeArea lifeArea,
        String situation,
        Need need,
        String resources,
        String notes,
        UUID assessedBy,
        Instant assessedAt,
        @Version Integer version) {

    /** Used by Spring Data after each save; the version comes from the database. */
    public AssessmentEntry withVersion(Integer version) {
        return new AssessmentEntry(id, caseId, lifeArea, situation, need, resources, notes, assessedBy, assessedAt, version);
    }
}
