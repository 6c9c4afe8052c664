package de.lotse.structure.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A structural topic: a cluster of findings worth structural work. */
record Topic(
        UUID id,
        String title,
        String description,
        List<String> lifeAreas,
        List<String> barrierCategories,
        List<UUID> municipalityIds,
        TopicStatus status,
        TopicPriority priority,
        Instant createdAt,
        Instant updatedAt,
        int version) {
}
