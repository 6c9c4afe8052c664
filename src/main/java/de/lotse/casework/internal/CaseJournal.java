package de.lotse.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.casework.CaseStatus;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal of a case: contacts with the client and notes, with their documents, and the case's status
 * changes, as one timeline, newest first. Reading and writing go through the case and are audited; a
 * document's download is audited on its own.
 */
@Service
@Transactional
public class CaseJournal {

    static final String ENTRY = "JOURNAL_ENTRY";
    static final String DOCUMENT = "JOURNAL_DOCUMENT";

    /** A stored document without its bytes. */
    record DocumentInfo(UUID id, String fileName, String contentType, int sizeBytes) {
    }

    /** A document to store; its type was detected from the content before. */
    record Upload(String fileName, String contentType, byte[] content) {
    }

    /** A document to send back. */
    record Download(String fileName, String contentType, byte[] content) {
    }

    /**
     * One line of the timeline: a journal entry (kind and summary, maybe documents) or a status change
     * (statusTo set).
     */
    record TimelineItem(Instant at, JournalEntryKind kind, String summary, List<DocumentInfo> documents, CaseStatus statusTo,
                        String reason) {

        public boolean statusChange() {
            return statusTo != null;
        }
    }

    record TimelinePage(List<TimelineItem> items, int page, int pages, int total) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    private final CaseCalendar calendar;
    private final CaseWork caseWork;
    private final JournalEntries entries;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    CaseJournal(CaseCalendar calendar, CaseWork caseWork, JournalEntries entries, AuditTrail audit, CurrentUser currentUser,
                JdbcClient jdbc) {
        this.calendar = calendar;
        this.caseWork = caseWork;
        this.entries = entries;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** An entry brought in from elsewhere (demo data, a later migration from another system). */
    record Imported(JournalEntryKind kind, Instant occurredAt, String summary, Upload upload) {
    }

    UUID write(UUID caseId, JournalEntryKind kind, Instant occurredAt, String summary, Upload upload) {
        calendar.requireCase(caseId);
        UUID author = currentUser.require().id();
        JournalEntry saved = entries.save(new JournalEntry(UUID.randomUUID(), caseId, kind, occurredAt, summary, author, null,
                Instant.now()));
        audit.record(AuditAction.CREATE, ENTRY, saved.id().toString(), ClientRegistry.PURPOSE);
        attach(caseId, saved.id(), author, upload);
        return saved.id();
    }

    /**
     * Many entries of one case at once, audited as one creation of the case's journal (record id: the case),
     * and each document on its own.
     */
    void importEntries(UUID caseId, List<Imported> imported) {
        calendar.requireCase(caseId);
        UUID author = currentUser.require().id();
        for (Imported entry : imported) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into casework.journal_entry (id, client_case, kind, occurred_at, summary, written_by) values (:id, :c, :k, :at, :s, :by)")
                    .param("id", id).param("c", caseId).param("k", entry.kind().name())
                    .param("at", java.sql.Timestamp.from(entry.occurredAt())).param("s", entry.summary()).param("by", author)
                    .update();
            attach(caseId, id, author, entry.upload());
        }
        audit.record(AuditAction.CREATE, ENTRY, caseId.toString(), ClientRegistry.PURPOSE);
    }

    private void attach(UUID caseId, UUID entryId, UUID author, Upload upload) {
        if (upload != null) {
            if (upload.content().length > DocumentTypes.MAX_BYTES || !DocumentTypes.ACCEPTED.contains(upload.contentType())) {
                throw new IllegalArgumentException("document refused");
            }
            UUID documentId = UUID.randomUUID();
            jdbc.sql("""
                            insert into casework.journal_document (id, journal_entry, client_case, file_name, content_type, size_bytes,
                                                                   content, uploaded_by)
                            values (:id, :entry, :case, :name, :type, :size, :content, :by)
                            """)
                    .param("id", documentId).param("entry", entryId).param("case", caseId)
                    .param("name", upload.fileName()).param("type", upload.contentType()).param("size", upload.content().length)
                    .param("content", upload.content()).param("by", author)
                    .update();
            audit.record(AuditAction.CREATE, DOCUMENT, documentId.toString(), ClientRegistry.PURPOSE);
        }
    }

    /** The whole timeline of a case, newest first, one page of it. */
    TimelinePage timeline(UUID caseId, int page, int size) {
        List<TimelineItem> all = timeline(caseId);
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        int from = (current - 1) * size;
        return new TimelinePage(all.subList(from, Math.min(all.size(), from + size)), current, pages, all.size());
    }

    List<TimelineItem> timeline(UUID caseId) {
        calendar.requireCase(caseId);
        audit.record(AuditAction.READ, ENTRY, null, ClientRegistry.PURPOSE);
        Map<UUID, List<DocumentInfo>> documents = documentsOf(caseId);
        List<TimelineItem> items = new ArrayList<>();
        for (JournalEntry entry : entries.findByCase(caseId)) {
            items.add(new TimelineItem(entry.occurredAt(), entry.kind(), entry.summary(), documents.getOrDefault(entry.id(), List.of()),
                    null, null));
        }
        for (CaseWork.StatusChange change : caseWork.history(caseId)) {
            items.add(new TimelineItem(change.at(), null, null, List.of(), change.to(), change.reason()));
        }
        items.sort(Comparator.comparing(TimelineItem::at).reversed());
        return items;
    }

    List<JournalEntry> entries(UUID caseId) {
        calendar.requireCase(caseId);
        audit.record(AuditAction.READ, ENTRY, null, ClientRegistry.PURPOSE);
        return entries.findByCase(caseId);
    }

    Map<UUID, List<DocumentInfo>> documentsOf(UUID caseId) {
        Map<UUID, List<DocumentInfo>> documents = new LinkedHashMap<>();
        jdbc.sql("select id, journal_entry, file_name, content_type, size_bytes from casework.journal_document where client_case = :c order by uploaded_at")
                .param("c", caseId)
                .query((rs, n) -> documents.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>())
                        .add(new DocumentInfo(rs.getObject(1, UUID.class), rs.getString(3), rs.getString(4), rs.getInt(5))))
                .list();
        return documents;
    }

    /** A document of the case, with its bytes; audited as a read of that document. */
    Optional<Download> document(UUID caseId, UUID documentId) {
        calendar.requireCase(caseId);
        Optional<Download> found = jdbc.sql("select file_name, content_type, content from casework.journal_document where id = :id and client_case = :c")
                .param("id", documentId).param("c", caseId)
                .query((rs, n) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
        found.ifPresent(d -> audit.record(AuditAction.READ, DOCUMENT, documentId.toString(), ClientRegistry.PURPOSE));
        return found;
    }
}
