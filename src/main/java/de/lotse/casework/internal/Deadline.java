package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deadline (Frist) of a case: a residence document running out, an answer owed by an office, a course
 * starting. Open until it is marked done, with the day it was done.
 */
@Table(schema = "casework", name = "deadline")
record Deadline(
        @Id UUID id,
        UUID clientCase,
        DeadlineKind kind,
        LocalDate dueOn,
        String description,
        LocalDate doneOn,
        @Version Integer version,
        Instant createdAt,
        Instant updatedAt) {

    public boolean overdueOn(LocalDate day) {
        return doneOn == null && dueOn.isBefore(day);
    }

    Deadline withVersion(Integer version) {
        return new Deadline(id, clientCase, kind, dueOn, description, doneOn, version, createdAt, updatedAt);
    }
}
