package de.lotse.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * The SHA-256 link of the audit chain: each entry's hash covers its own fields and the hash of the entry
 * before it, so changing, removing or reordering any stored entry breaks every link after it.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private AuditHash() {
    }

    static String of(long sequence, Instant occurredAt, UUID actorUserId, String actorUsername, UUID actorOrganisationId,
                     String action, String recordType, String recordId, String purpose, String previousHash) {
        String canonical = String.join(String.valueOf(SEPARATOR),
                Long.toString(sequence),
                occurredAt.toString(),
                Objects.toString(actorUserId, ""),
                actorUsername,
                Objects.toString(actorOrganisationId, ""),
                action,
                recordType,
                Objects.toString(recordId, ""),
                purpose,
                previousHash);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String of(AuditEntry e) {
        return of(e.sequence(), e.occurredAt(), e.actorUserId(), e.actorUsername(), e.actorOrganisationId(), e.action(),
                e.recordType(), e.recordId(), e.purpose(), e.previousHash());
    }
}
