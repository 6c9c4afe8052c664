package de.lotse.structure.internal;

/** The priority the Lenkungsgruppe gave a topic; coordination records it. */
enum TopicPriority {
    HIGH,
    MEDIUM,
    LOW
}
