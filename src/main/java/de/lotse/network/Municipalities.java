package de.lotse.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The Kommunen of the district.
 */
public interface Municipalities extends ListCrudRepository<Municipality, UUID> {

    @Query("select * from network.municipality order by name")
    List<Municipality> findAllByOrderByName();

    Optional<Municipality> findByName(String name);
}
