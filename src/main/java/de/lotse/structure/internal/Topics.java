package de.lotse.structure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The topic backlog: topics opened and changed by coordination, their status history, and the search for
 * topics related to a finding. When a topic moves on, everybody whose finding fed it is told.
 */
@Service
@Transactional
class Topics {

    private static final String COLUMNS = """
            id, title, description, life_areas, barrier_categories, municipality_ids, status, priority, created_at,
            updated_at, version
            """;

    /** A topic suggested for a finding, with how closely its words match. */
    record Suggestion(UUID id, String title, TopicStatus status, double score) {
    }

    /** Findings of a topic counted by one dimension (Kommune, life area, quarter). */
    record Count(String key, int findings) {
    }

    record StatusChange(TopicStatus from, TopicStatus to, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;

    Topics(JdbcClient jdbc, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    UUID open(TopicForm form, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into structure.topic (id, title, description, life_areas, barrier_categories, municipality_ids, created_by)
                        values (:id, :title, :description, cast(:lifeAreas as text[]), cast(:categories as text[]),
                            cast(:municipalities as uuid[]), :by)
                        """)
                .param("id", id).param("title", form.title()).param("description", TopicForm.nullToEmpty(form.description()))
                .param("lifeAreas", textArray(form.lifeAreaCodes())).param("categories", textArray(TopicForm.orEmpty(form.barrierCategories())))
                .param("municipalities", Findings.uuidArray(TopicForm.orEmpty(form.municipalityIds()))).param("by", by).update();
        history(id, null, TopicStatus.COLLECTED, by);
        return id;
    }

    /** Changes what a topic is about; {@code form.version()} must still be the stored one. */
    void change(UUID id, TopicForm form) {
        int changed = jdbc.sql("""
                        update structure.topic set title = :title, description = :description, life_areas = cast(:lifeAreas as text[]),
                            barrier_categories = cast(:categories as text[]), municipality_ids = cast(:municipalities as uuid[]),
                            updated_at = now(), version = version + 1
                        where id = :id and version = :version
                        """)
                .param("id", id).param("title", form.title()).param("description", TopicForm.nullToEmpty(form.description()))
                .param("lifeAreas", textArray(form.lifeAreaCodes())).param("categories", textArray(TopicForm.orEmpty(form.barrierCategories())))
                .param("municipalities", Findings.uuidArray(TopicForm.orEmpty(form.municipalityIds())))
                .param("version", form.version() == null ? -1 : form.version()).update();
        requireChanged(changed, id);
    }

    /** Moves a topic to another status and tells everybody whose finding fed it. */
    void moveTo(UUID id, TopicStatus status, int version, UUID by) {
        Topic current = get(id).orElseThrow();
        if (current.status() == status) {
            return;
        }
        int changed = jdbc.sql("""
                        update structure.topic set status = :s, updated_at = now(), version = version + 1
                        where id = :id and version = :v
                        """)
                .param("s", status.name()).param("id", id).param("v", version).update();
        requireChanged(changed, id);
        history(id, current.status(), status, by);
        jdbc.sql("select id, raised_by from structure.finding where topic_id = :t")
                .param("t", id)
                .query((rs, n) -> {
                    notifications.tell(rs.getObject(2, UUID.class), rs.getObject(1, UUID.class), "notification.topicStatus",
                            current.title(), status.name());
                    return null;
                })
                .list();
    }

    void prioritise(UUID id, TopicPriority priority, int version) {
        int changed = jdbc.sql("""
                        update structure.topic set priority = :p, updated_at = now(), version = version + 1
                        where id = :id and version = :v
                        """)
                .param("p", priority == null ? null : priority.name()).param("id", id).param("v", version).update();
        requireChanged(changed, id);
    }

    @Transactional(readOnly = true)
    Optional<Topic> get(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from structure.topic where id = :id").param("id", id).query(Topics::map).optional();
    }

    @Transactional(readOnly = true)
    List<Topic> all(TopicStatus status) {
        return jdbc.sql("select " + COLUMNS + " from structure.topic where (cast(:s as text) is null or status = :s)"
                        + " order by case priority when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2 else 3 end, updated_at desc, id")
                .param("s", status == null ? null : status.name()).query(Topics::map).list();
    }

    @Transactional(readOnly = true)
    java.util.Map<UUID, Integer> findingCounts() {
        java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("select topic_id, count(*) from structure.finding where topic_id is not null group by topic_id")
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return counts;
    }

    /**
     * Topics whose words come close to a finding's description, best first: PostgreSQL's German full-text search
     * (any of the finding's stems) plus trigram similarity, which also catches compounds and spelling variants.
     */
    @Transactional(readOnly = true)
    List<Suggestion> relatedTo(UUID findingId, int limit) {
        return jdbc.sql("""
                        with f as (
                            select description,
                                   coalesce((select string_agg(quote_literal(lexeme), ' | ') from unnest(search)), '') as terms
                            from structure.finding where id = :f
                        ), q as (
                            select description, case when terms = '' then null else cast(terms as tsquery) end as query from f
                        )
                        select t.id, t.title, t.status,
                               coalesce(ts_rank(t.search, q.query), 0) + similarity(t.title || ' ' || t.description, q.description) as score
                        from structure.topic t, q
                        where t.status <> 'CLOSED'
                          and ((q.query is not null and t.search @@ q.query)
                               or similarity(t.title || ' ' || t.description, q.description) > 0.1)
                        order by score desc, t.title
                        limit :limit
                        """)
                .param("f", findingId).param("limit", limit)
                .query((rs, n) -> new Suggestion(rs.getObject(1, UUID.class), rs.getString(2), TopicStatus.valueOf(rs.getString(3)),
                        rs.getDouble(4)))
                .list();
    }

    @Transactional(readOnly = true)
    List<Count> countsByMunicipality(UUID topicId) {
        return counts(topicId, "coalesce(cast(municipality_id as text), '')");
    }

    @Transactional(readOnly = true)
    List<Count> countsByLifeArea(UUID topicId) {
        return counts(topicId, "life_area");
    }

    private List<Count> counts(UUID topicId, String dimension) {
        return jdbc.sql("select " + dimension + " as k, count(*) from structure.finding where topic_id = :t group by k order by k")
                .param("t", topicId).query((rs, n) -> new Count(rs.getString(1), rs.getInt(2))).list();
    }

    @Transactional(readOnly = true)
    List<StatusChange> history(UUID topicId) {
        return jdbc.sql("select from_status, to_status, changed_at from structure.topic_status_change where topic_id = :t order by changed_at, id")
                .param("t", topicId)
                .query((rs, n) -> new StatusChange(rs.getString(1) == null ? null : TopicStatus.valueOf(rs.getString(1)),
                        TopicStatus.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private void history(UUID id, TopicStatus from, TopicStatus to, UUID by) {
        jdbc.sql("insert into structure.topic_status_change (topic_id, from_status, to_status, changed_by) values (:t, :f, :s, :b)")
                .param("t", id).param("f", from == null ? null : from.name()).param("s", to.name()).param("b", by).update();
    }

    private void requireChanged(int changed, UUID id) {
        if (changed == 0) {
            if (get(id).isEmpty()) {
                throw new java.util.NoSuchElementException("no topic " + id);
            }
            throw new OptimisticLockingFailureException("topic " + id + " was changed meanwhile");
        }
    }

    /** A PostgreSQL array literal of codes (enum names and category codes: no quotes or commas in them). */
    static String textArray(List<String> values) {
        return values.stream().collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> texts(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
    }

    private static Topic map(ResultSet rs, int row) throws SQLException {
        String priority = rs.getString("priority");
        return new Topic(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
                texts(rs.getArray("life_areas")), texts(rs.getArray("barrier_categories")),
                Findings.uuids(rs.getArray("municipality_ids")), TopicStatus.valueOf(rs.getString("status")),
                priority == null ? null : TopicPriority.valueOf(priority), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
