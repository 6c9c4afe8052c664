package de.lotse.network;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface BarrierCategories extends ListCrudRepository<BarrierCategory, String> {

    @Query("select * from network.barrier_category where active order by position, name_de")
    List<BarrierCategory> findActive();

    @Query("select * from network.barrier_category order by position, name_de")
    List<BarrierCategory> findAllInOrder();
}
