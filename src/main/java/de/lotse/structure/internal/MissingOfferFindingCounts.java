package de.lotse.structure.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.network.BarrierCategory;
import de.lotse.network.LifeArea;
import de.lotse.statistics.MissingOfferFindings;
import de.lotse.statistics.MunicipalityLifeArea;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Findings of the category "fehlendes Angebot" not yet answered, per Kommune and life area, for the service gap view. */
@Component
class MissingOfferFindingCounts implements MissingOfferFindings {

    private final JdbcClient jdbc;

    MissingOfferFindingCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<MunicipalityLifeArea, Integer> openFindings() {
        record Row(UUID municipality, LifeArea lifeArea, int count) {
        }
        return jdbc.sql("""
                        select municipality_id, life_area, count(*) from structure.finding
                        where barrier_category = :category and status <> 'ANSWERED' and municipality_id is not null
                        group by municipality_id, life_area""")
                .param("category", BarrierCategory.MISSING_OFFER)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), LifeArea.valueOf(rs.getString(2)), rs.getInt(3)))
                .list().stream()
                .collect(Collectors.toMap(r -> new MunicipalityLifeArea(r.municipality(), r.lifeArea()), Row::count));
    }

    @Override
    public boolean connected() {
        return true;
    }
}
