package de.lotse.residence.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseFiles;
import de.lotse.casework.Client;
import de.lotse.network.Organisation;
import de.lotse.network.OrganisationType;
import de.lotse.network.Organisations;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.PreCheckResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand-offs of saved pre-checks to the ABH/EBH (Baustein 3). A case manager shares a pre-check only with the
 * client's valid consent to exactly this purpose and recipient; what is shared is kept as a snapshot. The ABH sees
 * a hand-off only while that consent is valid (checked on every read, so a revocation hides it at once) and records
 * the application and the decision; every step stays in the history.
 */
@Service
@Transactional
class HandOffs {

    static final String RECORD_TYPE = "PRE_CHECK_HANDOFF";
    static final String PURPOSE = "PRE_CHECK_HANDOFF";
    /** What a hand-off shares: who the person is, and the residence facts with the result. */
    static final Set<DataCategory> SHARED_CATEGORIES = Set.of(DataCategory.IDENTITY, DataCategory.RESIDENCE);
    static final Set<OrganisationType> RECIPIENT_TYPES = Set.of(OrganisationType.IMMIGRATION_OFFICE, OrganisationType.NATURALISATION_OFFICE);

    /** Refused: the client's consent does not cover sharing with this office. Nothing was shared. */
    static class ConsentMissing extends RuntimeException {
        ConsentMissing() {
            super("no valid consent to share the pre-check with this office");
        }
    }

    /** Refused: the recipient is not an active ABH/EBH. */
    static class NotAnImmigrationOffice extends RuntimeException {
        NotAnImmigrationOffice() {
            super("recipient is not an immigration or naturalisation office");
        }
    }

    /** Refused: this step cannot follow the current one. */
    static class StepNotPossible extends RuntimeException {
        StepNotPossible() {
            super("step not possible");
        }
    }

    record HandOff(UUID id, UUID preCheckId, UUID clientId, UUID fromOrganisationId, String fromOrganisationName,
                   UUID toOrganisationId, String toOrganisationName, String familyName, String givenNames, LocalDate birthDate,
                   PreCheckRequest request, PreCheckResult result, String sharedByName, Instant sharedAt,
                   HandOffStatus status, LocalDate statusOn, int version) {
    }

    record Event(HandOffStatus status, LocalDate happenedOn, String note, String recordedByName, Instant recordedAt) {
    }

    /** A line of the ABH's list or of the case manager's view of a saved pre-check. */
    record Line(UUID id, String name, LocalDate birthDate, String organisationName, Instant sharedAt, HandOffStatus status,
                LocalDate statusOn) {
    }

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final SavedPreChecks preChecks;
    private final ConsentLedger consents;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final PreCheckJson json;
    private final Clock clock = Clock.systemDefaultZone();

    HandOffs(JdbcClient jdbc, CaseFiles caseFiles, SavedPreChecks preChecks, ConsentLedger consents,
             Organisations organisations, AuditTrail audit, CurrentUser currentUser, PreCheckJson json) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.preChecks = preChecks;
        this.consents = consents;
        this.organisations = organisations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** The offices a pre-check can be shared with. */
    @Transactional
    List<Organisation> recipients() {
        return organisations.findActive().stream().filter(o -> RECIPIENT_TYPES.contains(o.type())).toList();
    }

