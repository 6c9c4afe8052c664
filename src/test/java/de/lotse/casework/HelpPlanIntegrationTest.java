package de.lotse.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.internal.CaseClosure;
import de.lotse.casework.internal.CaseWork;
import de.lotse.casework.internal.ClientRegistry;
import de.lotse.casework.internal.GoalOutcome;
import de.lotse.casework.internal.HelpPlanWork;
import de.lotse.casework.internal.PlanView;
import de.lotse.casework.internal.Referral;
import de.lotse.casework.internal.ReferralOutcome;
import de.lotse.casework.internal.ReferralWork;
import de.lotse.casework.internal.StepActor;
import de.lotse.casework.internal.StepStatus;
import de.lotse.network.LifeArea;
import de.lotse.network.Offer;
import de.lotse.network.OfferQuery;
import de.lotse.network.Offers;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of help plans, referrals and closure: every plan change is a new version and earlier versions stay
 * readable, a stale version changes nothing, a referral without consent stores nothing, when referrals count as
 * overdue, and closing a case ends every open goal with an outcome that survives reopening.
 */
@LotseIntegrationTest
class HelpPlanIntegrationTest {

    static final String CARITAS = "Caritasverband für den Kreis Lotsenbrück e. V.";

    @Autowired
    HelpPlanWork helpPlans;

    @Autowired
    ReferralWork referrals;

    @Autowired
    Offers offers;

    @Autowired
    CaseClosure closure;

    @Autowired
    CaseWork caseWork;

    @Autowired
    ClientRegistry clients;

    @Autowired
    ConsentLedger consents;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    SignedInUser caseManager;
    UUID clientId;
    UUID caseId;

