package de.lotse.structure.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.casework.FindingRaised;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings of the backlog: stored once per id whichever way they come in, and moved on by coordination.
 * Findings hold no personal data of clients, so reading them is not audited; who may see which finding is
 * decided by the pages (own findings, or coordination).
 */
@Service
@Transactional
class Findings {

    private static final String COLUMNS = """
            id, source, case_reference, life_area, barrier_category, organisation_ids, municipality_id, description,
            contact, raised_by, raised_by_organisation, raised_at, status, topic_id, answer, answered_at, version
            """;

    private final JdbcClient jdbc;
    private final Notifications notifications;

    Findings(JdbcClient jdbc, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    /** Stores a finding raised in casework; a second delivery of the same event changes nothing. */
    boolean receive(FindingRaised event) {
        return insert(event.findingId(), FindingSource.CASE, event.caseReference(), event.lifeArea(), event.barrierCategory(),
                event.organisationIds(), event.municipalityId(), event.description(), null, event.raisedBy(),
                event.raisedByOrganisation(), event.raisedAt());
    }

    /** A finding reported through the Meldebogen. */
    UUID report(NewFinding finding) {
        UUID id = UUID.randomUUID();
        insert(id, FindingSource.REPORT, null, finding.lifeArea(), finding.barrierCategory(), finding.organisationIds(),
                finding.municipalityId(), finding.description(), finding.contact(), finding.raisedBy(),
                finding.raisedByOrganisation(), finding.raisedAt());
        return id;
    }

    record NewFinding(String lifeArea, String barrierCategory, List<UUID> organisationIds, UUID municipalityId,
                      String description, String contact, UUID raisedBy, UUID raisedByOrganisation, Instant raisedAt) {
    }

    private boolean insert(UUID id, FindingSource source, UUID caseReference, String lifeArea, String barrierCategory,
                           List<UUID> organisationIds, UUID municipalityId, String description, String contact,
                           UUID raisedBy, UUID raisedByOrganisation, Instant raisedAt) {
        return jdbc.sql("""
                        insert into structure.finding (id, source, case_reference, life_area, barrier_category, organisation_ids,
                            municipality_id, description, contact, raised_by, raised_by_organisation, raised_at)
                        values (:id, :source, :caseReference, :lifeArea, :barrierCategory, cast(:organisationIds as uuid[]),
                            :municipalityId, :description, :contact, :raisedBy, :raisedByOrganisation, :raisedAt)
                        on conflict (id) do nothing
                        """)
                .param("id", id).param("source", source.name()).param("caseReference", caseReference)
                .param("lifeArea", lifeArea).param("barrierCategory", barrierCategory)
                .param("organisationIds", uuidArray(organisationIds)).param("municipalityId", municipalityId)
                .param("description", description).param("contact", contact).param("raisedBy", raisedBy)
                .param("raisedByOrganisation", raisedByOrganisation)
                .param("raisedAt", java.sql.Timestamp.from(raisedAt == null ? Instant.now() : raisedAt))
                .update() == 1;
    }

    @Transactional(readOnly = true)
    Optional<Finding> get(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from structure.finding where id = :id").param("id", id).query(Findings::map).optional();
    }

    @Transactional(readOnly = true)
    List<Finding> raisedBy(UUID user) {
        return jdbc.sql("select " + COLUMNS + " from structure.finding where raised_by = :u order by raised_at desc, id")
                .param("u", user).query(Findings::map).list();
    }

    /** New findings for triage, oldest first: they have waited longest. */
    @Transactional(readOnly = true)
    List<Finding> waiting() {
        return jdbc.sql("select " + COLUMNS + " from structure.finding where status = 'NEW' order by raised_at, id")
                .query(Findings::map).list();
    }

    @Transactional(readOnly = true)
    List<Finding> ofTopic(UUID topicId) {
        return jdbc.sql("select " + COLUMNS + " from structure.finding where topic_id = :t order by raised_at desc, id")
                .param("t", topicId).query(Findings::map).list();
    }

    /** Files a finding under a topic and tells the person who raised it. */
    void file(UUID findingId, UUID topicId, String topicTitle, int version) {
        int changed = jdbc.sql("""
                        update structure.finding set status = 'FILED', topic_id = :t, version = version + 1
                        where id = :id and version = :v
                        """)
                .param("t", topicId).param("id", findingId).param("v", version).update();
        requireChanged(changed, findingId);
        Finding finding = get(findingId).orElseThrow();
        notifications.tell(finding.raisedBy(), findingId, "notification.filed", topicTitle, null);
    }

    /** Answers a finding on its own; the answer goes back to the person who raised it. */
    void answer(UUID findingId, String answer, int version) {
        int changed = jdbc.sql("""
                        update structure.finding set status = 'ANSWERED', answer = :a, answered_at = now(), version = version + 1
                        where id = :id and version = :v
                        """)
                .param("a", answer).param("id", findingId).param("v", version).update();
        requireChanged(changed, findingId);
        Finding finding = get(findingId).orElseThrow();
        notifications.tell(finding.raisedBy(), findingId, "notification.answered", null, null);
    }

    private void requireChanged(int changed, UUID findingId) {
        if (changed == 0) {
            if (get(findingId).isEmpty()) {
                throw new java.util.NoSuchElementException("no finding " + findingId);
            }
            throw new OptimisticLockingFailureException("finding " + findingId + " was changed meanwhile");
        }
    }

    static String uuidArray(List<UUID> ids) {
        return ids == null ? "{}" : ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    static List<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> v instanceof UUID u ? u : UUID.fromString(v.toString())).toList();
    }

    private static Finding map(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Finding(rs.getObject("id", UUID.class), FindingSource.valueOf(rs.getString("source")),
                rs.getObject("case_reference", UUID.class), rs.getString("life_area"), rs.getString("barrier_category"),
                uuids(rs.getArray("organisation_ids")), rs.getObject("municipality_id", UUID.class), rs.getString("description"),
                rs.getString("contact"), rs.getObject("raised_by", UUID.class), rs.getObject("raised_by_organisation", UUID.class),
                rs.getTimestamp("raised_at").toInstant(), FindingStatus.valueOf(rs.getString("status")),
                rs.getObject("topic_id", UUID.class), rs.getString("answer"), answeredAt == null ? null : answeredAt.toInstant(),
                rs.getInt("version"));
    }
}
