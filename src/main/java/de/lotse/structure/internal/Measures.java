package de.lotse.structure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures and their milestones. Every change is written to {@code structure.measure_change} in the same
 * transaction, with who made it. When a measure is created or changes status, everybody whose finding fed the
 * topic is told; when the last open measure of a decided topic is finished and at least one was implemented, the
 * topic moves to "umgesetzt".
 */
@Service
@Transactional
class Measures {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final String COLUMNS = """
            m.id, m.decision_id, m.title, m.description, m.owner_organisation_id, m.responsible_person, m.status,
            m.started_on, m.created_at, m.updated_at, m.version
            """;

    /** What the list may be narrowed to; every part optional. */
    record Filter(MeasureStatus status, UUID ownerOrganisationId, boolean overdueOnly, UUID decisionId) {

        static Filter none() {
            return new Filter(null, null, false, null);
        }
    }

    /** A measure as the list shows it: with its decision, topic, progress and whether a milestone is overdue. */
    record Line(Measure measure, String decisionNumber, UUID topicId, String topicTitle, Progress progress, boolean overdue) {
    }

    /** An open milestone past its due date, of a measure still under way. */
    record OverdueMilestone(UUID measureId, String measureTitle, String milestoneTitle, LocalDate dueOn, UUID ownerOrganisationId) {
    }

    /**
     * One change of a measure or of one of its milestones. Values are stored as codes, ISO dates and ids;
     * {@link #kind()} tells the page how to show them.
     */
    record Change(Instant at, String by, String field, String milestoneTitle, String oldValue, String newValue) {

        public String kind() {
            return switch (field) {
                case "status" -> "STATUS";
                case "owner" -> "ORGANISATION";
                case "startedOn", "milestone.added", "milestone.dueOn", "milestone.done", "milestone.reopened" -> "DATE";
                default -> "TEXT";
            };
        }
    }

    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final Topics topics;
    private final Notifications notifications;

