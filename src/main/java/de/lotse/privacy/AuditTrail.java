package de.lotse.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.privacy.internal.AuditEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
     * One entry per record, appended together: a list of search results is audited under one hold of the chain lock
     * instead of one per result.
     */
    @Transactional
    public void recordAll(AuditAction action, String recordType, java.util.Collection<String> recordIds, String purpose) {
        SignedInUser actor = currentUser.get().orElse(null);
        List<AuditEntries.NewEntry> newEntries = recordIds.stream()
                .map(id -> entry(actor, action, recordType, id, purpose))
                .filter(entry -> !readBefore(entry))
                .toList();
        if (newEntries.isEmpty()) {
            return;
        }
        entries.appendAll(newEntries);
        newEntries.forEach(AuditTrail::rememberOnCommit);
    }

    /**
     * @param recordType what kind of record, e.g. {@code CLIENT}, {@code CASE}, {@code USER_ACCOUNT}
     * @param recordId the record's id, or {@code null} for a list
     * @param purpose why, as a code, e.g. {@code CASE_MANAGEMENT}, {@code ACCOUNT_ADMINISTRATION}
     */
    public void record(AuditAction action, String recordType, String recordId, String purpose) {
        AuditEntries.NewEntry entry = entry(currentUser.get().orElse(null), action, recordType, recordId, purpose);
        if (readBefore(entry)) {
            return;
        }
        entries.append(entry);
        rememberOnCommit(entry);
    }

    private static AuditEntries.NewEntry entry(SignedInUser actor, AuditAction action, String recordType, String recordId,
                                               String purpose) {
        return new AuditEntries.NewEntry(
                actor == null ? null : actor.id(),
                actor == null ? SYSTEM_ACTOR : actor.username(),
                actor == null ? null : actor.organisationId(),
                action.name(), recordType, recordId, purpose);
    }

    /*
     * A page is put together from several services, and each reads the records it shows through its own audited
     * path: the case page read its case five times. Within one web request, a read of one record by the same person
     * for the same purpose is recorded once. Only a read whose entry has been committed counts as recorded: if
     * that transaction rolled back, the next read is recorded again. Reads of a list (no record id), changes,
     * and work outside a web request (scheduled runs) are always recorded.
     */
    private static final String READS_OF_THIS_REQUEST = AuditTrail.class.getName() + ".reads";

    private static String readKey(AuditEntries.NewEntry entry) {
        if (!AuditAction.READ.name().equals(entry.action()) || entry.recordId() == null) {
            return null;
        }
        return String.join("\u001f", entry.actorUsername(), entry.recordType(), entry.recordId(), entry.purpose());
    }

    private static boolean readBefore(AuditEntries.NewEntry entry) {
        String key = readKey(entry);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return key != null && request != null
                && request.getAttribute(READS_OF_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> reads
                && reads.contains(key);
    }

    private static void rememberOnCommit(AuditEntries.NewEntry entry) {
        String key = readKey(entry);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (key == null || request == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                @SuppressWarnings("unchecked")
                Set<String> reads = (Set<String>) request.getAttribute(READS_OF_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
                if (reads == null) {
                    reads = new HashSet<>();
                    request.setAttribute(READS_OF_THIS_REQUEST, reads, RequestAttributes.SCOPE_REQUEST);
                }
                reads.add(key);
            }
        });
    }
}
