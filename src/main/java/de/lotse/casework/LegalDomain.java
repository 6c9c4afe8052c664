package de.lotse.casework;

/**
 * A legal domain (Rechtskreis): the body of law a client's benefits and support come from. German names in the
 * bundles ({@code legalDomain.*}).
 */
public enum LegalDomain {
    SGB_II,
    SGB_III,
    SGB_VIII,
    SGB_XII,
    ASYLBLG,
    /** Explicitly no benefits: recorded on purpose, so the time is no gap. */
    NONE;

    /**
     * Whether a period of this domain may run at the same time as one of {@code other}. Livelihood benefits
     * under the SGB II, the SGB XII and the AsylbLG exclude one another (§ 7 Abs. 1 Satz 2 Nr. 3 SGB II,
     * § 5 Abs. 2 SGB II, § 9 Abs. 1 AsylbLG); Arbeitsförderung (SGB III) and Jugendhilfe (SGB VIII) come on top.
     */
    public boolean mayRunAlongside(LegalDomain other) {
        if (this == other || this == NONE || other == NONE) {
            return false;
        }
        return !(securesLivelihood() && other.securesLivelihood());
    }

    public boolean securesLivelihood() {
        return this == SGB_II || this == SGB_XII || this == ASYLBLG;
    }
}
