package de.lotse.structure;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lenkungsgruppe decisions for tests of what follows from them. Recording decisions is the steering group's own
 * work, so tests insert the rows of the shared schema (structure.steering_meeting, structure.decision) directly;
 * the decision takes the next free number of its year.
 */
public final class SteeringDecisions {

    private final JdbcClient jdbc;

    public SteeringDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID consensus(UUID topicId, LocalDate heldOn, String wording) {
        return record(topicId, heldOn, wording, "CONSENSUS", null);
    }

    public UUID postponed(UUID topicId, LocalDate heldOn, String wording, String reason) {
        return record(topicId, heldOn, wording, "POSTPONED", reason);
    }

    /** The number the decision was given, such as LG-2026-07. */
    public String number(UUID decisionId) {
        return jdbc.sql("select number from structure.decision where id = :id").param("id", decisionId).query(String.class).single();
    }

    private UUID record(UUID topicId, LocalDate heldOn, String wording, String outcome, String reason) {
        UUID meeting = UUID.randomUUID();
        jdbc.sql("insert into structure.steering_meeting (id, held_on, place) values (:id, :d, 'Kreishaus, Sitzungssaal 2')")
                .param("id", meeting).param("d", heldOn).update();
        UUID decision = UUID.randomUUID();
        jdbc.sql("""
                        insert into structure.decision (id, meeting_id, year, sequence, topic_id, wording, outcome, postponement_reason, recorded_by)
                        select :id, :m, :y, coalesce(max(sequence), 0) + 1, :t, :w, :o, :r, :by
                        from structure.decision where year = :y
                        """)
                .param("id", decision).param("m", meeting).param("y", heldOn.getYear()).param("t", topicId).param("w", wording)
                .param("o", outcome).param("r", reason).param("by", UUID.randomUUID()).update();
        return decision;
    }
}
