package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Deadlines extends ListCrudRepository<Deadline, UUID> {

    @Query("select * from casework.deadline where client_case = :caseId and done_on is null order by due_on, created_at")
    List<Deadline> findOpen(UUID caseId);

    @Query("select * from casework.deadline where client_case = :caseId order by due_on desc")
    List<Deadline> findByCase(UUID caseId);
}
