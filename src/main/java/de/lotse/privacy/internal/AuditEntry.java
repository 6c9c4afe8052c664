package de.lotse.privacy.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored entry of the audit trail. There is no way to change or delete it in the code, and the
 * database refuses both as well.
 */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        UUID actorUserId,
        String actorUsername,
        UUID actorOrganisationId,
        String action,
        String recordType,
        String recordId,
        String purpose,
        String previousHash,
        String entryHash) {
}