    /**
     * Shares a saved pre-check of a case of the caller's organisation with an ABH/EBH; empty if the case or the
     * pre-check is not found.
     *
     * @throws ConsentMissing if the client's valid consent does not name this office for the hand-off
     * @throws NotAnImmigrationOffice if the recipient is not an active ABH/EBH
     */
    Optional<UUID> share(UUID caseId, UUID preCheckId, UUID recipientId) {
        SignedInUser user = currentUser.require();
        Optional<SavedPreChecks.Saved> found = preChecks.get(caseId, preCheckId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SavedPreChecks.Saved saved = found.get();
        Organisation recipient = recipientId == null ? null : organisations.findById(recipientId)
                .filter(o -> o.active() && RECIPIENT_TYPES.contains(o.type())).orElse(null);
        if (recipient == null) {
            throw new NotAnImmigrationOffice();
        }
        LocalDate today = LocalDate.now(clock);
        if (!consents.permits(saved.organisationId(), saved.clientId(), ConsentPurpose.PRE_CHECK_HANDOFF, recipient.id(),
                SHARED_CATEGORIES, today)) {
            throw new ConsentMissing();
        }
        Client client = caseFiles.client(saved.clientId()).orElseThrow();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into residence.hand_off (id, pre_check_id, client_id, from_organisation_id, to_organisation_id,
                            family_name, given_names, birth_date, request, result, shared_by, shared_by_name, shared_at, status, status_on)
                        values (:id, :p, :c, :from, :to, :family, :given, :born, cast(:request as jsonb), cast(:result as jsonb),
                            :user, :userName, :at, 'SHARED', :today)
                        """)
                .param("id", id).param("p", saved.id()).param("c", saved.clientId()).param("from", saved.organisationId())
                .param("to", recipient.id()).param("family", client.familyName()).param("given", client.givenNames())
                .param("born", client.birthDate()).param("request", json.write(saved.request()))
                .param("result", json.write(saved.result())).param("user", user.id()).param("userName", user.displayName())
                .param("at", Timestamp.from(clock.instant())).param("today", today)
                .update();
        event(id, HandOffStatus.SHARED, today, null, user);
        audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), PURPOSE);
        return Optional.of(id);
    }

    /** The hand-offs of a saved pre-check, for the case manager who shared it. */
    @Transactional
    List<Line> ofPreCheck(UUID preCheckId) {
        SignedInUser user = currentUser.require();
        return jdbc.sql("""
                        select h.id, h.given_names || ' ' || h.family_name, h.birth_date, h.to_organisation_id, h.shared_at,
                               h.status, h.status_on
                        from residence.hand_off h
                        where h.pre_check_id = :p and h.from_organisation_id = :org order by h.shared_at desc
                        """)
                .param("p", preCheckId).param("org", user.organisationId())
                .query(this::line).list();
    }

    /** The hand-offs to the caller's office whose consent is valid today, newest first. */
    @Transactional
    List<Line> forCallersOffice() {
        SignedInUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        record Candidate(Line line, UUID clientId, UUID controllerId) {
        }
        List<Candidate> candidates = jdbc.sql("""
                        select h.id, h.given_names || ' ' || h.family_name, h.birth_date, h.from_organisation_id, h.shared_at,
                               h.status, h.status_on, h.client_id, h.from_organisation_id
                        from residence.hand_off h
                        where h.to_organisation_id = :org order by h.shared_at desc limit 1000
                        """)
                .param("org", user.organisationId())
                .query((rs, n) -> new Candidate(line(rs, n), rs.getObject(8, UUID.class), rs.getObject(9, UUID.class))).list();
        audit.record(AuditAction.READ, RECORD_TYPE, null, PURPOSE);
        return candidates.stream()
                .filter(c -> consented(c.controllerId(), c.clientId(), user.organisationId(), today))
                .map(Candidate::line).toList();
    }

    /** A hand-off to the caller's office, while the client's consent to it is valid. */
    @Transactional
    Optional<HandOff> get(UUID id) {
        SignedInUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        Optional<HandOff> found = jdbc.sql("""
                        select h.id, h.pre_check_id, h.client_id, h.from_organisation_id, h.from_organisation_id, h.to_organisation_id,
                               h.to_organisation_id, h.family_name, h.given_names, h.birth_date, h.request::text, h.result::text,
                               h.shared_by_name, h.shared_at, h.status, h.status_on, h.version
                        from residence.hand_off h
                        where h.id = :id and h.to_organisation_id = :org
                        """)
                .param("id", id).param("org", user.organisationId())
                .query((rs, n) -> new HandOff(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), organisationName(rs.getObject(5, UUID.class)), rs.getObject(6, UUID.class),
                        organisationName(rs.getObject(7, UUID.class)), rs.getString(8),
                        rs.getString(9), rs.getObject(10, LocalDate.class), json.request(rs.getString(11)), json.result(rs.getString(12)),
                        rs.getString(13), rs.getTimestamp(14).toInstant(), HandOffStatus.valueOf(rs.getString(15)),
                        rs.getObject(16, LocalDate.class), rs.getInt(17)))
                .optional()
                .filter(h -> consented(h.fromOrganisationId(), h.clientId(), user.organisationId(), today));
        found.ifPresent(h -> audit.record(AuditAction.READ, RECORD_TYPE, h.id().toString(), PURPOSE));
        return found;
    }

    @Transactional
    List<Event> history(UUID handOffId) {
        return jdbc.sql("""
                        select status, happened_on, note, recorded_by_name, recorded_at from residence.hand_off_event
                        where hand_off = :h order by id
                        """)
                .param("h", handOffId)
                .query((rs, n) -> new Event(HandOffStatus.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * Records the next step (application, decision, withdrawal) on a hand-off to the caller's office.
     *
     * @param version the version the user saw; another step recorded meanwhile is a conflict
     * @return false if the hand-off is not visible to the caller
     * @throws StepNotPossible if the step cannot follow the current status, or its date lies before the last step
     * @throws OptimisticLockingFailureException if someone recorded a step meanwhile
     */
    boolean record(UUID id, HandOffStatus status, LocalDate on, String note, int version) {
        SignedInUser user = currentUser.require();
        Optional<HandOff> found = get(id);
        if (found.isEmpty()) {
            return false;
        }
        HandOff handOff = found.get();
        if (handOff.version() != version) {
            throw new OptimisticLockingFailureException("hand-off " + id + " changed meanwhile");
        }
        if (!handOff.status().next().contains(status) || (handOff.statusOn() != null && on.isBefore(handOff.statusOn()))) {
            throw new StepNotPossible();
        }
        int changed = jdbc.sql("""
                        update residence.hand_off set status = :s, status_on = :on, version = version + 1
                        where id = :id and version = :v
                        """)
                .param("s", status.name()).param("on", on).param("id", id).param("v", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("hand-off " + id + " changed meanwhile");
        }
        event(id, status, on, note, user);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), PURPOSE);
        return true;
    }

    private boolean consented(UUID controllerId, UUID clientId, UUID office, LocalDate today) {
        return consents.permits(controllerId, clientId, ConsentPurpose.PRE_CHECK_HANDOFF, office, SHARED_CATEGORIES, today);
    }

    private void event(UUID handOff, HandOffStatus status, LocalDate on, String note, SignedInUser user) {
        jdbc.sql("""
                        insert into residence.hand_off_event (hand_off, status, happened_on, note, recorded_by, recorded_by_name, recorded_at)
                        values (:h, :s, :on, :note, :u, :name, :at)
                        """)
                .param("h", handOff).param("s", status.name()).param("on", on).param("note", note == null || note.isBlank() ? null : note)
                .param("u", user.id()).param("name", user.displayName()).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private String organisationName(UUID id) {
        return organisations.findById(id).map(Organisation::name).orElse("");
    }

    private Line line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                organisationName(rs.getObject(4, UUID.class)),
                rs.getTimestamp(5).toInstant(), HandOffStatus.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class));
    }
}
