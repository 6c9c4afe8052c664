package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import de.lotse.casework.ClientCase;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Cases extends ListCrudRepository<ClientCase, UUID> {

    @Query("select * from casework.client_case where client_id = :clientId order by opened_at desc")
    List<ClientCase> findByClient(UUID clientId);
}
