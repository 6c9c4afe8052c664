package de.lotse.casework;

import java.util.Optional;

/**
 * The lifecycle of a case, in the order case management goes through it. German names in the bundles
 * ({@code case.status.*}).
 */
public enum CaseStatus {
    FIRST_CONTACT,
    CLEARING,
    ASSESSMENT,
    HELP_PLANNING,
    IMPLEMENTATION_AND_MONITORING,
    CLOSED;

    /** The step after this one; none after closure (a closed case is reopened instead). */
    public Optional<CaseStatus> next() {
        return this == CLOSED || this == IMPLEMENTATION_AND_MONITORING ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Beyond first contact, case work rests on the client's consent to case management. */
    public boolean needsConsent() {
        return this != FIRST_CONTACT && this != CLOSED;
    }
}
