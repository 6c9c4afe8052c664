package de.lotse.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The organisations of the KIM unit.
 */
public interface Organisations extends ListCrudRepository<Organisation, UUID> {

    @Query("select * from network.organisation order by active desc, lower(name)")
    List<Organisation> findAllByOrderByName();

    @Query("select * from network.organisation where active order by lower(name)")
    List<Organisation> findActive();

    @Query("select * from network.organisation where lower(name) = lower(:name)")
    Optional<Organisation> findByName(String name);
}
