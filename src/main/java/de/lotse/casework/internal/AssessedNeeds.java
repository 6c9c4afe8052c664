package de.lotse.casework.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.network.LifeArea;
import de.lotse.statistics.MunicipalityLifeArea;
import de.lotse.statistics.NeedCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open needs the assessments show, for the service gap view: open cases whose current assessment rates a life
 * area HIGH or MEDIUM, counted per Kommune where the client lives. Only counts leave casework; the view protects
 * small ones.
 */
@Component
class AssessedNeeds implements NeedCounts {

    private final JdbcClient jdbc;

    AssessedNeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<MunicipalityLifeArea, Integer> openHighOrMediumNeeds() {
        record Row(UUID municipality, LifeArea lifeArea, int count) {
        }
        return jdbc.sql("""
                        select cl.municipality_id, a.life_area, count(distinct c.id)
                        from casework.assessment_entry a
                          join casework.client_case c on c.id = a.client_case
                          join casework.client cl on cl.id = c.client_id
                        where c.status <> 'CLOSED' and a.need in ('HIGH', 'MEDIUM') and cl.municipality_id is not null
                        group by cl.municipality_id, a.life_area""")
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), LifeArea.valueOf(rs.getString(2)), rs.getInt(3)))
                .list().stream()
                .collect(Collectors.toMap(r -> new MunicipalityLifeArea(r.municipality(), r.lifeArea()), Row::count));
    }

    @Override
    public boolean connected() {
        return true;
    }
}
