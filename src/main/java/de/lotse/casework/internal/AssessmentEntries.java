package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AssessmentEntries extends ListCrudRepository<AssessmentEntry, UUID> {

    @Query("select * from casework.assessment_entry where client_case = :caseId")
    List<AssessmentEntry> findByCase(UUID caseId);
}
