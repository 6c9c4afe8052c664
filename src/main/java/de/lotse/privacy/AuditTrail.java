package de.lotse.privacy;

import de.lotse.privacy.internal.AuditEntries;
import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one path by which every module records what it did with personal data. Call it inside the
 * transaction that reads or changes the data: then the entry and the change are stored together or not at
 * all. Entries are append-only and hash-chained (see docs/adr/0004-audit-hash-chain.md).
 */
@Service
public class AuditTrail {

    /** The actor recorded for work Lotse does by itself (demo data, scheduled deletion runs). */
    public static final String SYSTEM_ACTOR = "system";

    private final AuditEntries entries;
    private final CurrentUser currentUser;

    AuditTrail(AuditEntries entries, CurrentUser currentUser) {
        this.entries = entries;
        this.currentUser = currentUser;
    }

    /**
     * @param recordType what kind of record, e.g. {@code CLIENT}, {@code CASE}, {@code USER_ACCOUNT}
     * @param recordId the record's id, or {@code null} for a list
     * @param purpose why, as a code, e.g. {@code CASE_MANAGEMENT}, {@code ACCOUNT_ADMINISTRATION}
     */
    @Transactional
    /**
     * One entry per record, appended together: a list of search results is audited under one hold of the chain lock
     * instead of one per result.
     */
    public void recordAll(AuditAction action, String recordType, java.util.Collection<String> recordIds, String purpose) {
        if (recordIds.isEmpty()) {
            return;
        }
        SignedInUser actor = currentUser.get().orElse(null);
        entries.appendAll(recordIds.stream().map(id -> new AuditEntries.NewEntry(
                actor == null ? null : actor.id(),
                actor == null ? SYSTEM_ACTOR : actor.username(),
                actor == null ? null : actor.organisationId(),
                action.name(), recordType, id, purpose)).toList());
    }

    public void record(AuditAction action, String recordType, String recordId, String purpose) {
        SignedInUser actor = currentUser.get().orElse(null);
        entries.append(new AuditEntries.NewEntry(
                actor == null ? null : actor.id(),
                actor == null ? SYSTEM_ACTOR : actor.username(),
                actor == null ? null : actor.organisationId(),
                action.name(), recordType, recordId, purpose));
    }
}
