package de.lotse.structure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the Lenkungsgruppe: planned with date, time and place, their agenda built from the topics put
 * before it for decision and the proposals submitted on them, who attended, and the minutes.
 */
@Service
@Transactional
class SteeringMeetings {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    enum Status { PLANNED, HELD }

    enum Presence { MEMBER, DEPUTY, ABSENT }

    record Meeting(UUID id, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place, String guests,
                   String minutes, Status status, Instant updatedAt, int version) {

        /** Still to come: planned and not before today. */
        public boolean upcoming(LocalDate today) {
            return status == Status.PLANNED && !heldOn.isBefore(today);
        }

        public int year() {
            return heldOn.getYear();
        }
    }

    /**
     * An agenda item: a topic (with the proposal it is decided on, if any) or a free item. {@code number} counts
     * from 1 in the agenda's order.
     */
    record AgendaItem(UUID id, int number, UUID topicId, String topicTitle, TopicStatus topicStatus, UUID proposalId,
                      String proposalWording, String groupName, String title) {

        public boolean decidable() {
            return topicId != null;
        }

        /** What the item says on an agenda: the free title, or the topic. */
        public String heading() {
            return topicId == null ? title : topicTitle;
        }
    }

    /** A topic and proposal that may go on the agenda: the topic is up for decision, the proposal submitted. */
    record Candidate(UUID topicId, String topicTitle, TopicPriority priority, UUID proposalId, String proposalWording,
                     String groupName) {

        public String key() {
            return topicId + ":" + (proposalId == null ? "" : proposalId);
        }
    }

    /** Attendance of one seat as recorded, names as they were on the day. */
    record Attendance(UUID seatId, String function, String name, String organisation, Presence presence) {
    }

    /** Raised when a topic and proposal are on the agenda already. */
    static class AlreadyOnAgenda extends RuntimeException {
    }

    private static final String MEETING_COLUMNS = "id, held_on, starts_at, ends_at, place, guests, minutes, status, updated_at, version";

    private final JdbcClient jdbc;
    private final SteeringGroup group;

    SteeringMeetings(JdbcClient jdbc, SteeringGroup group) {
        this.jdbc = jdbc;
        this.group = group;
    }

