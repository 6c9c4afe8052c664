package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.CaseTransferred;
import de.lotse.casework.Client;
import de.lotse.casework.ClientCase;
import de.lotse.casework.IntakeChannel;
import de.lotse.casework.NewClient;
import de.lotse.network.Municipalities;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transfers within the organisation and to another one: consent, what the receiver sees before and after, the copy
 * of the client, declining, withdrawing and conflicts; and the caseload's filters.
 */
@LotseIntegrationTest
@RecordApplicationEvents
class TransferIntegrationTest {

    static final String CARITAS = "Caritasverband für den Kreis Lotsenbrück e. V.";
    static final String STADT = "Stadt Lotsenbrück";

    @Autowired CaseTransfers transfers;
    @Autowired Caseload caseload;
    @Autowired CaseWork caseWork;
    @Autowired ClientRegistry clients;
    @Autowired Clients clientRecords;
    @Autowired ConsentLedger consents;
    @Autowired Organisations organisations;
    @Autowired Municipalities municipalities;
    @Autowired Colleagues colleagues;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static SignedInUser act(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(user));
        return user;
    }

    private SignedInUser demo(String username) {
        return act(colleagues.asSignedIn(username).orElseThrow());
    }

    /** A case manager of the organisation who is no demo user (so nobody else's start page changes). */
    private SignedInUser stranger(String organisation, Role... roles) {
        UUID id = organisations.findByName(organisation).orElseThrow().id();
        return act(new SignedInUser(UUID.randomUUID(), "t-" + UUID.randomUUID(), "Test", id, organisation,
                roles.length == 0 ? Set.of(Role.CASE_MANAGER) : Set.of(roles), false));
    }

    private UUID stadt() {
        return organisations.findByName(STADT).orElseThrow().id();
    }

    record Made(UUID clientId, UUID caseId) {
    }

    /** A case of the signed-in case manager, with consent to case management and, if given, to the transfer to a receiver. */
    private Made caseOf(String family, UUID transferConsentTo) {
        UUID client = clients.register(new NewClient(family, "Nadia", null, null, null, LocalDate.of(1987, 5, 3), 1987, "weiblich",
                "syrisch", "Arabisch", true, "+49 170 5550123", "nadia@example.org", "Lindenweg 7", "59991",
                municipalities.findAllByOrderByName().getFirst().id()));
        consents.record(new ConsentLedger.NewConsent(client, ConsentPurpose.CASE_MANAGEMENT, Set.of(), Set.of(DataCategory.IDENTITY),
                LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        if (transferConsentTo != null) {
            consents.record(new ConsentLedger.NewConsent(client, ConsentPurpose.TRANSFER, Set.of(transferConsentTo),
                    CaseTransfers.CATEGORIES, LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        }
        return new Made(client, caseWork.open(client, IntakeChannel.JOBCENTER, LocalDate.now(), "Wohnungssuche in der Stadt"));
    }

    private List<String> auditOf(String recordType, UUID id) {
        return jdbc.sql("select action || ' ' || purpose from privacy.audit_entry where record_type = :t and record_id = :id order by sequence")
                .param("t", recordType).param("id", id.toString()).query(String.class).list();
    }

    @Test
    void withinTheOrganisationOnlyTheCaseManagerChanges() {
        SignedInUser leyla = demo("fallmanagement");
        SignedInUser lead = colleagues.asSignedIn("teamleitung").orElseThrow();
        Made made = caseOf("Intern-Übergabe", null);
        UUID transfer = transfers.propose(made.caseId(), lead.id(), null, "Urlaubsvertretung");
        assertThat(transfers.openOf(made.caseId())).get().extracting(CaseTransfers.Transfer::toCaseManagerId).isEqualTo(lead.id());

        // Only the named colleague accepts; the proposer may not.
        assertThatThrownBy(() -> transfers.accept(made.caseId(), transfer, 0)).isInstanceOf(CaseTransfers.NotAllowed.class);
        act(lead);
        assertThat(transfers.incoming()).anySatisfy(p -> {
            assertThat(p.transfer().id()).isEqualTo(transfer);
            assertThat(p.familyName()).isEqualTo("Intern-Übergabe");
            assertThat(p.proposedByName()).isEqualTo(leyla.displayName());
        });
        CaseTransferred accepted = transfers.accept(made.caseId(), transfer, 0);
        assertThat(accepted.acrossOrganisations()).isFalse();
        assertThat(accepted.toClientId()).isEqualTo(made.clientId());

        ClientCase moved = caseWork.get(made.caseId()).orElseThrow();
        assertThat(moved.caseManagerId()).isEqualTo(lead.id());
        assertThat(moved.clientId()).isEqualTo(made.clientId());
        assertThat(moved.organisationId()).isEqualTo(leyla.organisationId());
        assertThat(caseWork.history(made.caseId())).extracting(CaseWork.StatusChange::reason).contains(CaseTransfers.WITHIN);
        assertThat(auditOf("CASE", made.caseId())).contains("UPDATE CASE_TRANSFER_PROPOSAL", "UPDATE CASE_TRANSFER_ACCEPTANCE");
        assertThat(events.stream(CaseTransferred.class)).anyMatch(e -> e.caseId().equals(made.caseId()));
    }

    @Test
    void toAnotherOrganisationOnlyWithConsentForThatRecipient() {
        demo("fallmanagement");
        Made withoutConsent = caseOf("Ohne-Übergabeeinwilligung", null);
        assertThatThrownBy(() -> transfers.propose(withoutConsent.caseId(), null, stadt(), "Umzug"))
                .isInstanceOfSatisfying(CaseTransfers.Refused.class, e -> {
                    assertThat(e.field).isEqualTo("toOrganisationId");
                    assertThat(e.messageKey).isEqualTo("transfer.consentMissing");
                });
        // A consent for another recipient does not cover it either.
        UUID jobcenter = organisations.findByName("Jobcenter Kreis Lotsenbrück").orElseThrow().id();
        consents.record(new ConsentLedger.NewConsent(withoutConsent.clientId(), ConsentPurpose.TRANSFER, Set.of(jobcenter),
                CaseTransfers.CATEGORIES, LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        assertThatThrownBy(() -> transfers.propose(withoutConsent.caseId(), null, stadt(), "Umzug"))
                .isInstanceOf(CaseTransfers.Refused.class);
        assertThat(transfers.openOf(withoutConsent.caseId())).isEmpty();
    }

    @Test
    void theReceivingOrganisationBecomesControllerWithItsOwnCopyOfTheClient() {
        SignedInUser leyla = demo("fallmanagement");
        Made made = caseOf("Übergabe-Stadt", stadt());
        UUID transfer = transfers.propose(made.caseId(), null, stadt(), "Umzug in die Stadt");

        // Before acceptance the receiving organisation sees the transfer, but not the case or the client.
        SignedInUser markus = stranger(STADT);
        assertThat(caseWork.get(made.caseId())).isEmpty();
        assertThat(clients.get(made.clientId())).isEmpty();
        CaseTransfers.Preview preview = transfers.preview(made.caseId(), transfer).orElseThrow();
        assertThat(preview.familyName()).isEqualTo("Übergabe-Stadt");
        assertThat(preview.birthYear()).isEqualTo(1987);
        assertThat(preview.firstConcern()).isEqualTo("Wohnungssuche in der Stadt");
        assertThat(preview.toString()).doesNotContain("Lindenweg", "5550123", "nadia@example.org", "1987-05-03", "syrisch");
        // Somebody of a third organisation learns nothing.
        stranger("Jobcenter Kreis Lotsenbrück");
        assertThat(transfers.preview(made.caseId(), transfer)).isEmpty();
        assertThatThrownBy(() -> transfers.accept(made.caseId(), transfer, 0)).isInstanceOf(java.util.NoSuchElementException.class);

        act(markus);
        CaseTransferred accepted = transfers.accept(made.caseId(), transfer, 0);
        assertThat(accepted.acrossOrganisations()).isTrue();
        UUID copyId = accepted.toClientId();
        assertThat(copyId).isNotEqualTo(made.clientId());

        ClientCase moved = caseWork.get(made.caseId()).orElseThrow();
        assertThat(moved.organisationId()).isEqualTo(stadt());
        assertThat(moved.caseManagerId()).isEqualTo(markus.id());
        assertThat(moved.clientId()).isEqualTo(copyId);
        assertThat(moved.status()).isEqualTo(CaseStatus.FIRST_CONTACT);
        Client copy = clients.get(copyId).orElseThrow();
        Client original = clientRecords.findById(made.clientId()).orElseThrow();
        assertThat(copy.organisationId()).isEqualTo(stadt());
        assertThat(copy).usingRecursiveComparison().ignoringFields("id", "organisationId", "version", "createdAt", "updatedAt")
                .isEqualTo(original);
        assertThat(original.organisationId()).isEqualTo(leyla.organisationId());
        assertThat(caseWork.history(made.caseId())).extracting(CaseWork.StatusChange::reason).contains(CaseTransfers.ACROSS);
        assertThat(auditOf("CLIENT", copyId)).contains("CREATE CASE_TRANSFER");
        assertThat(auditOf("CLIENT", made.clientId())).contains("EXPORT CASE_TRANSFER");
        assertThat(auditOf("CASE", made.caseId())).contains("UPDATE CASE_TRANSFER_ACCEPTANCE");

        // The sending organisation keeps its client record but no longer sees the case.
        act(leyla);
        assertThat(caseWork.get(made.caseId())).isEmpty();
        assertThat(clients.get(made.clientId())).isPresent();
        assertThat(caseWork.ofClient(made.clientId())).isEmpty();
        assertThat(transfers.preview(made.caseId(), transfer)).isEmpty();
    }

    @Test
    void aConsentRevokedBeforeAcceptanceStopsTheTransfer() {
        SignedInUser leyla = demo("fallmanagement");
        Made made = caseOf("Widerruf-vor-Annahme", stadt());
        UUID transfer = transfers.propose(made.caseId(), null, stadt(), "Umzug");
        var consent = consents.of(made.clientId()).stream().filter(c -> c.purpose() == ConsentPurpose.TRANSFER).findFirst().orElseThrow();
        consents.revoke(consent.id(), LocalDate.now(), "widerrufen", consent.version());

        stranger(STADT);
        CaseTransfers.Preview preview = transfers.preview(made.caseId(), transfer).orElseThrow();
        assertThat(preview.consentValid()).isFalse();
        assertThat(preview.personShown()).isFalse();
        assertThat(preview.toString()).doesNotContain("Widerruf-vor-Annahme", "Wohnungssuche", "Nadia");
        assertThatThrownBy(() -> transfers.accept(made.caseId(), transfer, 0))
                .isInstanceOfSatisfying(CaseTransfers.Refused.class, e -> assertThat(e.messageKey).isEqualTo("transfer.consentGone"));
        transfers.decline(made.caseId(), transfer, 0, "Einwilligung widerrufen");

        act(leyla);
        assertThat(caseWork.get(made.caseId())).get().extracting(ClientCase::organisationId).isEqualTo(leyla.organisationId());
    }

    @Test
    void declineNeedsAReasonAndWithdrawIsTheProposersAndStaleVersionsConflict() {
        SignedInUser leyla = demo("fallmanagement");
        Made made = caseOf("Ablehnung-Rückzug", stadt());
        UUID first = transfers.propose(made.caseId(), null, stadt(), "Umzug");
        assertThatThrownBy(() -> transfers.propose(made.caseId(), null, stadt(), "Noch einmal"))
                .isInstanceOfSatisfying(CaseTransfers.Refused.class, e -> assertThat(e.messageKey).isEqualTo("transfer.alreadyOpen"));

        SignedInUser receiver = stranger(STADT);
        assertThatThrownBy(() -> transfers.decline(made.caseId(), first, 0, " "))
                .isInstanceOfSatisfying(CaseTransfers.Refused.class, e -> assertThat(e.field).isEqualTo("reason"));
        assertThatThrownBy(() -> transfers.withdraw(made.caseId(), first, 0)).isInstanceOf(java.util.NoSuchElementException.class);
        transfers.decline(made.caseId(), first, 0, "Keine Kapazität");
        assertThatThrownBy(() -> transfers.accept(made.caseId(), first, 0)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(transfers.preview(made.caseId(), first)).get().satisfies(p -> {
            assertThat(p.transfer().status()).isEqualTo(CaseTransfers.Status.DECLINED);
            assertThat(p.personShown()).isFalse();
        });

        act(leyla);
        UUID second = transfers.propose(made.caseId(), null, stadt(), "Zweiter Versuch");
        // A colleague who neither proposed nor leads the team may not withdraw it.
        stranger(CARITAS);
        assertThatThrownBy(() -> transfers.withdraw(made.caseId(), second, 0)).isInstanceOf(CaseTransfers.NotAllowed.class);
        act(leyla);
        assertThatThrownBy(() -> transfers.withdraw(made.caseId(), second, 7)).isInstanceOf(OptimisticLockingFailureException.class);
        transfers.withdraw(made.caseId(), second, 0);
        act(receiver);
        assertThatThrownBy(() -> transfers.accept(made.caseId(), second, 0)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(transfers.incoming()).noneMatch(p -> p.transfer().caseId().equals(made.caseId()));
    }

    @Test
    void aTeamLeadMayHandOnAColleaguesCaseAndSeesTheTeamsOpenTransfers() {
        demo("fallmanagement");
        Made made = caseOf("Teamleitung-Übergabe", stadt());
        SignedInUser lead = demo("teamleitung");
        UUID transfer = transfers.propose(made.caseId(), null, stadt(), "Teamentscheidung");
        assertThat(transfers.openOfTeam()).anyMatch(p -> p.transfer().id().equals(transfer) && "Teamleitung-Übergabe".equals(p.familyName()));
        stranger(CARITAS);
        assertThat(transfers.openOfTeam()).isEmpty();
        assertThatThrownBy(() -> transfers.propose(made.caseId(), lead.id(), null, "Nicht meiner")).isInstanceOf(CaseTransfers.NotAllowed.class);
    }

    @Test
    void theCaseloadFiltersBySearchIntakeKommuneAndMissingContact() {
        SignedInUser leyla = demo("fallmanagement");
        Made quiet = caseOf("Ruhig-Lange", null);
        Made recent = caseOf("Frisch-Kontakt", null);
        jdbc.sql("update casework.case_status_change set changed_at = now() - interval '40 days' where client_case = :c")
                .param("c", quiet.caseId()).update();

        assertThat(caseload.list(new Caseload.Filter(false, null, null, null, false, "ruhig lange")))
                .extracting(Caseload.Entry::caseId).contains(quiet.caseId()).doesNotContain(recent.caseId());
        assertThat(caseload.list(new Caseload.Filter(false, null, null, null, false, "Nadia Frisch")))
                .extracting(Caseload.Entry::caseId).contains(recent.caseId()).doesNotContain(quiet.caseId());
        List<Caseload.Entry> withoutContact = caseload.list(new Caseload.Filter(false, null, null, null, true, null));
        assertThat(withoutContact).extracting(Caseload.Entry::caseId).contains(quiet.caseId()).doesNotContain(recent.caseId());
        assertThat(withoutContact).allMatch(Caseload.Entry::withoutContact);
        assertThat(caseload.list(new Caseload.Filter(false, null, null, IntakeChannel.SCHOOL, false, "Ruhig")))
                .isEmpty();
        UUID kommune = municipalities.findAllByOrderByName().getFirst().id();
        assertThat(caseload.list(new Caseload.Filter(false, CaseStatus.FIRST_CONTACT, kommune, IntakeChannel.JOBCENTER, false, "Ruhig")))
                .singleElement().satisfies(e -> {
                    assertThat(e.nextDeadline()).isNull();
                    assertThat(e.lastContact()).isNotNull();
                    assertThat(e.municipalityId()).isEqualTo(kommune);
                });
        // A team lead sees the colleague's case in the team's caseload, a colleague without the role only their own.
        demo("teamleitung");
        assertThat(caseload.list(new Caseload.Filter(true, null, null, null, true, "Ruhig"))).extracting(Caseload.Entry::caseId)
                .contains(quiet.caseId());
        stranger(CARITAS);
        assertThat(caseload.list(new Caseload.Filter(true, null, null, null, false, "Ruhig"))).isEmpty();
        assertThat(leyla).isNotNull();
    }
}
