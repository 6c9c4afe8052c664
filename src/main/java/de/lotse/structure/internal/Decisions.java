package de.lotse.structure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions (Beschlüsse) of the Lenkungsgruppe: taken in a meeting on an agenda item, numbered per year of the
 * meeting (LG-2026-07), a consensus or postponed with a reason. A consensus decides the topic, and everybody whose
 * finding fed it is told; a postponed topic stays up for decision and comes back on the next agenda.
 */
@Service
@Transactional
class Decisions {

    enum Outcome { CONSENSUS, POSTPONED }

    record Decision(UUID id, String number, int year, int sequence, UUID meetingId, LocalDate meetingDate, UUID topicId,
                    String topicTitle, UUID proposalId, String proposalWording, String groupName, String wording, Outcome outcome,
                    String postponementReason, UUID agendaItemId, Instant recordedAt) {

        /** Only a consensus sets measures in motion. */
        public boolean consensus() {
            return outcome == Outcome.CONSENSUS;
        }
    }

    /** What the coordinator recorded for an agenda item. */
    record Record(String wording, Outcome outcome, String postponementReason, TopicPriority priority) {
    }

    /** Raised when a decision was recorded on the item already (by somebody else, a moment earlier). */
    static class AlreadyDecided extends RuntimeException {
    }

    /** A topic decided before stays where it is: a consensus never moves an implemented topic back. */
    private static final Set<TopicStatus> BEFORE_DECISION = EnumSet.of(TopicStatus.COLLECTED, TopicStatus.IN_PROGRESS,
            TopicStatus.FOR_DECISION, TopicStatus.DEFERRED);

    private static final String COLUMNS = """
            select d.id, d.number, d.year, d.sequence, d.meeting_id, m.held_on, d.topic_id, t.title, d.proposal_id, p.wording as proposal_wording,
                   g.name as group_name, d.wording, d.outcome, d.postponement_reason, d.agenda_item_id, d.recorded_at
            from structure.decision d
            join structure.steering_meeting m on m.id = d.meeting_id
            join structure.topic t on t.id = d.topic_id
            left join structure.proposal p on p.id = d.proposal_id
            left join structure.work_group g on g.id = p.group_id
            """;

    private final JdbcClient jdbc;
    private final SteeringMeetings meetings;
    private final Topics topics;

