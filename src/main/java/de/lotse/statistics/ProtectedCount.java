package de.lotse.statistics;

/**
 * A count as it may be shown: the number itself, or a placeholder when it is withheld. The raw value of a
 * withheld count is deliberately not kept here, so no template or export can print it by mistake.
 *
 * @param shown the number to show; {@code null} when withheld
 * @param suppression why it is withheld, or {@link Suppression#NONE}
 * @param display what a person reads: the number, "&lt;3" for a small number, "x" for a count withheld to
 *                protect a small one
 */
public record ProtectedCount(Integer shown, Suppression suppression, String display) {

    public enum Suppression {
        /** Shown as it is. */
        NONE,
        /** Between 1 and threshold - 1: shown as "&lt;threshold". */
        SMALL,
        /** Not small itself, withheld so that a small count cannot be recomputed from the totals. */
        SECONDARY
    }

    public boolean withheld() {
        return suppression != Suppression.NONE;
    }

    @Override
    public String toString() {
        return display;
    }
}
