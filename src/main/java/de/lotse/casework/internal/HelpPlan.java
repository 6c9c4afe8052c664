package de.lotse.casework.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The head of a case's help plan: which plan version is current ({@code number}) and the optimistic lock that
 * turns two concurrent edits of goals or steps into a conflict. Goals and steps are changed together with it,
 * in one transaction, so a stale edit changes nothing.
 */
@Table(schema = "casework", name = "help_plan")
record HelpPlan(@Id UUID id, UUID clientCase, int number, @Version Integer version, Instant updatedAt) {

    HelpPlan next(Integer expectedVersion) {
        return new HelpPlan(id, clientCase, number + 1, expectedVersion, Instant.now());
    }

    /** Used by Spring Data after each save; the version comes from the database. */
    HelpPlan withVersion(Integer version) {
        return new HelpPlan(id, clientCase, number, version, updatedAt);
    }
}
