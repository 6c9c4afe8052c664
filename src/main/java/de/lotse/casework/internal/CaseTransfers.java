package de.lotse.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.CaseTransferred;
import de.lotse.casework.Client;
import de.lotse.casework.ClientCase;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers (Fallübergaben) of a case to another case manager of the organisation or to another organisation.
 * The case's case manager or a team lead proposes, the receiver accepts or declines, the proposer may withdraw.
 * <p>
 * Within the organisation only the case manager changes. To another organisation the client's consent to the
 * transfer to that recipient is asked when proposing and again when accepting; on acceptance the receiving
 * organisation becomes the controller: it gets its own copy of the client record (the sending organisation keeps
 * its record for its retention duties) and the case moves to it with everything kept per case.
 * <p>
 * Before acceptance the receiver sees only what deciding needs (see {@link Preview}); a stranger learns nothing,
 * not even that a transfer exists (404).
 */
@Service
@Transactional
public class CaseTransfers {

    static final String PURPOSE = "CASE_TRANSFER";
    static final String REVIEW_PURPOSE = "CASE_TRANSFER_REVIEW";
    /** Status history reasons of a transfer (shown as {@code case.closure.*} by the case page's history). */
    static final String WITHIN = "TRANSFERRED_WITHIN";
    static final String ACROSS = "TRANSFERRED_TO_ORGANISATION";

