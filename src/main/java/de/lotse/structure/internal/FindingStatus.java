package de.lotse.structure.internal;

/**
 * Where a finding stands for the person who raised it. Once filed under a topic, what happens next is the
 * topic's status; the labels are in the bundles under {@code finding.status.*}.
 */
enum FindingStatus {
    /** Received, waiting for coordination to look at it. */
    NEW,
    /** Filed under a topic of the backlog. */
    FILED,
    /** Answered on its own, with an answer text sent back to the reporter. */
    ANSWERED
}
