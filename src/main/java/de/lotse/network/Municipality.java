package de.lotse.network;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Kommune (kreisangehörige Gemeinde) of the district the KIM unit serves.
 */
@Table(schema = "network", name = "municipality")
public record Municipality(@Id UUID id, String name, @Version Integer version, Instant createdAt) {

    public static Municipality named(String name) {
        return new Municipality(UUID.randomUUID(), name, null, Instant.now());
    }

    /** Used by Spring Data after each save; the version comes from the database. */
    public Municipality withVersion(Integer version) {
        return new Municipality(id, name, version, createdAt);
    }
}
