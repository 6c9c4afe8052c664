package de.lotse.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.IntakeChannel;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a case manager works on, or, for a team lead, the whole team's, with their next deadline and last
 * contact, filtered and searched by name. A list is audited as one read.
 */
@Service
@Transactional
class Caseload {

    /** Cases without contact for this long are the ones to look after first. */
    static final int NO_CONTACT_DAYS = 30;
    static final int LIMIT = 500;

    /**
     * The last contact with the person, per case {@code c}. Until the journal records contacts, the latest status
     * change stands for it. With the journal: {@code greatest((select max(j.occurred_at) from casework.journal_entry j
     * where j.client_case = c.id and j.kind <> 'NOTE'), <this>)}.
     */
    static final String LAST_CONTACT = "(select max(h.changed_at) from casework.case_status_change h where h.client_case = c.id)";

    /**
     * The next open deadline, per case {@code c}. None until deadlines exist; then {@code (select min(d.due_on) from
     * casework.deadline d where d.client_case = c.id and d.done_on is null)}.
     */
    static final String NEXT_DEADLINE = "cast(null as date)";

    record Entry(UUID caseId, UUID clientId, String familyName, String givenNames, CaseStatus status, UUID caseManagerId,
                 LocalDate intakeDate, IntakeChannel intakeChannel, UUID municipalityId, Instant lastContact,
                 LocalDate nextDeadline) {

        /** No contact for {@link #NO_CONTACT_DAYS} days (open cases only). */
        public boolean withoutContact() {
            return status != CaseStatus.CLOSED && lastContact != null
                    && lastContact.isBefore(Instant.now().minus(NO_CONTACT_DAYS, ChronoUnit.DAYS));
        }
    }

    /**
     * What to list.
     *
     * @param team the whole organisation's cases (team leads only), else the caller's own
     * @param status only cases in this status; null for all open ones
     * @param withoutContact only open cases without contact for {@link #NO_CONTACT_DAYS} days
     * @param search parts of the name, in any order and script, each matching the family or given names
     */
    record Filter(boolean team, CaseStatus status, UUID municipalityId, IntakeChannel intakeChannel, boolean withoutContact,
                  String search) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    Caseload(JdbcClient jdbc, CurrentUser currentUser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * At most {@link #LIMIT} cases, those longest without contact first when filtering for them, else the most
     * recently touched first. The organisation and case manager come first in the query, so the index on
     * {@code (organisation_id, case_manager_id, status)} narrows it before anything per case is computed.
     */
    List<Entry> list(Filter filter) {
        SignedInUser user = currentUser.require();
        boolean whole = filter.team() && user.has(Role.TEAM_LEAD);
        audit.record(AuditAction.READ, "CASELOAD", whole ? "team" : user.id().toString(), ClientRegistry.PURPOSE);
        List<String> parts = searchParts(filter.search());
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            names.append(" and (cl.family_key like :p").append(i).append(" or cl.given_key like :p").append(i)
                    .append(" or cl.family_codes && cast(:k").append(i).append(" as text[])")
                    .append(" or cl.given_codes && cast(:k").append(i).append(" as text[]))");
        }
        var query = jdbc.sql("""
                        select * from (
                            select c.id, c.client_id, cl.family_name, cl.given_names, c.status, c.case_manager_id, c.intake_date,
                                   c.intake_channel, cl.municipality_id,
                                   %s as last_contact,
                                   %s as next_deadline
                            from casework.client_case c join casework.client cl on cl.id = c.client_id
                            where c.organisation_id = :organisation
                              and (:whole or c.case_manager_id = :me)
                              and (cast(:status as text) is null and c.status <> 'CLOSED' or c.status = :status)
                              and (cast(:municipality as uuid) is null or cl.municipality_id = :municipality)
                              and (cast(:channel as text) is null or c.intake_channel = :channel)
                              %s
                        ) e
                        where (not :withoutContact or e.status <> 'CLOSED' and e.last_contact < :cutoff)
                        order by case when :withoutContact then e.last_contact end asc, e.last_contact desc
                        limit %d
                        """.formatted(LAST_CONTACT, NEXT_DEADLINE, names, LIMIT))
                .param("organisation", user.organisationId())
                .param("whole", whole)
                .param("me", user.id())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("municipality", filter.municipalityId())
                .param("channel", filter.intakeChannel() == null ? null : filter.intakeChannel().name())
                .param("withoutContact", filter.withoutContact())
                .param("cutoff", Timestamp.from(Instant.now().minus(NO_CONTACT_DAYS, ChronoUnit.DAYS)));
        for (int i = 0; i < parts.size(); i++) {
            query = query.param("p" + i, "%" + NameKeys.folded(parts.get(i)) + "%")
                    .param("k" + i, NameKeys.codes(parts.get(i)).toArray(String[]::new));
        }
        return query.query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), CaseStatus.valueOf(rs.getString(5)), rs.getObject(6, UUID.class),
                        rs.getObject(7, LocalDate.class), IntakeChannel.valueOf(rs.getString(8)), rs.getObject(9, UUID.class),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getObject(11, LocalDate.class)))
                .list();
    }

    /**
     * Name parts worth searching for: at most four, split wherever names are (spaces, hyphens, apostrophes), each with
     * at least two letters once folded to Latin. Every part must match, so "Al-Hassan" finds only Al-Hassans.
     */
    static List<String> searchParts(String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(Arrays.stream(search.strip().split("[^\\p{L}]+"))
                .filter(p -> NameKeys.folded(p).length() >= 2).distinct().toList());
        return parts.subList(0, Math.min(parts.size(), 4));
    }
}
