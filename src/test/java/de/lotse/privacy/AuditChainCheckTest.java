package de.lotse.privacy.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.lotse.privacy.ChainVerification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainCheckTest {

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditHash.GENESIS;
        for (int i = 1; i <= length; i++) {
            Instant at = Instant.parse("2026-11-21T08:00:00Z").plusSeconds(i);
            UUID user = UUID.nameUUIDFromBytes(("user" + i).getBytes());
            String hash = AuditHash.of(i, at, user, "fallmanagement", null, "READ", "CASE", "case-" + i, "CASE_MANAGEMENT", previous);
            entries.add(new AuditEntry(i, at, user, "fallmanagement", null, "READ", "CASE", "case-" + i, "CASE_MANAGEMENT", previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static ChainVerification check(List<AuditEntry> entries) {
        AuditChainCheck check = new AuditChainCheck();
        entries.forEach(check::accept);
        return check.result();
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerification result = check(chain(20));
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(20);
    }

    @Test
    void aChangedEntryIsNamed() {
        List<AuditEntry> entries = chain(20);
        AuditEntry e = entries.get(6);
        entries.set(6, new AuditEntry(e.sequence(), e.occurredAt(), e.actorUserId(), "someone-else", e.actorOrganisationId(),
                e.action(), e.recordType(), e.recordId(), e.purpose(), e.previousHash(), e.entryHash()));
        ChainVerification result = check(entries);
        assertThat(result.firstBrokenSequence()).isEqualTo(7);
        assertThat(result.reason()).isEqualTo("audit.broken.hash");
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheNextLink() {
        List<AuditEntry> entries = chain(20);
        AuditEntry e = entries.get(6);
        String forged = AuditHash.of(e.sequence(), e.occurredAt(), e.actorUserId(), e.actorUsername(), e.actorOrganisationId(),
                "DELETE", e.recordType(), e.recordId(), e.purpose(), e.previousHash());
        entries.set(6, new AuditEntry(e.sequence(), e.occurredAt(), e.actorUserId(), e.actorUsername(), e.actorOrganisationId(),
                "DELETE", e.recordType(), e.recordId(), e.purpose(), e.previousHash(), forged));
        ChainVerification result = check(entries);
        assertThat(result.firstBrokenSequence()).isEqualTo(8);
        assertThat(result.reason()).isEqualTo("audit.broken.link");
    }

    @Test
    void aRemovedEntryIsNoticed() {
        List<AuditEntry> entries = chain(20);
        entries.remove(11);
        ChainVerification result = check(entries);
        assertThat(result.firstBrokenSequence()).isEqualTo(13);
        assertThat(result.reason()).isEqualTo("audit.broken.sequence");
    }

    @Test
    void aRemovedLastEntryLeavesAnIntactButShorterChain() {
        // The chain cannot tell that its newest entries are gone; the entry count on the page and in the
        // command output is there for comparing with an earlier run.
        List<AuditEntry> entries = chain(20);
        entries.removeLast();
        assertThat(check(entries).intact()).isTrue();
        assertThat(check(entries).entriesChecked()).isEqualTo(19);
    }
}
