package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.ClientCase;
import de.lotse.casework.ClosureReason;
import de.lotse.casework.IntakeChannel;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening cases and moving them through their lifecycle. Case work beyond first contact needs the client's
 * valid consent to case management; every step is audited and kept in the case's status history.
 */
@Service
@Transactional
public class CaseWork {

    static final String RECORD_TYPE = "CASE";

    /** Refused: moving on needs the client's consent to case management. */
    public static class ConsentMissing extends RuntimeException {
        ConsentMissing() {
            super("no valid consent to case management");
        }
    }

    private final Cases cases;
    private final ClientRegistry clients;
    private final ConsentLedger consents;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    CaseWork(Cases cases, ClientRegistry clients, ConsentLedger consents, AuditTrail audit, CurrentUser currentUser, JdbcClient jdbc) {
        this.cases = cases;
        this.clients = clients;
        this.consents = consents;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    public UUID open(UUID clientId, IntakeChannel channel, LocalDate intakeDate, String firstConcern) {
        SignedInUser user = currentUser.require();
        clients.get(clientId).orElseThrow();
        ClientCase opened = cases.save(new ClientCase(UUID.randomUUID(), clientId, user.organisationId(), user.id(), channel,
                intakeDate, firstConcern, CaseStatus.FIRST_CONTACT, null, null, null, java.time.Instant.now(), java.time.Instant.now()));
        history(opened.id(), null, CaseStatus.FIRST_CONTACT, null, null, user);
        audit.record(AuditAction.CREATE, RECORD_TYPE, opened.id().toString(), ClientRegistry.PURPOSE);
        return opened.id();
    }

    /** A case of the caller's organisation; another organisation's case is "not found". */
    public Optional<ClientCase> get(UUID id) {
        SignedInUser user = currentUser.require();
        Optional<ClientCase> found = cases.findById(id).filter(c -> c.organisationId().equals(user.organisationId()));
        found.ifPresent(c -> audit.record(AuditAction.READ, RECORD_TYPE, c.id().toString(), ClientRegistry.PURPOSE));
        return found;
    }

    public List<ClientCase> ofClient(UUID clientId) {
        SignedInUser user = currentUser.require();
        return cases.findByClient(clientId).stream().filter(c -> c.organisationId().equals(user.organisationId())).toList();
    }

    /** One step on in the lifecycle; {@code version} is the one the user saw, so a concurrent change is a conflict. */
    public void advance(UUID caseId, int version) {
        ClientCase current = get(caseId).orElseThrow();
        CaseStatus next = current.status().next().orElseThrow(() -> new IllegalStateException("no next step after " + current.status()));
        change(current, next, null, null, version);
    }

    /** Closes the case today. */
    public void close(UUID caseId, ClosureReason reason, int version) {
        close(caseId, reason, LocalDate.now(), version);
    }

    /** Closes the case on the day case work ended; the help plan's goals are ended by {@link CaseClosure}. */
    public void close(UUID caseId, ClosureReason reason, LocalDate closedOn, int version) {
        change(get(caseId).orElseThrow(), CaseStatus.CLOSED, reason, closedOn, version);
    }

    /** Reopening keeps the history and continues where case work stands after clearing. */
    public void reopen(UUID caseId, int version) {
        change(get(caseId).orElseThrow(), CaseStatus.CLEARING, null, null, version);
    }

    /** @param closedOn the closure date, on entries that closed the case */
    public record StatusChange(CaseStatus from, CaseStatus to, String reason, java.time.Instant at, LocalDate closedOn) {
    }

    public List<StatusChange> history(UUID caseId) {
        return jdbc.sql("select from_status, to_status, reason, changed_at, closed_on from casework.case_status_change where client_case = :c order by changed_at, id")
                .param("c", caseId)
                .query((rs, n) -> new StatusChange(rs.getString(1) == null ? null : CaseStatus.valueOf(rs.getString(1)),
                        CaseStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    private void change(ClientCase current, CaseStatus to, ClosureReason reason, LocalDate closedOn, int version) {
        SignedInUser user = currentUser.require();
        if (to.needsConsent() && !consents.permits(current.organisationId(), current.clientId(), ConsentPurpose.CASE_MANAGEMENT,
                null, List.<DataCategory>of(), LocalDate.now())) {
            throw new ConsentMissing();
        }
        cases.save(current.withStatus(to, reason, closedOn, version));
        history(current.id(), current.status(), to, reason == null ? null : reason.name(), closedOn, user);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, current.id().toString(), ClientRegistry.PURPOSE);
    }

    private void history(UUID caseId, CaseStatus from, CaseStatus to, String reason, LocalDate closedOn, SignedInUser user) {
        jdbc.sql("insert into casework.case_status_change (client_case, from_status, to_status, reason, closed_on, changed_by) values (:c, :f, :t, :r, :d, :u)")
                .param("c", caseId).param("f", from == null ? null : from.name()).param("t", to.name()).param("r", reason)
                .param("d", closedOn).param("u", user.id()).update();
    }
}
