package de.lotse.casework.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One entry of a case's journal: a contact with the client or a note, with the time it happened. */
@Table(schema = "casework", name = "journal_entry")
record JournalEntry(
        @Id UUID id,
        UUID clientCase,
        JournalEntryKind kind,
        Instant occurredAt,
        String summary,
        UUID writtenBy,
        @Version Integer version,
        Instant createdAt) {

    JournalEntry withVersion(Integer version) {
        return new JournalEntry(id, clientCase, kind, occurredAt, summary, writtenBy, version, createdAt);
    }
}
