package de.lotse.casework.internal;

/** What a deadline (Frist) is about. German names in the bundles ({@code deadline.kind.*}). */
enum DeadlineKind {
    RESIDENCE_DOCUMENT_EXPIRY,
    DULDUNG_EXPIRY,
    OFFICE_ANSWER,
    COURSE_START,
    OTHER;

    /** A residence document or Duldung runs out: the start page warns 60 days ahead. */
    boolean documentExpiry() {
        return this == RESIDENCE_DOCUMENT_EXPIRY || this == DULDUNG_EXPIRY;
    }
}
