package de.lotse.casework.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An appointment (Termin) of a case: when and where, who takes part, and whether an interpreter is needed.
 */
@Table(schema = "casework", name = "appointment")
record Appointment(
        @Id UUID id,
        UUID clientCase,
        Instant startsAt,
        Instant endsAt,
        String place,
        String participants,
        boolean interpreterNeeded,
        String interpreterLanguage,
        String notes,
        @Version Integer version,
        Instant createdAt,
        Instant updatedAt) {

    /** Used by Spring Data after each save; the version comes from the database. */
    Appointment withVersion(Integer version) {
        return new Appointment(id, clientCase, startsAt, endsAt, place, participants, interpreterNeeded, interpreterLanguage,
                notes, version, createdAt, updatedAt);
    }
}
