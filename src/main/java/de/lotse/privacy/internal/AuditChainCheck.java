package de.lotse.privacy.internal;

import de.lotse.privacy.ChainVerification;

/**
 * Walks the entries in sequence order and remembers the first one that does not fit: a gap or reordering
 * in the sequence (an entry removed), a predecessor hash that differs from the entry before (an entry removed
 * or replaced), or a stored hash that differs from the recomputed one (an entry changed).
 */
public final class AuditChainCheck {

    private long checked;
    private long expectedSequence = 1;
    private String expectedPrevious = AuditHash.GENESIS;
    private Long firstBroken;
    private String reason;

    public void accept(AuditEntry entry) {
        checked++;
        if (firstBroken != null) {
            return;
        }
        if (entry.sequence() != expectedSequence) {
            broken(entry, "audit.broken.sequence");
        } else if (!entry.previousHash().equals(expectedPrevious)) {
            broken(entry, "audit.broken.link");
        } else if (!AuditHash.of(entry).equals(entry.entryHash())) {
            broken(entry, "audit.broken.hash");
        }
        expectedSequence = entry.sequence() + 1;
        expectedPrevious = entry.entryHash();
    }

    public ChainVerification result() {
        return new ChainVerification(checked, firstBroken, reason);
    }

    private void broken(AuditEntry entry, String why) {
        firstBroken = entry.sequence();
        reason = why;
    }
}
