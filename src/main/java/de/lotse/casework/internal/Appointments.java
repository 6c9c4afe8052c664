package de.lotse.casework.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Appointments extends ListCrudRepository<Appointment, UUID> {

    @Query("select * from casework.appointment where client_case = :caseId and ends_at >= :from order by starts_at limit :limit")
    List<Appointment> findUpcoming(UUID caseId, Instant from, int limit);

    @Query("select * from casework.appointment where client_case = :caseId order by starts_at desc")
    List<Appointment> findByCase(UUID caseId);
}
