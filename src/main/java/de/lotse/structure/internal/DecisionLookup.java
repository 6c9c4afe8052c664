package de.lotse.structure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Lenkungsgruppe's decisions as measures and the trace need them: read from structure.decision by SQL,
 * because recording decisions is the steering group's own work and its service is not this one's business.
 */
@Component
@Transactional(readOnly = true)
class DecisionLookup {

    /** A decision, numbered per year (LG-2026-07), with the day of the meeting that took it. */
    record DecisionSummary(UUID id, String number, String wording, UUID topicId, UUID proposalId, boolean consensus,
                           LocalDate heldOn) {
    }

    private static final String SELECT = """
            select d.id, d.number, d.wording, d.topic_id, d.proposal_id, d.outcome, m.held_on
            from structure.decision d join structure.steering_meeting m on m.id = d.meeting_id
            """;

    private final JdbcClient jdbc;

    DecisionLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DecisionSummary> get(UUID id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(DecisionLookup::map).optional();
    }

    /** Decisions taken by consensus, newest first: only those set measures in motion. */
    List<DecisionSummary> consensus() {
        return jdbc.sql(SELECT + " where d.outcome = 'CONSENSUS' order by m.held_on desc, d.year desc, d.sequence desc")
                .query(DecisionLookup::map).list();
    }

    List<DecisionSummary> ofTopic(UUID topicId) {
        return jdbc.sql(SELECT + " where d.topic_id = :t order by m.held_on, d.year, d.sequence")
                .param("t", topicId).query(DecisionLookup::map).list();
    }

    private static DecisionSummary map(ResultSet rs, int row) throws SQLException {
        return new DecisionSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), "CONSENSUS".equals(rs.getString(6)), rs.getObject(7, LocalDate.class));
    }
}
