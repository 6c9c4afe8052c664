package de.lotse.casework.internal;

/** Where a step of the help plan stands. German names in the bundles ({@code step.status.*}). */
public enum StepStatus {
    OPEN,
    DONE,
    DROPPED
}