    @BeforeEach
    void caseInHelpPlanning() {
        UUID caritas = organisations.findByName(CARITAS).orElseThrow().id();
        caseManager = new SignedInUser(UUID.randomUUID(), "hp-" + UUID.randomUUID(), "Hanna Planer", caritas, CARITAS,
                Set.of(Role.CASE_MANAGER), false);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(caseManager));
        clientId = clients.register(new NewClient("Karimi", "Parisa", null, null, null, null, 1990, null, null, null, null,
                null, null, null, null, null));
        consents.record(new ConsentLedger.NewConsent(clientId, ConsentPurpose.CASE_MANAGEMENT, Set.of(), Set.of(DataCategory.IDENTITY),
                LocalDate.now().minusDays(60), ConsentForm.SIGNED_PAPER, null, null));
        caseId = caseWork.open(clientId, IntakeChannel.SELF, LocalDate.now().minusDays(60), "Sprachkurs und Wohnung");
        for (int version = 0; version < 3; version++) {
            caseWork.advance(caseId, version);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UUID organisation(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }

    @Test
    void everyChangeIsANewVersionAndEarlierVersionsStayReadable() {
        UUID goal = helpPlans.addGoal(caseId, null, LifeArea.LANGUAGE, "Deutsch auf B1", LocalDate.now().minusDays(10));
        UUID step = helpPlans.addStep(caseId, goal, 1, "Anmeldung zum Integrationskurs", StepActor.ORGANISATION,
                organisation("Volkshochschule Kreis Lotsenbrück"), LocalDate.now().plusDays(14));
        helpPlans.changeGoal(caseId, goal, 2, LifeArea.LANGUAGE, "Deutsch auf B1 bis zum Sommer", LocalDate.now().minusDays(10));
        helpPlans.changeStep(caseId, step, 3, "Anmeldung zum Integrationskurs", StepActor.THE_CLIENT, null,
                LocalDate.now().plusDays(14), StepStatus.DONE);

        assertThat(helpPlans.versions(caseId)).extracting(HelpPlanWork.VersionEntry::number).containsExactly(4, 3, 2, 1);
        assertThat(helpPlans.versions(caseId)).extracting(HelpPlanWork.VersionEntry::change).containsExactly(
                HelpPlanWork.Change.STEP_CHANGED, HelpPlanWork.Change.GOAL_CHANGED, HelpPlanWork.Change.STEP_ADDED,
                HelpPlanWork.Change.GOAL_ADDED);
        assertThat(helpPlans.versions(caseId)).extracting(HelpPlanWork.VersionEntry::authorName).containsOnly("Hanna Planer");

        PlanView first = helpPlans.version(caseId, 1).orElseThrow();
        assertThat(first.goals()).singleElement().satisfies(g -> {
            assertThat(g.wording()).isEqualTo("Deutsch auf B1");
            assertThat(g.steps()).isEmpty();
        });
        PlanView second = helpPlans.version(caseId, 2).orElseThrow();
        assertThat(second.goals().getFirst().steps()).singleElement().satisfies(s -> {
            assertThat(s.actor()).isEqualTo(StepActor.ORGANISATION);
            assertThat(s.organisationName()).isEqualTo("Volkshochschule Kreis Lotsenbrück");
            assertThat(s.status()).isEqualTo(StepStatus.OPEN);
        });
        PlanView current = helpPlans.current(caseId).orElseThrow();
        assertThat(current.number()).isEqualTo(4);
        assertThat(current.goals().getFirst().wording()).isEqualTo("Deutsch auf B1 bis zum Sommer");
        assertThat(current.goals().getFirst().steps().getFirst().status()).isEqualTo(StepStatus.DONE);
        assertThat(jdbc.sql("select count(*) from privacy.audit_entry where record_type = 'HELP_PLAN' and action in ('CREATE', 'UPDATE') and actor_user_id = :u")
                .param("u", caseManager.id()).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aStaleVersionChangesNothing() {
        UUID goal = helpPlans.addGoal(caseId, null, LifeArea.HOUSING, "Eigene Wohnung", LocalDate.now());
        helpPlans.addStep(caseId, goal, 1, "Wohnberechtigungsschein", StepActor.THE_CLIENT, null, null);
        assertThatThrownBy(() -> helpPlans.changeGoal(caseId, goal, 1, LifeArea.HOUSING, "Überschrieben", LocalDate.now()))
                .isInstanceOf(HelpPlanWork.PlanChanged.class);
        assertThatThrownBy(() -> helpPlans.addGoal(caseId, null, LifeArea.WORK, "Zweiter erster Entwurf", LocalDate.now()))
                .isInstanceOf(HelpPlanWork.PlanChanged.class);
        PlanView plan = helpPlans.current(caseId).orElseThrow();
        assertThat(plan.number()).isEqualTo(2);
        assertThat(plan.goals()).singleElement().extracting(PlanView.Goal::wording).isEqualTo("Eigene Wohnung");
    }

    @Test
    void stepsAreOverdueWhenOpenPastTheirDueDate() {
        UUID goal = helpPlans.addGoal(caseId, null, LifeArea.WORK, "Arbeit finden", LocalDate.now().minusDays(30));
        helpPlans.addStep(caseId, goal, 1, "Lebenslauf", StepActor.THE_CLIENT, null, LocalDate.now().minusDays(1));
        UUID done = helpPlans.addStep(caseId, goal, 2, "Bewerbungsfotos", StepActor.THE_CLIENT, null, LocalDate.now().minusDays(1));
        helpPlans.changeStep(caseId, done, 3, "Bewerbungsfotos", StepActor.THE_CLIENT, null, LocalDate.now().minusDays(1), StepStatus.DONE);
        helpPlans.addStep(caseId, goal, 4, "Termin Berufsberatung", StepActor.CASE_MANAGER, null, LocalDate.now());
        assertThat(helpPlans.current(caseId).orElseThrow().goals().getFirst().steps())
                .extracting(s -> s.overdueOn(LocalDate.now())).containsExactly(true, false, false);
    }

    @Test
    void aReferralWithoutConsentStoresNothing() {
        UUID jobcenter = organisation("Jobcenter Kreis Lotsenbrück");
        assertThatThrownBy(() -> referrals.refer(caseId, jobcenter, null, "Arbeitsvermittlung", LocalDate.now()))
                .isInstanceOf(ReferralWork.ConsentMissing.class)
                .hasMessageContaining("Jobcenter Kreis Lotsenbrück");
        // Consent to another recipient, or not covering contact data, is no consent to this referral.
        consents.record(new ConsentLedger.NewConsent(clientId, ConsentPurpose.REFERRAL, Set.of(organisation("Sozialamt Kreis Lotsenbrück")),
                ReferralWork.DATA_PASSED_ON, LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        consents.record(new ConsentLedger.NewConsent(clientId, ConsentPurpose.REFERRAL, Set.of(jobcenter),
                Set.of(DataCategory.IDENTITY), LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        assertThatThrownBy(() -> referrals.refer(caseId, jobcenter, null, "Arbeitsvermittlung", LocalDate.now()))
                .isInstanceOf(ReferralWork.ConsentMissing.class);
        assertThat(count("select count(*) from casework.referral where client_case = :c")).isZero();

        consents.record(new ConsentLedger.NewConsent(clientId, ConsentPurpose.REFERRAL, Set.of(jobcenter),
                Set.of(DataCategory.IDENTITY, DataCategory.CONTACT), LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        UUID referral = referrals.refer(caseId, jobcenter, null, "Arbeitsvermittlung", LocalDate.now());
        assertThat(referrals.ofCase(caseId).orElseThrow()).singleElement().satisfies(e -> {
            assertThat(e.referral().id()).isEqualTo(referral);
            assertThat(e.organisationName()).isEqualTo("Jobcenter Kreis Lotsenbrück");
            assertThat(e.offerTitle()).isNull();
            assertThat(e.overdue()).isFalse();
        });
    }

    @Test
    void aReferralNamesOnlyARunningOfferOfThatOrganisation() {
        UUID jobcenter = organisation("Jobcenter Kreis Lotsenbrück");
        consentToReferral(jobcenter);
        Offer coaching = offers.search(new OfferQuery("Bewerbungscoaching", null, null, null, null, LocalDate.now())).stream()
                .filter(o -> o.organisationId().equals(jobcenter)).findFirst().orElseThrow();
        Offer ofAnother = offers.validOn(LocalDate.now()).stream().filter(o -> !o.organisationId().equals(jobcenter))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> referrals.refer(caseId, jobcenter, UUID.randomUUID(), "Arbeitsvermittlung", LocalDate.now()))
                .isInstanceOf(ReferralWork.OfferRefused.class).hasMessage("referral.offer.unknown");
        assertThatThrownBy(() -> referrals.refer(caseId, jobcenter, ofAnother.id(), "Arbeitsvermittlung", LocalDate.now()))
                .isInstanceOf(ReferralWork.OfferRefused.class).hasMessage("referral.offer.otherOrganisation");
        assertThat(count("select count(*) from casework.referral where client_case = :c")).isZero();

        UUID referral = referrals.refer(caseId, jobcenter, coaching.id(), "Bewerbung üben", LocalDate.now());
        assertThat(referrals.get(caseId, referral).orElseThrow().offerTitle()).isEqualTo(coaching.title());
    }

    @Test
    void outcomesAreKeptAndAStaleOutcomeIsAConflict() {
        UUID vhs = organisation("Volkshochschule Kreis Lotsenbrück");
        consentToReferral(vhs);
        UUID referral = referrals.refer(caseId, vhs, null, "Integrationskurs", LocalDate.now().minusDays(3));
        referrals.recordOutcome(caseId, referral, 0, ReferralOutcome.WAITING, LocalDate.now().plusDays(30), null, LocalDate.now());
        referrals.recordOutcome(caseId, referral, 1, ReferralOutcome.ACCEPTED, null, null, LocalDate.now());
        assertThatThrownBy(() -> referrals.recordOutcome(caseId, referral, 1, ReferralOutcome.REFUSED, null, "Voll", LocalDate.now()))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(referrals.history(referral)).extracting(ReferralWork.OutcomeChange::outcome)
                .containsExactly(ReferralOutcome.WAITING, ReferralOutcome.ACCEPTED);
        assertThat(referrals.get(caseId, referral).orElseThrow().referral().outcome()).isEqualTo(ReferralOutcome.ACCEPTED);
    }

    @Test
    void overdueReferralsAreWaitingPastTheExpectedDateOrUnansweredForTwoWeeks() {
        UUID awo = organisation("AWO Kreisverband Lotsenbrück e. V.");
        consentToReferral(awo);
        LocalDate today = LocalDate.now();
        UUID unansweredOld = referrals.refer(caseId, awo, null, "alt, ohne Antwort", today.minusDays(15));
        UUID unansweredFresh = referrals.refer(caseId, awo, null, "frisch, ohne Antwort", today.minusDays(14));
        UUID waitingPast = referrals.refer(caseId, awo, null, "Warteliste abgelaufen", today.minusDays(40));
        referrals.recordOutcome(caseId, waitingPast, 0, ReferralOutcome.WAITING, today.minusDays(1), null, today.minusDays(30));
        UUID waitingFuture = referrals.refer(caseId, awo, null, "Warteliste läuft", today.minusDays(40));
        referrals.recordOutcome(caseId, waitingFuture, 0, ReferralOutcome.WAITING, today, null, today.minusDays(30));
        UUID accepted = referrals.refer(caseId, awo, null, "angenommen", today.minusDays(40));
        referrals.recordOutcome(caseId, accepted, 0, ReferralOutcome.ACCEPTED, null, null, today.minusDays(30));

        Map<UUID, Boolean> overdue = new java.util.HashMap<>();
        referrals.ofCase(caseId).orElseThrow().forEach(e -> overdue.put(e.referral().id(), e.overdue()));
        assertThat(overdue).containsExactlyInAnyOrderEntriesOf(Map.of(unansweredOld, true, unansweredFresh, false,
                waitingPast, true, waitingFuture, false, accepted, false));
        assertThat(referrals.overdue(caseManager)).extracting(ReferralWork.Overdue::referralId)
                .containsExactlyInAnyOrder(unansweredOld, waitingPast);
        assertThat(new Referral(null, null, null, null, "", today.minusDays(15), ReferralOutcome.NO_RESPONSE, null, null, null,
                0, null, null, null).overdueOn(today)).isFalse();
    }

    @Test
    void closingEndsEveryOpenGoalAndReopeningKeepsThem() {
        UUID reached = helpPlans.addGoal(caseId, null, LifeArea.RESIDENCE, "Aufenthalt verlängern", LocalDate.now().minusDays(20));
        helpPlans.endGoal(caseId, reached, 1, new HelpPlanWork.Ending(GoalOutcome.REACHED, null), LocalDate.now().minusDays(2));
        UUID open = helpPlans.addGoal(caseId, 2, LifeArea.HOUSING, "Eigene Wohnung", LocalDate.now().minusDays(20));
        int caseVersion = caseWork.get(caseId).orElseThrow().version();

        // A goal not reached needs a reason; without it nothing is stored, the case stays open.
        assertThatThrownBy(() -> closure.close(caseId, caseVersion, 3, ClosureReason.MOVED_AWAY, LocalDate.now().minusDays(1),
                Map.of(open, new HelpPlanWork.Ending(GoalOutcome.NOT_REACHED, " "))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(caseWork.get(caseId).orElseThrow().status()).isEqualTo(CaseStatus.HELP_PLANNING);
        assertThat(helpPlans.current(caseId).orElseThrow().openGoals()).hasSize(1);
        // A stale case version neither ends the goals nor closes the case.
        assertThatThrownBy(() -> closure.close(caseId, caseVersion - 1, 3, ClosureReason.MOVED_AWAY, LocalDate.now(),
                Map.of(open, new HelpPlanWork.Ending(GoalOutcome.DROPPED, "Umzug"))))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(helpPlans.current(caseId).orElseThrow().openGoals()).hasSize(1);

        closure.close(caseId, caseVersion, 3, ClosureReason.MOVED_AWAY, LocalDate.now().minusDays(1),
                Map.of(open, new HelpPlanWork.Ending(GoalOutcome.NOT_REACHED, "Umzug in einen anderen Kreis")));
        ClientCase closed = caseWork.get(caseId).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.now().minusDays(1));
        PlanView plan = helpPlans.current(caseId).orElseThrow();
        assertThat(plan.goals()).extracting(PlanView.Goal::outcome).containsExactly(GoalOutcome.REACHED, GoalOutcome.NOT_REACHED);
        assertThat(plan.goals().get(1).outcomeReason()).isEqualTo("Umzug in einen anderen Kreis");
        assertThat(helpPlans.versions(caseId).getFirst().change()).isEqualTo(HelpPlanWork.Change.CLOSURE);
        assertThatThrownBy(() -> helpPlans.addGoal(caseId, plan.version(), LifeArea.WORK, "Nach Abschluss", LocalDate.now()))
                .isInstanceOf(HelpPlanWork.CaseClosed.class);

        caseWork.reopen(caseId, closed.version());
        assertThat(caseWork.get(caseId).orElseThrow().closedOn()).isNull();
        assertThat(helpPlans.current(caseId).orElseThrow().goals()).extracting(PlanView.Goal::outcome)
                .containsExactly(GoalOutcome.REACHED, GoalOutcome.NOT_REACHED);
        assertThat(caseWork.history(caseId)).filteredOn(h -> h.to() == CaseStatus.CLOSED).singleElement()
                .satisfies(h -> assertThat(h.closedOn()).isEqualTo(LocalDate.now().minusDays(1)));
    }

    @Test
    void aStaleFormShowsTheConflictKeepsTheInputAndChangesNothing() throws Exception {
        helpPlans.addGoal(caseId, null, LifeArea.WORK, "Arbeit", LocalDate.now());
        helpPlans.addGoal(caseId, 1, LifeArea.HOUSING, "Wohnung", LocalDate.now());
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/" + caseId + "/help-plan/goals")
                        .with(TestUsers.as(caseManager))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("lifeArea", "LANGUAGE").param("wording", "Sprachkurs mit Kinderbetreuung")
                        .param("agreedOn", LocalDate.now().toString()).param("planVersion", "1"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Jemand anderes hat diesen Datensatz inzwischen geändert.")
                .contains("value=\"Sprachkurs mit Kinderbetreuung\"")
                .containsPattern("name=\"planVersion\"[^>]*value=\"2\"");
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(caseManager));
        assertThat(helpPlans.current(caseId).orElseThrow().goals()).extracting(PlanView.Goal::wording).containsExactly("Arbeit", "Wohnung");
    }

    @Test
    void endedGoalsTakeNoNewSteps() {
        UUID goal = helpPlans.addGoal(caseId, null, LifeArea.FAMILY, "Familiennachzug", LocalDate.now());
        helpPlans.endGoal(caseId, goal, 1, new HelpPlanWork.Ending(GoalOutcome.DROPPED, "Kein Anspruch"), LocalDate.now());
        assertThatThrownBy(() -> helpPlans.addStep(caseId, goal, 2, "Antrag", StepActor.THE_CLIENT, null, null))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> helpPlans.endGoal(caseId, goal, 2, new HelpPlanWork.Ending(GoalOutcome.REACHED, null), LocalDate.now()))
                .isInstanceOf(java.util.NoSuchElementException.class);
        UUID other = helpPlans.addGoal(caseId, 2, LifeArea.FAMILY, "Kita für die Kinder", LocalDate.now());
        assertThatThrownBy(() -> helpPlans.endGoal(caseId, other, 3, new HelpPlanWork.Ending(GoalOutcome.DROPPED, " "), LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(helpPlans.current(caseId).orElseThrow().number()).isEqualTo(3);
        assertThat(helpPlans.current(caseId).orElseThrow().openGoals()).extracting(PlanView.Goal::id).containsExactly(other);
    }

    private void consentToReferral(UUID recipient) {
        consents.record(new ConsentLedger.NewConsent(clientId, ConsentPurpose.REFERRAL, Set.of(recipient),
                ReferralWork.DATA_PASSED_ON, LocalDate.now().minusDays(60), ConsentForm.SIGNED_PAPER, null, null));
    }

    private int count(String sql) {
        return jdbc.sql(sql).param("c", caseId).query(Integer.class).single();
    }
}
