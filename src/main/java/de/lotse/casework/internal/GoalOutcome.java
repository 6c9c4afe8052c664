package de.lotse.casework.internal;

/** How a goal of the help plan ended. German names in the bundles ({@code goal.outcome.*}). */
public enum GoalOutcome {
    REACHED,
    PARTLY_REACHED,
    NOT_REACHED,
    DROPPED;

    /** A goal that was not reached or dropped needs a reason, so the next case manager understands why. */
    public boolean needsReason() {
        return this == NOT_REACHED || this == DROPPED;
    }
}
