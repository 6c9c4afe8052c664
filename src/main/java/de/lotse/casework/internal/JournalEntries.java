package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface JournalEntries extends ListCrudRepository<JournalEntry, UUID> {

    @Query("select * from casework.journal_entry where client_case = :caseId order by occurred_at desc, created_at desc")
    List<JournalEntry> findByCase(UUID caseId);
}
