package de.lotse.network.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.lotse.network.LifeArea;
import de.lotse.network.Offer;
import de.lotse.network.OfferKind;
import de.lotse.network.OfferQuery;
import de.lotse.network.Offers;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers in PostgreSQL. Plain SQL rather than Spring Data, because the lists live in arrays and the search
 * combines German full-text search with trigram similarity.
 */
@Repository
@Transactional(readOnly = true)
class JdbcOffers implements Offers {

    /** How close a misspelt word must come to a title (pg_trgm word similarity, 0..1). */
    static final double MISSPELLING_SIMILARITY = 0.5;

    private static final String TEXT = "to_tsvector('german', o.title || ' ' || coalesce(o.description, ''))";
    private static final String SIDE_TEXT = "to_tsvector('german', array_to_string(o.target_groups, ' ') || ' ' || g.name)";

    private final JdbcClient jdbc;

    JdbcOffers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Offer> get(UUID id) {
        return jdbc.sql("select o.* from network.offer o where o.id = :id").param("id", id).query(JdbcOffers::map).optional();
    }

    /** Every offer, also past and deactivated ones, for the people who keep them. */
    List<Offer> all() {
        return jdbc.sql("select o.* from network.offer o order by o.active desc, lower(o.title)").query(JdbcOffers::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from network.offer").query(Long.class).single();
    }

    @Override
    public List<Offer> search(OfferQuery query) {
        StringBuilder sql = new StringBuilder("select o.*");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("day", query.validOn() == null ? LocalDate.now() : query.validOn());
        if (query.hasText()) {
            params.put("text", query.text().strip());
            sql.append(", ts_rank(").append(TEXT).append(", websearch_to_tsquery('german', :text))")
                    .append(" + word_similarity(:text, o.title) as score");
        } else {
            sql.append(", 0 as score");
        }
        sql.append("""
                 from network.offer o join network.organisation g on g.id = o.organisation_id
                 where o.active and o.valid_from <= :day and (o.valid_to is null or o.valid_to >= :day)
                """);
        if (query.hasText()) {
            sql.append(" and (").append(TEXT).append(" @@ websearch_to_tsquery('german', :text)")
                    .append(" or ").append(SIDE_TEXT).append(" @@ websearch_to_tsquery('german', :text)")
                    .append(" or word_similarity(:text, o.title) >= ").append(MISSPELLING_SIMILARITY).append(")");
        }
        if (query.kind() != null) {
            sql.append(" and o.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.lifeArea() != null) {
            sql.append(" and :lifeArea = any(o.life_areas)");
            params.put("lifeArea", query.lifeArea().name());
        }
        if (query.language() != null && !query.language().isBlank()) {
            sql.append(" and exists (select 1 from unnest(o.languages) l where lower(l) = lower(:language))");
            params.put("language", query.language().strip());
        }
        if (query.municipalityId() != null) {
            sql.append(" and (cardinality(o.municipality_ids) = 0 or :municipality = any(o.municipality_ids))");
            params.put("municipality", query.municipalityId());
        }
        sql.append(" order by score desc, o.waiting_weeks nulls last, lower(o.title) limit 200");
        return jdbc.sql(sql.toString()).params(params).query(JdbcOffers::map).list();
    }

    @Override
    public List<String> languages() {
        return jdbc.sql("select distinct l from network.offer, unnest(languages) l order by l").query(String.class).list();
    }

    @Transactional
    UUID create(Offer offer) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into network.offer (id, organisation_id, title, kind, life_areas, languages, target_groups,
                            municipality_ids, street, postal_code, city, contact_person, phone, email, website, capacity,
                            waiting_weeks, valid_from, valid_to, description, active)
                        values (:id, :organisation, :title, :kind, :lifeAreas, :languages, :targetGroups, :municipalities,
                            :street, :postalCode, :city, :contactPerson, :phone, :email, :website, :capacity,
                            :waitingWeeks, :validFrom, :validTo, :description, true)
                        """)
                .param("id", id)
                .params(columns(offer))
                .update();
        return id;
    }

    /** Saves the offer if nobody saved it since {@code offer.version()} was read; otherwise changes nothing. */
    @Transactional
    void update(UUID id, Offer offer) {
        int updated = jdbc.sql("""
                        update network.offer set organisation_id = :organisation, title = :title, kind = :kind,
                            life_areas = :lifeAreas, languages = :languages, target_groups = :targetGroups,
                            municipality_ids = :municipalities, street = :street, postal_code = :postalCode, city = :city,
                            contact_person = :contactPerson, phone = :phone, email = :email, website = :website,
                            capacity = :capacity, waiting_weeks = :waitingWeeks, valid_from = :validFrom, valid_to = :validTo,
                            description = :description, version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .param("id", id)
                .param("version", offer.version())
                .params(columns(offer))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("offer " + id + " changed since version " + offer.version());
        }
    }

    @Transactional
    void setActive(UUID id, boolean active) {
        jdbc.sql("update network.offer set active = :active, version = version + 1, updated_at = now() where id = :id")
                .param("id", id).param("active", active).update();
    }

    private static Map<String, Object> columns(Offer o) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("organisation", o.organisationId());
        p.put("title", o.title());
        p.put("kind", o.kind().name());
        p.put("lifeAreas", o.lifeAreas().stream().sorted().map(Enum::name).toArray(String[]::new));
        p.put("languages", o.languages().toArray(String[]::new));
        p.put("targetGroups", o.targetGroups().toArray(String[]::new));
        p.put("municipalities", o.municipalityIds().toArray(UUID[]::new));
        p.put("street", o.street());
        p.put("postalCode", o.postalCode());
        p.put("city", o.city());
        p.put("contactPerson", o.contactPerson());
        p.put("phone", o.phone());
        p.put("email", o.email());
        p.put("website", o.website());
        p.put("capacity", o.capacity());
        p.put("waitingWeeks", o.waitingWeeks());
        p.put("validFrom", o.validFrom());
        p.put("validTo", o.validTo());
        p.put("description", o.description());
        return p;
    }

    static Offer map(ResultSet rs, int row) throws SQLException {
        Set<LifeArea> lifeAreas = EnumSet.noneOf(LifeArea.class);
        for (String area : strings(rs.getArray("life_areas"))) {
            lifeAreas.add(LifeArea.valueOf(area));
        }
        return new Offer(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getString("title"),
                OfferKind.valueOf(rs.getString("kind")), lifeAreas, strings(rs.getArray("languages")),
                strings(rs.getArray("target_groups")), uuids(rs.getArray("municipality_ids")),
                rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("contact_person"),
                rs.getString("phone"), rs.getString("email"), rs.getString("website"),
                rs.getObject("capacity", Integer.class), rs.getObject("waiting_weeks", Integer.class),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("description"), rs.getBoolean("active"), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
