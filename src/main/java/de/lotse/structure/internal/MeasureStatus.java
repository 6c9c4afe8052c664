package de.lotse.structure.internal;

/** Where a measure stands; labels in the bundles under {@code measure.status.*}. */
enum MeasureStatus {
    PLANNED,
    RUNNING,
    /** Set by coordination, never by Lotse: the page suggests it when a milestone is overdue. */
    DELAYED,
    IMPLEMENTED,
    DISCARDED;

    /** The measure has begun, so it has a start date and its effect can be looked for. */
    public boolean started() {
        return this == RUNNING || this == DELAYED || this == IMPLEMENTED;
    }

    /** Nothing more will happen: implemented or given up. */
    public boolean finished() {
        return this == IMPLEMENTED || this == DISCARDED;
    }
}
