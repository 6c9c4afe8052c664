package de.lotse.structure.internal;

/** Where a topic of the backlog stands; labels in the bundles under {@code topic.status.*}. */
enum TopicStatus {
    COLLECTED,
    IN_PROGRESS,
    FOR_DECISION,
    DECIDED,
    IMPLEMENTED,
    CLOSED,
    DEFERRED
}
