package de.lotse.casework.internal;

/** A period was changed by someone else since the caller read it; nothing was overwritten. */
class PeriodChangedMeanwhile extends RuntimeException {

    PeriodChangedMeanwhile() {
        super("period changed meanwhile");
    }
}
