package de.lotse.casework.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface HelpPlans extends ListCrudRepository<HelpPlan, UUID> {

    @Query("select * from casework.help_plan where client_case = :caseId")
    Optional<HelpPlan> findByCase(UUID caseId);
}