    Decisions(JdbcClient jdbc, SteeringMeetings meetings, Topics topics) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.topics = topics;
    }

    /**
     * Records the decision on an agenda item and gives it the next number of the meeting's year. A consensus moves
     * the topic to "beschlossen" (telling the reporters); a priority given is the Lenkungsgruppe's for the topic.
     */
    UUID record(UUID meetingId, UUID agendaItemId, Record decision, UUID by) {
        // The meeting's row lock keeps its agenda still while the decision is taken on one of its items.
        jdbc.sql("select id from structure.steering_meeting where id = :id for update").param("id", meetingId).query(UUID.class)
                .optional().orElseThrow(() -> new NoSuchElementException("meeting " + meetingId));
        SteeringMeetings.Meeting meeting = meetings.get(meetingId).orElseThrow();
        SteeringMeetings.AgendaItem item = meetings.agendaItem(meetingId, agendaItemId)
                .filter(SteeringMeetings.AgendaItem::decidable)
                .orElseThrow(() -> new NoSuchElementException("agenda item " + agendaItemId));
        int year = meeting.year();
        // Numbers are handed out one at a time per year: whoever holds the lock sees every number given before.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('structure.decision'), :y)").param("y", year).query((rs, n) -> null).list();
        int sequence = jdbc.sql("select coalesce(max(sequence), 0) + 1 from structure.decision where year = :y")
                .param("y", year).query(Integer.class).single();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into structure.decision (id, meeting_id, year, sequence, topic_id, proposal_id, wording, outcome,
                                postponement_reason, recorded_by, agenda_item_id)
                            values (:id, :m, :y, :s, :t, :p, :w, :o, :r, :by, :i)
                            """)
                    .param("id", id).param("m", meetingId).param("y", year).param("s", sequence).param("t", item.topicId())
                    .param("p", item.proposalId()).param("w", decision.wording().strip()).param("o", decision.outcome().name())
                    .param("r", decision.outcome() == Outcome.POSTPONED ? decision.postponementReason().strip() : null)
                    .param("by", by).param("i", agendaItemId).update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyDecided();
        }
        Topic topic = lockTopic(item.topicId());
        if (decision.priority() != null && decision.priority() != topic.priority()) {
            topics.prioritise(topic.id(), decision.priority(), topic.version());
            topic = topics.get(topic.id()).orElseThrow();
        }
        if (decision.outcome() == Outcome.CONSENSUS && BEFORE_DECISION.contains(topic.status())) {
            topics.moveTo(topic.id(), TopicStatus.DECIDED, topic.version(), by);
        }
        return id;
    }

    @Transactional(readOnly = true)
    Optional<Decision> get(UUID id) {
        return jdbc.sql(COLUMNS + " where d.id = :id").param("id", id).query(Decisions::decision).optional();
    }

    @Transactional(readOnly = true)
    List<Decision> ofMeeting(UUID meetingId) {
        return jdbc.sql(COLUMNS + " where d.meeting_id = :m order by d.year, d.sequence").param("m", meetingId)
                .query(Decisions::decision).list();
    }

    /** Decisions taken by consensus, newest first: those a measure can follow. */
    @Transactional(readOnly = true)
    List<Decision> consensus() {
        return jdbc.sql(COLUMNS + " where d.outcome = 'CONSENSUS' order by m.held_on desc, d.year desc, d.sequence desc")
                .query(Decisions::decision).list();
    }

    /** The decisions on a topic, in the order they were taken. */
    @Transactional(readOnly = true)
    List<Decision> ofTopic(UUID topicId) {
        return jdbc.sql(COLUMNS + " where d.topic_id = :t order by m.held_on, d.year, d.sequence").param("t", topicId)
                .query(Decisions::decision).list();
    }

    /** Decisions of a year (or all), newest first, whose number, wording, reason, topic or proposal contain the text. */
    @Transactional(readOnly = true)
    List<Decision> search(Integer year, String text) {
        String pattern = text == null || text.isBlank() ? null : "%" + likeEscaped(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.sql(COLUMNS + """
                         where (cast(:y as integer) is null or d.year = :y)
                           and (cast(:q as text) is null
                                or lower(d.number) like :q or lower(d.wording) like :q or lower(t.title) like :q
                                or lower(coalesce(p.wording, '')) like :q or lower(coalesce(d.postponement_reason, '')) like :q)
                         order by d.year desc, d.sequence desc
                        """)
                .param("y", year).param("q", pattern).query(Decisions::decision).list();
    }

    /** The years that have decisions, newest first. */
    @Transactional(readOnly = true)
    List<Integer> years() {
        return jdbc.sql("select distinct year from structure.decision order by year desc").query(Integer.class).list();
    }

    private Topic lockTopic(UUID topicId) {
        // The topic's version is read under a row lock, so moving it cannot collide with an edit made meanwhile.
        jdbc.sql("select id from structure.topic where id = :id for update").param("id", topicId).query(UUID.class).single();
        return topics.get(topicId).orElseThrow();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Decision decision(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getObject("id", UUID.class), rs.getString("number"), rs.getInt("year"), rs.getInt("sequence"),
                rs.getObject("meeting_id", UUID.class), rs.getObject("held_on", LocalDate.class), rs.getObject("topic_id", UUID.class),
                rs.getString("title"), rs.getObject("proposal_id", UUID.class), rs.getString("proposal_wording"),
                rs.getString("group_name"), rs.getString("wording"), Outcome.valueOf(rs.getString("outcome")),
                rs.getString("postponement_reason"), rs.getObject("agenda_item_id", UUID.class),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
