package de.lotse.casework;

/** Why a case ended. German names in the bundles ({@code case.closure.*}). */
public enum ClosureReason {
    GOALS_REACHED,
    MOVED_AWAY,
    NO_LONGER_REACHABLE,
    PASSED_ON,
    ENDED_BY_CLIENT,
    OTHER
}
