package de.lotse.privacy;

/**
 * What a client consents to. German names in the bundles ({@code consent.purpose.*}).
 */
public enum ConsentPurpose {
    /** Case management itself, by the organisation that collects the data. */
    CASE_MANAGEMENT(false),
    /** Handing a need to a named organisation (Vermittlung). */
    REFERRAL(true),
    /** Discussing the case with named organisations (Fallkonferenz). */
    CASE_CONFERENCE(true),
    /** Sharing a pre-check with the immigration office (ABH/EBH). */
    PRE_CHECK_HANDOFF(true),
    /** Using findings from the case, without personal data, for structural work. */
    ANONYMISED_FINDINGS(false),
    /**
     * Handing the whole case to a named organisation, which becomes its controller (Fallübergabe). Within the
     * organisation a transfer needs no consent of its own: case management covers it.
     */
    TRANSFER(true);

    private final boolean needsRecipients;

    ConsentPurpose(boolean needsRecipients) {
        this.needsRecipients = needsRecipients;
    }

    /** Whether the consent must name the organisations that may receive the data. */
    public boolean needsRecipients() {
        return needsRecipients;
    }
}