    /**
     * What crosses to another organisation in any case: the client record (identity, contact data) and the case
     * file. A consent to the transfer must cover at least these.
     */
    static final Set<DataCategory> CATEGORIES = EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CASE_NOTES);

    enum Status { PENDING, ACCEPTED, DECLINED, WITHDRAWN }

    /** The transfer cannot be made as asked; {@code messageKey} says why, in German, at {@code field}. */
    static class Refused extends RuntimeException {
        final String field;
        final String messageKey;
        final transient Object[] arguments;

        Refused(String field, String messageKey, Object... arguments) {
            super(field + ": " + messageKey);
            this.field = field;
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    /** The caller can see the case or transfer but may not do this with it. */
    static class NotAllowed extends RuntimeException {
        NotAllowed() {
            super("not allowed");
        }
    }

    record Transfer(UUID id, UUID caseId, UUID fromOrganisationId, UUID fromCaseManagerId, UUID toOrganisationId,
                    UUID toCaseManagerId, String note, Status status, UUID proposedBy, Instant proposedAt, UUID decidedBy,
                    Instant decidedAt, String declineReason, UUID copiedClientId, int version) {

        public boolean withinOrganisation() {
            return fromOrganisationId.equals(toOrganisationId);
        }

        public boolean receivedBy(SignedInUser user) {
            return (user.has(Role.CASE_MANAGER) || user.has(Role.TEAM_LEAD)) && user.organisationId().equals(toOrganisationId)
                    && (toCaseManagerId == null || toCaseManagerId.equals(user.id()));
        }
    }

    /**
     * A transfer as the people concerned see it. To a receiver in another organisation, before acceptance, it shows
     * only what deciding needs: the person's name (Latin letters) and birth year, so that the receiver can tell
     * whether the person is already known there, the first concern, so that they can tell whether they are the
     * right service, and the proposer's note. No birth date, address, contact data, nationality, consents,
     * history or case work. When the consent to the transfer is no longer valid, not even that.
     */
    record Preview(Transfer transfer, String fromOrganisation, String toOrganisation, String proposedByName,
                   String toCaseManagerName, String givenNames, String familyName, Integer birthYear, String firstConcern,
                   boolean consentValid) {

        public boolean personShown() {
            return familyName != null;
        }
    }

    private final Cases cases;
    private final Clients clients;
    private final CaseWork caseWork;
    private final ConsentLedger consents;
    private final Organisations organisations;
    private final Colleagues colleagues;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    CaseTransfers(Cases cases, Clients clients, CaseWork caseWork, ConsentLedger consents, Organisations organisations,
                  Colleagues colleagues, AuditTrail audit, CurrentUser currentUser, ApplicationEventPublisher events,
                  JdbcClient jdbc) {
        this.cases = cases;
        this.clients = clients;
        this.caseWork = caseWork;
        this.consents = consents;
        this.organisations = organisations;
        this.colleagues = colleagues;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Whether the caller may hand this case on: its case manager or a team lead of its organisation (if still open). */
    boolean mayPropose(ClientCase clientCase) {
        SignedInUser user = currentUser.require();
        return clientCase.organisationId().equals(user.organisationId())
                && (clientCase.caseManagerId().equals(user.id()) || user.has(Role.TEAM_LEAD));
    }

    /** Whether the caller may withdraw it: who proposed it, or a team lead of the sending organisation. */
    boolean mayWithdraw(Transfer transfer) {
        SignedInUser user = currentUser.require();
        return transfer.status() == Status.PENDING && user.organisationId().equals(transfer.fromOrganisationId())
                && (transfer.proposedBy().equals(user.id()) || user.has(Role.TEAM_LEAD));
    }

    /** Colleagues who could receive the case within the organisation: everyone in case management but its case manager. */
    List<Colleagues.Colleague> colleaguesFor(ClientCase clientCase) {
        return colleagues.caseManagersOf(clientCase.organisationId()).stream()
                .filter(c -> !c.id().equals(clientCase.caseManagerId())).toList();
    }

    /** Other organisations where somebody can take on cases. */
    List<Organisation> receivingOrganisations() {
        Set<UUID> withCaseManagement = colleagues.organisationsWithCaseManagement();
        UUID own = currentUser.require().organisationId();
        return organisations.findActive().stream()
                .filter(o -> withCaseManagement.contains(o.id()) && !o.id().equals(own)).toList();
    }

    /**
     * Proposes handing the case to a colleague ({@code toCaseManagerId}) or to another organisation
     * ({@code toOrganisationId}), exactly one of them.
     */
    public UUID propose(UUID caseId, UUID toCaseManagerId, UUID toOrganisationId, String note) {
        SignedInUser user = currentUser.require();
        ClientCase clientCase = caseWork.get(caseId).orElseThrow();
        if (!mayPropose(clientCase)) {
            throw new NotAllowed();
        }
        if (clientCase.status() == CaseStatus.CLOSED) {
            throw new Refused("toCaseManagerId", "transfer.caseClosed");
        }
        if ((toCaseManagerId == null) == (toOrganisationId == null)) {
            throw new Refused("toCaseManagerId", "transfer.receiver.exactlyOne");
        }
        UUID receivingOrganisation = user.organisationId();
        if (toCaseManagerId != null) {
            if (colleaguesFor(clientCase).stream().noneMatch(c -> c.id().equals(toCaseManagerId))) {
                throw new Refused("toCaseManagerId", "transfer.receiver.unknown");
            }
        } else {
            Organisation receiver = receivingOrganisations().stream().filter(o -> o.id().equals(toOrganisationId)).findFirst()
                    .orElseThrow(() -> new Refused("toOrganisationId", "transfer.receiver.unknown"));
            if (!consents.permits(clientCase.organisationId(), clientCase.clientId(), ConsentPurpose.TRANSFER, receiver.id(),
                    CATEGORIES, LocalDate.now())) {
                throw new Refused("toOrganisationId", "transfer.consentMissing", receiver.name());
            }
            receivingOrganisation = receiver.id();
        }
        if (openOf(caseId).isPresent()) {
            throw new Refused("toCaseManagerId", "transfer.alreadyOpen");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into casework.case_transfer (id, client_case, from_organisation_id, from_case_manager_id,
                                to_organisation_id, to_case_manager_id, note, status, proposed_by)
                            values (:id, :c, :fo, :fcm, :to, :tcm, :note, 'PENDING', :u)""")
                    .param("id", id).param("c", caseId).param("fo", clientCase.organisationId())
                    .param("fcm", clientCase.caseManagerId()).param("to", receivingOrganisation).param("tcm", toCaseManagerId)
                    .param("note", note).param("u", user.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Refused("toCaseManagerId", "transfer.alreadyOpen");
        }
        audit.record(AuditAction.UPDATE, CaseWork.RECORD_TYPE, caseId.toString(), PURPOSE + "_PROPOSAL");
        return id;
    }

    /**
     * The receiver takes the case. {@code version} is the transfer's version the receiver saw: a transfer withdrawn,
     * declined or accepted meanwhile is a conflict.
     */
    CaseTransferred accept(UUID caseId, UUID transferId, int version) {
        SignedInUser user = currentUser.require();
        Transfer transfer = forDecision(caseId, transferId, version, true);
        ClientCase clientCase = cases.findById(caseId).orElseThrow();
        if (!clientCase.organisationId().equals(transfer.fromOrganisationId())) {
            throw new OptimisticLockingFailureException("case " + caseId + " moved meanwhile");
        }
        if (clientCase.status() == CaseStatus.CLOSED) {
            throw new Refused("transfer", "transfer.caseClosed");
        }
        UUID clientId = clientCase.clientId();
        if (!transfer.withinOrganisation()) {
            if (!consents.permits(transfer.fromOrganisationId(), clientId, ConsentPurpose.TRANSFER, transfer.toOrganisationId(),
                    CATEGORIES, LocalDate.now())) {
                throw new Refused("transfer", "transfer.consentGone");
            }
            clientId = copyOfClient(clientCase.clientId(), transfer.toOrganisationId());
        }
        int moved = jdbc.sql("""
                        update casework.client_case set organisation_id = :o, case_manager_id = :cm, client_id = :cl,
                            version = version + 1, updated_at = now()
                        where id = :id and organisation_id = :from""")
                .param("o", transfer.toOrganisationId()).param("cm", user.id()).param("cl", clientId)
                .param("id", caseId).param("from", transfer.fromOrganisationId())
                .update();
        if (moved == 0) {
            throw new OptimisticLockingFailureException("case " + caseId + " moved meanwhile");
        }
        jdbc.sql("""
                        insert into casework.case_status_change (client_case, from_status, to_status, reason, changed_by)
                        values (:c, :s, :s, :r, :u)""")
                .param("c", caseId).param("s", clientCase.status().name())
                .param("r", transfer.withinOrganisation() ? WITHIN : ACROSS).param("u", user.id())
                .update();
        decide(transfer, Status.ACCEPTED, null, transfer.withinOrganisation() ? null : clientId);
        audit.record(AuditAction.UPDATE, CaseWork.RECORD_TYPE, caseId.toString(), PURPOSE + "_ACCEPTANCE");
        CaseTransferred accepted = new CaseTransferred(caseId, transferId, transfer.fromOrganisationId(),
                transfer.toOrganisationId(), clientCase.clientId(), clientId, user.id(), Instant.now());
        events.publishEvent(accepted);
        return accepted;
    }

    void decline(UUID caseId, UUID transferId, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refused("reason", "NotBlank");
        }
        Transfer transfer = forDecision(caseId, transferId, version, true);
        decide(transfer, Status.DECLINED, reason, null);
        audit.record(AuditAction.UPDATE, CaseWork.RECORD_TYPE, caseId.toString(), PURPOSE + "_DECLINE");
    }

    void withdraw(UUID caseId, UUID transferId, int version) {
        Transfer transfer = forDecision(caseId, transferId, version, false);
        decide(transfer, Status.WITHDRAWN, null, null);
        audit.record(AuditAction.UPDATE, CaseWork.RECORD_TYPE, caseId.toString(), PURPOSE + "_WITHDRAWAL");
    }

    /**
     * The open transfer of a case the caller's organisation holds, if any. Only for the sending side: the case page
     * asks it for a case the caller may see.
     */
    @Transactional(readOnly = true)
    Optional<Transfer> openOf(UUID caseId) {
        UUID organisation = currentUser.require().organisationId();
        return jdbc.sql("select * from casework.case_transfer where client_case = :c and status = 'PENDING' and from_organisation_id = :o")
                .param("c", caseId).param("o", organisation)
                .query(CaseTransfers::transfer).optional();
    }

    /** The open transfer of a case as the sending side sees it, with names. */
    Optional<Preview> openPreviewOf(UUID caseId) {
        return openOf(caseId).flatMap(t -> previews(List.of(t)).stream().findFirst());
    }

    /** Open transfers to the caller: named to them, or to their organisation from another one. Oldest first. */
    List<Preview> incoming() {
        SignedInUser user = currentUser.require();
        return previews(jdbc.sql("""
                        select * from casework.case_transfer
                        where status = 'PENDING' and to_organisation_id = :o and (to_case_manager_id is null or to_case_manager_id = :me)
                        order by proposed_at""")
                .param("o", user.organisationId()).param("me", user.id())
                .query(CaseTransfers::transfer).list());
    }

    /** For team leads: every open transfer from or to the organisation. */
    List<Preview> openOfTeam() {
        SignedInUser user = currentUser.require();
        if (!user.has(Role.TEAM_LEAD)) {
            return List.of();
        }
        return previews(jdbc.sql("""
                        select * from casework.case_transfer
                        where status = 'PENDING' and (from_organisation_id = :o or to_organisation_id = :o)
                        order by proposed_at""")
                .param("o", user.organisationId())
                .query(CaseTransfers::transfer).list());
    }

    /**
     * A transfer for its receiver or its sending organisation. Empty for anybody else, as if it did not exist.
     * Once decided it no longer shows the person to a receiver of another organisation.
     */
    Optional<Preview> preview(UUID caseId, UUID transferId) {
        SignedInUser user = currentUser.require();
        Optional<Transfer> found = jdbc.sql("select * from casework.case_transfer where id = :id and client_case = :c")
                .param("id", transferId).param("c", caseId)
                .query(CaseTransfers::transfer).optional()
                .filter(t -> t.receivedBy(user) || (user.organisationId().equals(t.fromOrganisationId())
                        && t.status() == Status.PENDING));
        return found.flatMap(t -> previews(List.of(t)).stream().findFirst());
    }

    private List<Preview> previews(List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            return List.of();
        }
        SignedInUser user = currentUser.require();
        Set<UUID> organisationIds = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        transfers.forEach(t -> {
            organisationIds.add(t.fromOrganisationId());
            organisationIds.add(t.toOrganisationId());
            people.add(t.proposedBy());
            if (t.toCaseManagerId() != null) {
                people.add(t.toCaseManagerId());
            }
        });
        Map<UUID, String> organisationNames = organisations.findAllById(organisationIds).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        Map<UUID, String> names = colleagues.displayNames(people);
        record Person(UUID caseId, UUID clientId, String givenNames, String familyName, Integer birthYear, String firstConcern) {
        }
        Map<UUID, Person> persons = jdbc.sql("""
                        select c.id, c.client_id, cl.given_names, cl.family_name, cl.birth_year, c.first_concern
                        from casework.client_case c join casework.client cl on cl.id = c.client_id
                        where c.id in (:ids)""")
                .param("ids", transfers.stream().map(Transfer::caseId).toList())
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5), rs.getString(6)))
                .list().stream().collect(Collectors.toMap(Person::caseId, Function.identity()));
        LocalDate today = LocalDate.now();
        List<Preview> previews = new ArrayList<>();
        for (Transfer t : transfers) {
            Person person = persons.get(t.caseId());
            boolean consentValid = t.withinOrganisation() || consents.permits(t.fromOrganisationId(), person.clientId(),
                    ConsentPurpose.TRANSFER, t.toOrganisationId(), CATEGORIES, today);
            boolean sender = user.organisationId().equals(t.fromOrganisationId());
            boolean show = t.status() == Status.PENDING && (sender || consentValid);
            if (show) {
                audit.record(AuditAction.READ, CaseWork.RECORD_TYPE, t.caseId().toString(), REVIEW_PURPOSE);
            }
            previews.add(new Preview(t, organisationNames.get(t.fromOrganisationId()), organisationNames.get(t.toOrganisationId()),
                    names.get(t.proposedBy()), t.toCaseManagerId() == null ? null : names.get(t.toCaseManagerId()),
                    show ? person.givenNames() : null, show ? person.familyName() : null, show ? person.birthYear() : null,
                    show ? person.firstConcern() : null, consentValid));
        }
        return previews;
    }

    /**
     * The transfer, locked, checked to be open at the version the caller saw and to be the caller's to decide:
     * the receiver's ({@code byReceiver}) or the sender's (withdrawal).
     */
    private Transfer forDecision(UUID caseId, UUID transferId, int version, boolean byReceiver) {
        SignedInUser user = currentUser.require();
        Transfer transfer = jdbc.sql("select * from casework.case_transfer where id = :id and client_case = :c for update")
                .param("id", transferId).param("c", caseId)
                .query(CaseTransfers::transfer).optional().orElseThrow();
        boolean sender = user.organisationId().equals(transfer.fromOrganisationId());
        if (byReceiver ? !transfer.receivedBy(user) : !sender) {
            // The sending organisation knows of the transfer anyway; to anybody else it does not exist.
            if (sender) {
                throw new NotAllowed();
            }
            throw new NoSuchElementException("transfer " + transferId);
        }
        if (transfer.status() != Status.PENDING || transfer.version() != version) {
            throw new OptimisticLockingFailureException("transfer " + transferId + " was decided or changed meanwhile");
        }
        if (!byReceiver && !mayWithdraw(transfer)) {
            throw new NotAllowed();
        }
        return transfer;
    }

    private void decide(Transfer transfer, Status status, String reason, UUID copiedClient) {
        int changed = jdbc.sql("""
                        update casework.case_transfer set status = :s, decided_by = :u, decided_at = now(), decline_reason = :r,
                            copied_client_id = :cc, version = version + 1
                        where id = :id and version = :v and status = 'PENDING'""")
                .param("s", status.name()).param("u", currentUser.require().id()).param("r", reason).param("cc", copiedClient)
                .param("id", transfer.id()).param("v", transfer.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("transfer " + transfer.id() + " was decided meanwhile");
        }
    }

    /**
     * The receiving organisation's own record of the person: the same data under a new id. Leaving the sending
     * organisation is recorded as its export, arriving as the receiver's creation.
     */
    private UUID copyOfClient(UUID clientId, UUID organisationId) {
        Client c = clients.findById(clientId).orElseThrow();
        Instant now = Instant.now();
        Client copy = new Client(UUID.randomUUID(), organisationId, c.familyName(), c.givenNames(), c.familyNameOriginal(),
                c.givenNamesOriginal(), c.otherSpellings(), c.birthDate(), c.birthYear(), c.gender(), c.nationalities(),
                c.languages(), c.interpreterNeeded(), c.phone(), c.email(), c.street(), c.postalCode(), c.municipalityId(),
                c.familyKey(), c.givenKey(), c.familyCodes(), c.givenCodes(), null, now, now);
        clients.save(copy);
        audit.record(AuditAction.EXPORT, ClientRegistry.RECORD_TYPE, clientId.toString(), PURPOSE);
        audit.record(AuditAction.CREATE, ClientRegistry.RECORD_TYPE, copy.id().toString(), PURPOSE);
        return copy.id();
    }

    private static Transfer transfer(ResultSet rs, int row) throws SQLException {
        return new Transfer(rs.getObject("id", UUID.class), rs.getObject("client_case", UUID.class),
                rs.getObject("from_organisation_id", UUID.class), rs.getObject("from_case_manager_id", UUID.class),
                rs.getObject("to_organisation_id", UUID.class), rs.getObject("to_case_manager_id", UUID.class),
                rs.getString("note"), Status.valueOf(rs.getString("status")), rs.getObject("proposed_by", UUID.class),
                rs.getTimestamp("proposed_at").toInstant(), rs.getObject("decided_by", UUID.class),
                rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                rs.getString("decline_reason"), rs.getObject("copied_client_id", UUID.class), rs.getInt("version"));
    }
}