    Measures(JdbcClient jdbc, Decisions decisions, Topics topics, Notifications notifications) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.topics = topics;
        this.notifications = notifications;
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A new measure of a consensus decision, planned; the reporters behind the topic are told. */
    UUID create(MeasureForm form, SignedInUser by) {
        Decisions.Decision decision = decisions.get(form.decisionId())
                .filter(Decisions.Decision::consensus)
                .orElseThrow(() -> new NoSuchElementException("no consensus decision " + form.decisionId()));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into structure.measure (id, decision_id, title, description, owner_organisation_id, responsible_person,
                            started_on, created_by)
                        values (:id, :d, :title, :description, :owner, :responsible, :started, :by)
                        """)
                .param("id", id).param("d", decision.id()).param("title", form.title()).param("description", form.descriptionOrEmpty())
                .param("owner", form.ownerOrganisationId()).param("responsible", form.responsiblePerson())
                .param("started", form.startedOn()).param("by", by.id()).update();
        record(id, null, "created", null, form.title(), by);
        tellReporters(decision.topicId(), "notification.measureCreated", form.title(), MeasureStatus.PLANNED);
        return id;
    }

    /** Changes what a measure is about; {@code form.version()} must still be the stored one. */
    void change(UUID id, MeasureForm form, SignedInUser by) {
        Measure current = require(id);
        int changed = jdbc.sql("""
                        update structure.measure set title = :title, description = :description, owner_organisation_id = :owner,
                            responsible_person = :responsible, started_on = :started, updated_at = now(), version = version + 1
                        where id = :id and version = :version
                        """)
                .param("title", form.title()).param("description", form.descriptionOrEmpty()).param("owner", form.ownerOrganisationId())
                .param("responsible", form.responsiblePerson()).param("started", form.startedOn()).param("id", id)
                .param("version", form.version() == null ? -1 : form.version()).update();
        requireChanged(changed, "measure " + id);
        recordIfChanged(id, null, "title", current.title(), form.title(), by);
        recordIfChanged(id, null, "description", current.description(), form.descriptionOrEmpty(), by);
        recordIfChanged(id, null, "owner", current.ownerOrganisationId(), form.ownerOrganisationId(), by);
        recordIfChanged(id, null, "responsible", current.responsiblePerson(), form.responsiblePerson(), by);
        recordIfChanged(id, null, "startedOn", current.startedOn(), form.startedOn(), by);
    }

    /**
     * Moves a measure to another status. A measure that begins without a start date starts today. The reporters
     * are told, and the topic may move on to "umgesetzt".
     */
    void moveTo(UUID id, MeasureStatus status, int version, SignedInUser by) {
        Measure current = require(id);
        if (current.status() == status) {
            if (current.version() != version) {
                throw new OptimisticLockingFailureException("measure " + id + " was changed meanwhile");
            }
            return;
        }
        LocalDate start = current.startedOn() == null && status.started() ? today() : current.startedOn();
        int changed = jdbc.sql("""
                        update structure.measure set status = :s, started_on = :start, updated_at = now(), version = version + 1
                        where id = :id and version = :v
                        """)
                .param("s", status.name()).param("start", start).param("id", id).param("v", version).update();
        requireChanged(changed, "measure " + id);
        record(id, null, "status", current.status(), status, by);
        recordIfChanged(id, null, "startedOn", current.startedOn(), start, by);
        UUID topicId = decisions.get(current.decisionId()).orElseThrow().topicId();
        tellReporters(topicId, "notification.measureStatus", current.title(), status);
        settleTopic(topicId, by);
    }

    UUID addMilestone(UUID measureId, MilestoneForm form, SignedInUser by) {
        require(measureId);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into structure.milestone (id, measure_id, title, due_on, weight) values (:id, :m, :t, :d, :w)")
                .param("id", id).param("m", measureId).param("t", form.title()).param("d", form.dueOn()).param("w", form.weight())
                .update();
        touch(measureId);
        record(measureId, id, "milestone.added", null, form.dueOn(), by);
        return id;
    }

    void changeMilestone(UUID measureId, UUID milestoneId, MilestoneForm form, SignedInUser by) {
        Milestone current = requireMilestone(measureId, milestoneId);
        int changed = jdbc.sql("""
                        update structure.milestone set title = :t, due_on = :d, weight = :w, version = version + 1
                        where id = :id and measure_id = :m and version = :v
                        """)
                .param("t", form.title()).param("d", form.dueOn()).param("w", form.weight()).param("id", milestoneId)
                .param("m", measureId).param("v", form.version() == null ? -1 : form.version()).update();
        requireChanged(changed, "milestone " + milestoneId);
        touch(measureId);
        recordIfChanged(measureId, milestoneId, "milestone.title", current.title(), form.title(), by);
        recordIfChanged(measureId, milestoneId, "milestone.dueOn", current.dueOn(), form.dueOn(), by);
        recordIfChanged(measureId, milestoneId, "milestone.weight", current.weight(), form.weight(), by);
    }

    void completeMilestone(UUID measureId, UUID milestoneId, int version, LocalDate on, SignedInUser by) {
        requireMilestone(measureId, milestoneId);
        int changed = jdbc.sql("""
                        update structure.milestone set done_on = :on, version = version + 1
                        where id = :id and measure_id = :m and version = :v and done_on is null
                        """)
                .param("on", on).param("id", milestoneId).param("m", measureId).param("v", version).update();
        requireChanged(changed, "milestone " + milestoneId);
        touch(measureId);
        record(measureId, milestoneId, "milestone.done", null, on, by);
    }

    void reopenMilestone(UUID measureId, UUID milestoneId, int version, SignedInUser by) {
        Milestone current = requireMilestone(measureId, milestoneId);
        int changed = jdbc.sql("""
                        update structure.milestone set done_on = null, version = version + 1
                        where id = :id and measure_id = :m and version = :v and done_on is not null
                        """)
                .param("id", milestoneId).param("m", measureId).param("v", version).update();
        requireChanged(changed, "milestone " + milestoneId);
        touch(measureId);
        record(measureId, milestoneId, "milestone.reopened", current.doneOn(), null, by);
    }

    @Transactional(readOnly = true)
    Optional<Measure> get(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from structure.measure m where m.id = :id").param("id", id).query(Measures::map).optional();
    }

    @Transactional(readOnly = true)
    List<Line> find(Filter filter, LocalDate today) {
        List<Line> lines = jdbc.sql("select " + COLUMNS + """
                        , d.number, d.topic_id, t.title as topic_title,
                          exists (select 1 from structure.milestone s where s.measure_id = m.id and s.done_on is null and s.due_on < :today)
                        from structure.measure m
                        join structure.decision d on d.id = m.decision_id
                        join structure.topic t on t.id = d.topic_id
                        where (cast(:status as text) is null or m.status = :status)
                          and (cast(:owner as uuid) is null or m.owner_organisation_id = :owner)
                          and (cast(:decision as uuid) is null or m.decision_id = :decision)
                        order by case m.status when 'DELAYED' then 0 when 'RUNNING' then 1 when 'PLANNED' then 2
                                 when 'IMPLEMENTED' then 3 else 4 end, lower(m.title), m.id
                        """)
                .param("today", today).param("status", filter.status() == null ? null : filter.status().name())
                .param("owner", filter.ownerOrganisationId()).param("decision", filter.decisionId())
                .query((rs, n) -> new Line(map(rs, n), rs.getString(12), rs.getObject(13, UUID.class), rs.getString(14), null,
                        rs.getBoolean(15) && !MeasureStatus.valueOf(rs.getString("status")).finished()))
                .list();
        Map<UUID, Progress> progress = progressOf(lines.stream().map(Line::measure).toList());
        return lines.stream()
                .filter(l -> !filter.overdueOnly() || l.overdue())
                .map(l -> new Line(l.measure(), l.decisionNumber(), l.topicId(), l.topicTitle(), progress.get(l.measure().id()),
                        l.overdue()))
                .toList();
    }

    /** The organisations that own at least one measure: what the list can be filtered by. */
    @Transactional(readOnly = true)
    java.util.Set<UUID> owners() {
        return java.util.Set.copyOf(jdbc.sql("select distinct owner_organisation_id from structure.measure").query(UUID.class).list());
    }

    /** The measures of some decisions, in the order they were created. */
    @Transactional(readOnly = true)
    List<Measure> ofDecisions(Collection<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from structure.measure m where m.decision_id in (:d) order by m.created_at, m.id")
                .param("d", decisionIds).query(Measures::map).list();
    }

    /** The statuses of the measures on each of some topics, through the topics' decisions. */
    @Transactional(readOnly = true)
    Map<UUID, List<MeasureStatus>> statusesByTopic(Collection<UUID> topicIds) {
        Map<UUID, List<MeasureStatus>> byTopic = new LinkedHashMap<>();
        if (topicIds.isEmpty()) {
            return byTopic;
        }
        jdbc.sql("""
                        select d.topic_id, m.status from structure.measure m join structure.decision d on d.id = m.decision_id
                        where d.topic_id in (:t)
                        """)
                .param("t", topicIds)
                .query((rs, n) -> byTopic.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(MeasureStatus.valueOf(rs.getString(2))))
                .list();
        return byTopic;
    }

    /** The progress of each of some measures, from their milestones, with one read of the milestones. */
    @Transactional(readOnly = true)
    Map<UUID, Progress> progressOf(Collection<Measure> some) {
        Map<UUID, List<Milestone>> milestones = milestonesOf(some.stream().map(Measure::id).toList());
        Map<UUID, Progress> progress = new LinkedHashMap<>();
        some.forEach(m -> progress.put(m.id(), Progress.of(milestones.getOrDefault(m.id(), List.of()))));
        return progress;
    }

    @Transactional(readOnly = true)
    List<Milestone> milestones(UUID measureId) {
        return milestonesOf(List.of(measureId)).getOrDefault(measureId, List.of());
    }

    @Transactional(readOnly = true)
    Map<UUID, List<Milestone>> milestonesOf(Collection<UUID> measureIds) {
        Map<UUID, List<Milestone>> byMeasure = new LinkedHashMap<>();
        if (measureIds.isEmpty()) {
            return byMeasure;
        }
        jdbc.sql("""
                        select id, measure_id, title, due_on, weight, done_on, version from structure.milestone
                        where measure_id in (:m) order by due_on, created_at, id
                        """)
                .param("m", measureIds)
                .query((rs, n) -> new Milestone(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getInt(7)))
                .list()
                .forEach(m -> byMeasure.computeIfAbsent(m.measureId(), k -> new ArrayList<>()).add(m));
        return byMeasure;
    }

    @Transactional(readOnly = true)
    Optional<Milestone> milestone(UUID measureId, UUID milestoneId) {
        return milestones(measureId).stream().filter(m -> m.id().equals(milestoneId)).findFirst();
    }

    /** Every change of a measure and its milestones, newest first. */
    @Transactional(readOnly = true)
    List<Change> history(UUID measureId) {
        return jdbc.sql("""
                        select c.changed_at, c.changed_by_name, c.field, s.title, c.old_value, c.new_value
                        from structure.measure_change c left join structure.milestone s on s.id = c.milestone_id
                        where c.measure_id = :m order by c.changed_at desc, c.id desc
                        """)
                .param("m", measureId)
                .query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Open milestones past their date of measures not yet finished, the longest overdue first. */
    @Transactional(readOnly = true)
    List<OverdueMilestone> overdueMilestones(LocalDate today, int limit) {
        return jdbc.sql("""
                        select m.id, m.title, s.title, s.due_on, m.owner_organisation_id
                        from structure.milestone s join structure.measure m on m.id = s.measure_id
                        where s.done_on is null and s.due_on < :today and m.status not in ('IMPLEMENTED', 'DISCARDED')
                        order by s.due_on, lower(m.title), s.id limit :limit
                        """)
                .param("today", today).param("limit", limit)
                .query((rs, n) -> new OverdueMilestone(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, UUID.class)))
                .list();
    }

    /** The topic a decided measure set belongs to moves to "umgesetzt" once nothing is left to do and something was done. */
    private void settleTopic(UUID topicId, SignedInUser by) {
        Topic topic = topics.get(topicId).orElseThrow();
        if (topic.status() != TopicStatus.DECIDED) {
            // Only a decided topic is waiting for its measures; a topic coordination has closed or deferred stays so.
            return;
        }
        List<MeasureStatus> statuses = jdbc.sql("""
                        select m.status from structure.measure m join structure.decision d on d.id = m.decision_id
                        where d.topic_id = :t
                        """)
                .param("t", topicId).query((rs, n) -> MeasureStatus.valueOf(rs.getString(1))).list();
        if (statuses.stream().allMatch(MeasureStatus::finished) && statuses.contains(MeasureStatus.IMPLEMENTED)) {
            topics.moveTo(topicId, TopicStatus.IMPLEMENTED, topic.version(), by.id());
        }
    }

    /** Tells everybody whose finding fed the topic, once per finding, as the topic's own news does. */
    private void tellReporters(UUID topicId, String messageKey, String measureTitle, MeasureStatus status) {
        String topicTitle = topics.get(topicId).map(Topic::title).orElse("");
        jdbc.sql("select id, raised_by from structure.finding where topic_id = :t")
                .param("t", topicId)
                .query((rs, n) -> {
                    notifications.tell(rs.getObject(2, UUID.class), rs.getObject(1, UUID.class), messageKey, topicTitle,
                            status.name(), measureTitle);
                    return null;
                })
                .list();
    }

    private Measure require(UUID id) {
        return get(id).orElseThrow(() -> new NoSuchElementException("no measure " + id));
    }

    private Milestone requireMilestone(UUID measureId, UUID milestoneId) {
        return milestone(measureId, milestoneId).orElseThrow(() -> new NoSuchElementException("no milestone " + milestoneId));
    }

    private void touch(UUID measureId) {
        jdbc.sql("update structure.measure set updated_at = now() where id = :id").param("id", measureId).update();
    }

    private static void requireChanged(int changed, String what) {
        if (changed == 0) {
            throw new OptimisticLockingFailureException(what + " was changed meanwhile");
        }
    }

    private void recordIfChanged(UUID measureId, UUID milestoneId, String field, Object from, Object to, SignedInUser by) {
        if (!Objects.equals(text(from), text(to))) {
            record(measureId, milestoneId, field, from, to, by);
        }
    }

    private void record(UUID measureId, UUID milestoneId, String field, Object from, Object to, SignedInUser by) {
        jdbc.sql("""
                        insert into structure.measure_change (measure_id, milestone_id, field, old_value, new_value, changed_by, changed_by_name)
                        values (:m, :s, :f, :o, :n, :by, :name)
                        """)
                .param("m", measureId).param("s", milestoneId).param("f", field).param("o", text(from)).param("n", text(to))
                .param("by", by.id()).param("name", by.displayName()).update();
    }

    /** The stable text form of a value: enum codes, ISO dates, ids; empty text counts as none. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return text.isEmpty() ? null : text;
    }

    private static Measure map(ResultSet rs, int row) throws SQLException {
        return new Measure(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class), rs.getString("title"),
                rs.getString("description"), rs.getObject("owner_organisation_id", UUID.class), rs.getString("responsible_person"),
                MeasureStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
