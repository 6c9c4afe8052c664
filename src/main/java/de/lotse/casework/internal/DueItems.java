package de.lotse.casework.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import de.lotse.accounts.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due for a case manager on their own open cases: one method per list of the start page. Each item
 * names its case and client, so the caller audits the lists as one read. Plain SQL, one source at a time:
 * deadlines, appointments, open help plan steps, residence documents.
 */
@Component
@Transactional(readOnly = true)
class DueItems {

    /**
     * One due thing: a deadline (kind set), an appointment (time set) or an open step of a help plan ({@code step}).
     *
     * @param kind the deadline's kind, null for an appointment or a step
     * @param time when an appointment starts, null otherwise
     */
    record DueItem(UUID caseId, String clientName, LocalDate day, LocalDateTime time, DeadlineKind kind, String description,
                   boolean step) {

        DueItem(UUID caseId, String clientName, LocalDate day, LocalDateTime time, DeadlineKind kind, String description) {
            this(caseId, clientName, day, time, kind, description, false);
        }

        public boolean appointment() {
            return kind == null && !step;
        }
    }

    static final int DOCUMENT_WARNING_DAYS = 60;
    private static final int LIMIT = 50;

    private final JdbcClient jdbc;

    DueItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open deadlines and open help plan steps due before today. */
    List<DueItem> overdue(SignedInUser user, LocalDate today) {
        List<DueItem> items = new ArrayList<>(deadlines(user, "d.due_on < :from", today, today));
        items.addAll(steps(user, "s.due_on < :from", today, today));
        items.sort(Comparator.comparing(DueItem::day).thenComparing(DueItem::clientName));
        return items;
    }

    /** Appointments, open deadlines and open help plan steps from Monday to Sunday of the current week. */
    List<DueItem> dueThisWeek(SignedInUser user, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<DueItem> items = new ArrayList<>(deadlines(user, "d.due_on between :from and :to", monday, sunday));
        items.addAll(steps(user, "s.due_on between :from and :to", monday, sunday));
        items.addAll(appointments(user, monday, sunday.plusDays(1)));
        items.sort(Comparator.comparing(DueItem::day).thenComparing(item -> item.time() == null ? item.day().atStartOfDay() : item.time()));
        return items;
    }

    /**
     * Residence documents and Duldungen running out from today within the next 60 days: those recorded as deadlines
     * and the current documents of the residence history of the clients of the user's open cases.
     */
    List<DueItem> expiringDocuments(SignedInUser user, LocalDate today) {
        List<DueItem> items = new ArrayList<>(deadlines(user,
                "d.due_on between :from and :to and d.kind in ('RESIDENCE_DOCUMENT_EXPIRY', 'DULDUNG_EXPIRY')",
                today, today.plusDays(DOCUMENT_WARNING_DAYS)));
        items.addAll(jdbc.sql("""
                        select distinct on (p.id) c.id, cl.family_name || ', ' || cl.given_names, p.document_valid_until, p.status
                        from casework.residence_period p
                          join casework.client cl on cl.id = p.client_id
                          join casework.client_case c on c.client_id = cl.id
                        where c.organisation_id = :organisation and c.case_manager_id = :me and c.status <> 'CLOSED'
                          and (p.valid_to is null or p.valid_to >= :from)
                          and p.document_valid_until between :from and :to
                        order by p.id, c.opened_at desc
                        limit %d
                        """.formatted(LIMIT))
                .param("organisation", user.organisationId()).param("me", user.id())
                .param("from", today).param("to", today.plusDays(DOCUMENT_WARNING_DAYS))
                .query((rs, n) -> new DueItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class), null,
                        rs.getString(4).startsWith("DULDUNG") ? DeadlineKind.DULDUNG_EXPIRY : DeadlineKind.RESIDENCE_DOCUMENT_EXPIRY,
                        null))
                .list());
        items.sort(Comparator.comparing(DueItem::day).thenComparing(DueItem::clientName));
        return items;
    }

    private List<DueItem> deadlines(SignedInUser user, String condition, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.id, cl.family_name || ', ' || cl.given_names, d.due_on, d.kind, d.description
                        from casework.deadline d
                          join casework.client_case c on c.id = d.client_case
                          join casework.client cl on cl.id = c.client_id
                        where c.organisation_id = :organisation and c.case_manager_id = :me and c.status <> 'CLOSED'
                          and d.done_on is null and %s
                        order by d.due_on, cl.family_name
                        limit %d
                        """.formatted(condition, LIMIT))
                .param("organisation", user.organisationId()).param("me", user.id())
                .param("from", from).param("to", to)
                .query((rs, n) -> new DueItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class), null,
                        DeadlineKind.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }

    /** Open steps of goals still pursued: whoever does them, the case manager follows them up. */
    private List<DueItem> steps(SignedInUser user, String condition, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.id, cl.family_name || ', ' || cl.given_names, s.due_on, s.what
                        from casework.step s
                          join casework.goal g on g.id = s.goal
                          join casework.help_plan p on p.id = g.help_plan
                          join casework.client_case c on c.id = p.client_case
                          join casework.client cl on cl.id = c.client_id
                        where c.organisation_id = :organisation and c.case_manager_id = :me and c.status <> 'CLOSED'
                          and s.status = 'OPEN' and g.outcome is null and %s
                        order by s.due_on, cl.family_name
                        limit %d
                        """.formatted(condition, LIMIT))
                .param("organisation", user.organisationId()).param("me", user.id())
                .param("from", from).param("to", to)
                .query((rs, n) -> new DueItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class), null,
                        null, rs.getString(4), true))
                .list();
    }

    private List<DueItem> appointments(SignedInUser user, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        select c.id, cl.family_name || ', ' || cl.given_names, a.starts_at, a.place
                        from casework.appointment a
                          join casework.client_case c on c.id = a.client_case
                          join casework.client cl on cl.id = c.client_id
                        where c.organisation_id = :organisation and c.case_manager_id = :me and c.status <> 'CLOSED'
                          and a.starts_at >= :from and a.starts_at < :until
                        order by a.starts_at
                        limit %d
                        """.formatted(LIMIT))
                .param("organisation", user.organisationId()).param("me", user.id())
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(CaseCalendar.ZONE).toInstant()))
                .param("until", java.sql.Timestamp.from(until.atStartOfDay(CaseCalendar.ZONE).toInstant()))
                .query((rs, n) -> {
                    LocalDateTime start = rs.getTimestamp(3).toInstant().atZone(CaseCalendar.ZONE).toLocalDateTime();
                    return new DueItem(rs.getObject(1, UUID.class), rs.getString(2), start.toLocalDate(), start, null, rs.getString(4));
                })
                .list();
    }
}
