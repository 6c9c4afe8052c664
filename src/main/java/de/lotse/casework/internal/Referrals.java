package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Referrals extends ListCrudRepository<Referral, UUID> {

    @Query("select * from casework.referral where client_case = :caseId order by referred_on desc, created_at desc")
    List<Referral> findByCase(UUID caseId);
}
