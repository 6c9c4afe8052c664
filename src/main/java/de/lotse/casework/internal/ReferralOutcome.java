package de.lotse.casework.internal;

/** What became of a referral. German names in the bundles ({@code referral.outcome.*}). */
public enum ReferralOutcome {
    ACCEPTED,
    WAITING,
    COMPLETED,
    REFUSED,
    NO_RESPONSE;

    /** Waiting for a place or an appointment: until when. */
    public boolean needsExpectedDate() {
        return this == WAITING;
    }

    public boolean needsReason() {
        return this == REFUSED;
    }
}
