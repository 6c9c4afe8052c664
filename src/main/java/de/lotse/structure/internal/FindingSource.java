package de.lotse.structure.internal;

/** How a finding reached the backlog: raised on a case in casework, or reported through the Meldebogen. */
enum FindingSource {
    CASE,
    REPORT
}
