package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseStatus;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a case manager works on, or, for a team lead, the whole team's. A list is audited as one read.
 */
@Service
@Transactional
class Caseload {

    record Entry(UUID caseId, UUID clientId, String familyName, String givenNames, CaseStatus status, UUID caseManagerId,
                 LocalDate intakeDate, Instant lastChange) {
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
     * @param team the whole organisation's cases (team leads only), else the caller's own
     * @param status only cases in this status; null for all open ones
     */
    List<Entry> list(boolean team, CaseStatus status) {
        SignedInUser user = currentUser.require();
        boolean whole = team && user.has(Role.TEAM_LEAD);
        audit.record(AuditAction.READ, "CASELOAD", whole ? "team" : user.id().toString(), ClientRegistry.PURPOSE);
        return jdbc.sql("""
                        select c.id, c.client_id, cl.family_name, cl.given_names, c.status, c.case_manager_id, c.intake_date,
                               (select max(h.changed_at) from casework.case_status_change h where h.client_case = c.id) as last_change
                        from casework.client_case c join casework.client cl on cl.id = c.client_id
                        where c.organisation_id = :organisation
                          and (:whole or c.case_manager_id = :me)
                          and (cast(:status as text) is null and c.status <> 'CLOSED' or c.status = :status)
                        order by last_change desc
                        limit 500
                        """)
                .param("organisation", user.organisationId())
                .param("whole", whole)
                .param("me", user.id())
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        CaseStatus.valueOf(rs.getString(5)), rs.getObject(6, UUID.class), rs.getObject(7, LocalDate.class),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }
}