    UUID plan(LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place, String guests) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into structure.steering_meeting (id, held_on, starts_at, ends_at, place, guests)
                        values (:id, :d, :s, :e, :p, :g)
                        """)
                .param("id", id).param("d", heldOn).param("s", startsAt).param("e", endsAt).param("p", text(place))
                .param("g", text(guests)).update();
        return id;
    }

    void change(UUID id, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place, String guests, int version) {
        int changed = jdbc.sql("""
                        update structure.steering_meeting set held_on = :d, starts_at = :s, ends_at = :e, place = :p, guests = :g,
                            updated_at = now(), version = version + 1
                        where id = :id and version = :v
                        """)
                .param("d", heldOn).param("s", startsAt).param("e", endsAt).param("p", text(place)).param("g", text(guests))
                .param("id", id).param("v", version).update();
        requireChanged(changed, id);
    }

    void recordMinutes(UUID id, String minutes, int version) {
        int changed = jdbc.sql("""
                        update structure.steering_meeting set minutes = :m, updated_at = now(), version = version + 1
                        where id = :id and version = :v
                        """)
                .param("m", text(minutes)).param("id", id).param("v", version).update();
        requireChanged(changed, id);
    }

    /** The meeting took place; it leaves the upcoming list and its invitation is no longer sent. */
    void markHeld(UUID id) {
        jdbc.sql("update structure.steering_meeting set status = 'HELD', updated_at = now(), version = version + 1 where id = :id and status = 'PLANNED'")
                .param("id", id).update();
    }

    @Transactional(readOnly = true)
    Optional<Meeting> get(UUID id) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from structure.steering_meeting where id = :id")
                .param("id", id).query(SteeringMeetings::meeting).optional();
    }

    /** Every meeting, the latest first. */
    @Transactional(readOnly = true)
    List<Meeting> all() {
        return jdbc.sql("select " + MEETING_COLUMNS + " from structure.steering_meeting order by held_on desc, starts_at desc, id")
                .query(SteeringMeetings::meeting).list();
    }

    /** The next meeting still to come, if one is planned. */
    @Transactional(readOnly = true)
    Optional<Meeting> next(LocalDate today) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from structure.steering_meeting where status = 'PLANNED' and held_on >= :t "
                        + "order by held_on, starts_at, id limit 1")
                .param("t", today).query(SteeringMeetings::meeting).optional();
    }

    // --- agenda ---

    @Transactional(readOnly = true)
    List<AgendaItem> agenda(UUID meetingId) {
        List<AgendaItem> items = new ArrayList<>();
        jdbc.sql("""
                        select i.id, i.topic_id, t.title, t.status, i.proposal_id, p.wording, g.name, i.title
                        from structure.steering_agenda_item i
                        left join structure.topic t on t.id = i.topic_id
                        left join structure.proposal p on p.id = i.proposal_id
                        left join structure.work_group g on g.id = p.group_id
                        where i.meeting_id = :m order by i.position, i.created_at, i.id
                        """)
                .param("m", meetingId)
                .query((rs, n) -> items.add(new AgendaItem(rs.getObject(1, UUID.class), items.size() + 1, rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4) == null ? null : TopicStatus.valueOf(rs.getString(4)),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8))))
                .list();
        return items;
    }

    @Transactional(readOnly = true)
    Optional<AgendaItem> agendaItem(UUID meetingId, UUID itemId) {
        return agenda(meetingId).stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /**
     * What may go on a meeting's agenda: every topic up for decision with each proposal submitted on it and not
     * yet agreed, or the topic alone when no proposal waits; without what the agenda holds already.
     */
    @Transactional(readOnly = true)
    List<Candidate> candidates(UUID meetingId) {
        return jdbc.sql("""
                        select t.id, t.title, t.priority, p.id, p.wording, g.name
                        from structure.topic t
                        left join structure.proposal p on p.topic_id = t.id and p.status = 'SUBMITTED'
                            and not exists (select 1 from structure.decision d where d.proposal_id = p.id and d.outcome = 'CONSENSUS')
                        left join structure.work_group g on g.id = p.group_id
                        where t.status = 'FOR_DECISION'
                          and not exists (select 1 from structure.steering_agenda_item i where i.meeting_id = :m
                                          and i.topic_id = t.id and i.proposal_id is not distinct from p.id)
                        order by case t.priority when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2 else 3 end,
                                 lower(t.title), p.created_at, p.id
                        """)
                .param("m", meetingId)
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3) == null ? null : TopicPriority.valueOf(rs.getString(3)), rs.getObject(4, UUID.class),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Puts a topic (and a proposal on it) on the agenda, at its end. */
    UUID addToAgenda(UUID meetingId, UUID topicId, UUID proposalId) {
        lock(meetingId);
        if (proposalId != null) {
            boolean ofTopic = jdbc.sql("select exists (select 1 from structure.proposal where id = :p and topic_id = :t and status = 'SUBMITTED')")
                    .param("p", proposalId).param("t", topicId).query(Boolean.class).single();
            if (!ofTopic) {
                throw new NoSuchElementException("proposal " + proposalId + " is not a submitted proposal of topic " + topicId);
            }
        }
        if (jdbc.sql("select exists (select 1 from structure.topic where id = :t)").param("t", topicId).query(Boolean.class).single()) {
            return insertItem(meetingId, topicId, proposalId, "");
        }
        throw new NoSuchElementException("topic " + topicId);
    }

    /** Adds a free item ("Bericht der Koordination", "Verschiedenes"), at the end. */
    UUID addFreeItem(UUID meetingId, String title) {
        lock(meetingId);
        return insertItem(meetingId, null, null, title.strip());
    }

    /** Puts every candidate on the agenda, in the order they are suggested. */
    int addAllCandidates(UUID meetingId) {
        lock(meetingId);
        List<Candidate> candidates = candidates(meetingId);
        candidates.forEach(c -> insertItem(meetingId, c.topicId(), c.proposalId(), ""));
        return candidates.size();
    }

    /** Takes an item off the agenda, unless a decision was recorded on it. */
    boolean removeFromAgenda(UUID meetingId, UUID itemId) {
        lock(meetingId);
        requireItem(meetingId, itemId);
        if (jdbc.sql("select exists (select 1 from structure.decision where agenda_item_id = :i)").param("i", itemId)
                .query(Boolean.class).single()) {
            return false;
        }
        jdbc.sql("delete from structure.steering_agenda_item where id = :i").param("i", itemId).update();
        return true;
    }

    void moveOnAgenda(UUID meetingId, UUID itemId, boolean up) {
        lock(meetingId);
        requireItem(meetingId, itemId);
        List<AgendaItem> items = new ArrayList<>(agenda(meetingId));
        int index = 0;
        while (!items.get(index).id().equals(itemId)) {
            index++;
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= items.size()) {
            return;
        }
        Collections.swap(items, index, other);
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("update structure.steering_agenda_item set position = :p where id = :id")
                    .param("p", i + 1).param("id", items.get(i).id()).update();
        }
        touch(meetingId);
    }

    private UUID insertItem(UUID meetingId, UUID topicId, UUID proposalId, String title) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into structure.steering_agenda_item (id, meeting_id, position, topic_id, proposal_id, title)
                            values (:id, :m, (select coalesce(max(position), 0) + 1 from structure.steering_agenda_item where meeting_id = :m),
                                :t, :p, :title)
                            """)
                    .param("id", id).param("m", meetingId).param("t", topicId).param("p", proposalId).param("title", title).update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyOnAgenda();
        }
        touch(meetingId);
        return id;
    }

    // --- attendance ---

    /** Recorded attendance, or for a meeting without any the active seats, nobody marked yet. */
    @Transactional(readOnly = true)
    List<Attendance> attendance(UUID meetingId) {
        return jdbc.sql("""
                        select a.seat_id, a.function, a.name, a.organisation, a.presence
                        from structure.steering_attendance a
                        left join structure.steering_seat s on s.id = a.seat_id
                        left join structure.steering_function f on f.id = s.function_id
                        where a.meeting_id = :m order by f.position nulls last, a.function, a.name
                        """)
                .param("m", meetingId)
                .query((rs, n) -> new Attendance(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        Presence.valueOf(rs.getString(5))))
                .list();
    }

    /**
     * Records who attended for the seats given; the names of member or deputy are copied as they are today, so the
     * minutes stay right when a seat changes hands later. Seats not given keep what was recorded for them.
     */
    void recordAttendance(UUID meetingId, Map<UUID, Presence> presences, int version) {
        int changed = jdbc.sql("update structure.steering_meeting set updated_at = now(), version = version + 1 where id = :id and version = :v")
                .param("id", meetingId).param("v", version).update();
        requireChanged(changed, meetingId);
        for (SteeringGroup.Seat seat : group.activeSeats()) {
            Presence presence = presences.get(seat.id());
            if (presence == null) {
                continue;
            }
            SteeringGroup.Person who = presence == Presence.DEPUTY && seat.deputy().named() ? seat.deputy() : seat.member();
            jdbc.sql("""
                            insert into structure.steering_attendance (meeting_id, seat_id, function, name, organisation, presence)
                            values (:m, :s, :f, :n, :o, :p)
                            on conflict (meeting_id, seat_id) do update set function = excluded.function, name = excluded.name,
                                organisation = excluded.organisation, presence = excluded.presence
                            """)
                    .param("m", meetingId).param("s", seat.id()).param("f", seat.functionName()).param("n", who.name())
                    .param("o", who.organisation()).param("p", presence.name()).update();
        }
    }

    private void touch(UUID meetingId) {
        jdbc.sql("update structure.steering_meeting set updated_at = now() where id = :id").param("id", meetingId).update();
    }

    /** Changes of one meeting's agenda take turns, so positions stay a clean 1..n. */
    private void lock(UUID meetingId) {
        jdbc.sql("select id from structure.steering_meeting where id = :id for update").param("id", meetingId).query(UUID.class)
                .optional().orElseThrow(() -> new NoSuchElementException("meeting " + meetingId));
    }

    private void requireItem(UUID meetingId, UUID itemId) {
        if (!jdbc.sql("select exists (select 1 from structure.steering_agenda_item where id = :i and meeting_id = :m)")
                .param("i", itemId).param("m", meetingId).query(Boolean.class).single()) {
            throw new NoSuchElementException("agenda item " + itemId);
        }
    }

    private void requireChanged(int changed, UUID id) {
        if (changed == 0) {
            if (get(id).isEmpty()) {
                throw new NoSuchElementException("meeting " + id);
            }
            throw new OptimisticLockingFailureException("meeting " + id + " was changed meanwhile");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class), rs.getString("place"),
                rs.getString("guests"), rs.getString("minutes"), Status.valueOf(rs.getString("status")),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
