package de.lotse.privacy;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBrokenSequence the first entry whose hash, predecessor link or position does not fit;
 *                            {@code null} when the chain is intact
 * @param reason why that entry breaks the chain (a message key, {@code audit.broken.*})
 */
public record ChainVerification(long entriesChecked, Long firstBrokenSequence, String reason) {

    public boolean intact() {
        return firstBrokenSequence == null;
    }
}
