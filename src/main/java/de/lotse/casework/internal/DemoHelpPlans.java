package de.lotse.casework.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.ClosureReason;
import de.lotse.network.LifeArea;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Help plans and referrals for the demo cases in help planning and later: goals per life area with steps (some
 * overdue), several plan versions, referrals in every outcome (some overdue) under the client's consent to
 * referral, and some cases closed with an outcome per goal. Created once, by the demo case managers, through the
 * same audited services as real work, from a fixed seed.
 */
@Component
@Profile("demo")
@Order(41)
class DemoHelpPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHelpPlans.class);

    record StepTemplate(String what, StepActor actor, String organisation) {
    }

    record GoalTemplate(LifeArea lifeArea, String wording, List<StepTemplate> steps) {
    }

    record ReferralTemplate(String organisation, String purpose) {
    }

    static final List<GoalTemplate> GOALS = List.of(
            new GoalTemplate(LifeArea.LANGUAGE, "Deutschkenntnisse auf Niveau B1 erreichen", List.of(
                    new StepTemplate("Anmeldung zum Integrationskurs", StepActor.THE_CLIENT, null),
                    new StepTemplate("Kursplatz mit Kinderbetreuung anfragen", StepActor.ORGANISATION, "Volkshochschule Kreis Lotsenbrück"),
                    new StepTemplate("Berechtigung zur Kursteilnahme klären", StepActor.CASE_MANAGER, null))),
            new GoalTemplate(LifeArea.HOUSING, "Eine eigene Wohnung statt der Gemeinschaftsunterkunft", List.of(
                    new StepTemplate("Wohnberechtigungsschein beantragen", StepActor.THE_CLIENT, null),
                    new StepTemplate("Wohnungsangebote gemeinsam durchsehen", StepActor.CASE_MANAGER, null),
                    new StepTemplate("Übernahme der Mietkosten klären", StepActor.ORGANISATION, "Jobcenter Kreis Lotsenbrück"))),
            new GoalTemplate(LifeArea.WORK, "Arbeit im erlernten Beruf aufnehmen", List.of(
                    new StepTemplate("Lebenslauf auf Deutsch schreiben", StepActor.THE_CLIENT, null),
                    new StepTemplate("Termin bei der Berufsberatung", StepActor.ORGANISATION, "Agentur für Arbeit Lotsenbrück"))),
            new GoalTemplate(LifeArea.RECOGNITION, "Den Berufsabschluss anerkennen lassen", List.of(
                    new StepTemplate("Zeugnisse übersetzen lassen", StepActor.THE_CLIENT, null),
                    new StepTemplate("Antrag bei der zuständigen Stelle vorbereiten", StepActor.CASE_MANAGER, null))),
            new GoalTemplate(LifeArea.RESIDENCE, "Die Aufenthaltserlaubnis rechtzeitig verlängern", List.of(
                    new StepTemplate("Termin bei der Ausländerbehörde vereinbaren", StepActor.THE_CLIENT, null),
                    new StepTemplate("Unterlagen für die Verlängerung zusammenstellen", StepActor.CASE_MANAGER, null))),
            new GoalTemplate(LifeArea.CHILDCARE_SCHOOL, "Einen Kita-Platz für die jüngste Tochter finden", List.of(
                    new StepTemplate("Anmeldung im Kita-Portal", StepActor.THE_CLIENT, null),
                    new StepTemplate("Beratungsgespräch zur Kindertagesbetreuung", StepActor.ORGANISATION, "Jugendamt Kreis Lotsenbrück"))),
            new GoalTemplate(LifeArea.HEALTH, "Die hausärztliche Versorgung sichern", List.of(
                    new StepTemplate("Krankenversicherung klären", StepActor.CASE_MANAGER, null),
                    new StepTemplate("Impfberatung", StepActor.ORGANISATION, "Gesundheitsamt Kreis Lotsenbrück"))),
            new GoalTemplate(LifeArea.FINANCES_BENEFITS, "Den Lebensunterhalt nach dem Rechtskreiswechsel sichern", List.of(
                    new StepTemplate("Antrag auf Bürgergeld stellen", StepActor.THE_CLIENT, null),
                    new StepTemplate("Übergang aus dem AsylbLG abstimmen", StepActor.ORGANISATION, "Sozialamt Kreis Lotsenbrück"),
                    new StepTemplate("Bescheid gemeinsam prüfen", StepActor.CASE_MANAGER, null))));

    static final List<ReferralTemplate> REFERRALS = List.of(
            new ReferralTemplate("Jobcenter Kreis Lotsenbrück", "Beratung zur Arbeitsaufnahme und Förderung"),
            new ReferralTemplate("Agentur für Arbeit Lotsenbrück", "Berufsberatung und Beratung zur Anerkennung"),
            new ReferralTemplate("Volkshochschule Kreis Lotsenbrück", "Platz im Integrationskurs mit Kinderbetreuung"),
            new ReferralTemplate("Sprachinstitut Brückenschlag GmbH", "Berufssprachkurs B2"),
            new ReferralTemplate("Jugendamt Kreis Lotsenbrück", "Beratung zur Kindertagesbetreuung"),
            new ReferralTemplate("Gesundheitsamt Kreis Lotsenbrück", "Gesundheitsberatung und Impfungen"),
            new ReferralTemplate("Diakonisches Werk im Kreis Lotsenbrück", "Migrationsberatung für Erwachsene"),
            new ReferralTemplate("AWO Kreisverband Lotsenbrück e. V.", "Schuldnerberatung"));

    /** The kinds of referral the demo cycles through, so that every outcome and both kinds of overdue occur. */
    enum Kind { RECENT_NO_ANSWER, OVERDUE_NO_ANSWER, ACCEPTED, WAITING, WAITING_OVERDUE, COMPLETED, REFUSED, NO_RESPONSE }

    private record DemoCase(UUID id, UUID clientId, UUID caseManagerId, String status, LocalDate intakeDate) {
    }

    private final HelpPlanWork helpPlans;
    private final ReferralWork referrals;
    private final CaseClosure closure;
    private final CaseWork caseWork;
    private final ConsentLedger consents;
    private final Colleagues colleagues;
    private final Organisations organisations;
    private final JdbcClient jdbc;

    DemoHelpPlans(HelpPlanWork helpPlans, ReferralWork referrals, CaseClosure closure, CaseWork caseWork, ConsentLedger consents,
                  Colleagues colleagues, Organisations organisations, JdbcClient jdbc) {
        this.helpPlans = helpPlans;
        this.referrals = referrals;
        this.closure = closure;
        this.caseWork = caseWork;
        this.consents = consents;
        this.colleagues = colleagues;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select (select count(*) from casework.help_plan) + (select count(*) from casework.referral)")
                .query(Integer.class).single() > 0) {
            return;
        }
        Map<UUID, SignedInUser> caseManagers = new HashMap<>();
        for (String username : List.of("fallmanagement", "fallmanagement2", "teamleitung")) {
            colleagues.asSignedIn(username).ifPresent(u -> caseManagers.put(u.id(), u));
        }
        List<DemoCase> cases = jdbc.sql("""
                        select id, client_id, case_manager_id, status, intake_date from casework.client_case
                        where status in ('HELP_PLANNING', 'IMPLEMENTATION_AND_MONITORING') order by opened_at, id
                        """)
                .query((rs, n) -> new DemoCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
        Random random = new Random(20261122L);
        int[] referralCount = {0};
        int closed = 0;
        try {
            for (int i = 0; i < cases.size(); i++) {
                DemoCase demoCase = cases.get(i);
                SignedInUser caseManager = caseManagers.get(demoCase.caseManagerId());
                if (caseManager == null) {
                    continue;
                }
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(caseManager, null, List.of()));
                boolean implementing = demoCase.status().equals("IMPLEMENTATION_AND_MONITORING");
                int planVersion = plan(demoCase, implementing, random);
                int referralsOfCase = implementing ? 1 + random.nextInt(2) : random.nextInt(2);
                for (int r = 0; r < referralsOfCase; r++) {
                    refer(demoCase, Kind.values()[referralCount[0]++ % Kind.values().length], random);
                }
                if (implementing && i % 3 == 0) {
                    close(demoCase, planVersion, random);
                    closed++;
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo KIM unit: help plans for {} cases, {} referrals, {} cases closed with goal outcomes",
                cases.size(), referralCount[0], closed);
    }

    /** Goals and steps; returns the plan version after the last change. */
    private int plan(DemoCase demoCase, boolean implementing, Random random) {
        LocalDate today = LocalDate.now();
        LocalDate agreedOn = min(demoCase.intakeDate().plusDays(7 + random.nextInt(30)), today);
        int goals = 1 + random.nextInt(2);
        int first = random.nextInt(GOALS.size());
        Integer version = null;
        for (int g = 0; g < goals; g++) {
            GoalTemplate template = GOALS.get((first + g * 3) % GOALS.size());
            UUID goal = helpPlans.addGoal(demoCase.id(), version, template.lifeArea(), template.wording(), agreedOn);
            version = version == null ? 1 : version + 1;
            for (int s = 0; s < template.steps().size(); s++) {
                StepTemplate step = template.steps().get(s);
                LocalDate due = agreedOn.plusDays(14 + 21L * s + random.nextInt(60));
                UUID organisation = step.organisation() == null ? null : organisations.findByName(step.organisation()).orElseThrow().id();
                UUID stepId = helpPlans.addStep(demoCase.id(), goal, version, step.what(), step.actor(), organisation, due);
                version++;
                if (due.isBefore(today) && implementing) {
                    // Most past steps are done; some stay open, and so are overdue.
                    int roll = random.nextInt(10);
                    if (roll < 7) {
                        helpPlans.changeStep(demoCase.id(), stepId, version, step.what(), step.actor(), organisation, due, StepStatus.DONE);
                        version++;
                    } else if (roll == 7) {
                        helpPlans.changeStep(demoCase.id(), stepId, version, step.what(), step.actor(), organisation, due, StepStatus.DROPPED);
                        version++;
                    }
                }
            }
            if (g == 0 && random.nextInt(3) == 0) {
                // Goals get sharpened with the client: an earlier version keeps the first wording.
                helpPlans.changeGoal(demoCase.id(), goal, version, template.lifeArea(), template.wording() + " (gemeinsam konkretisiert)", agreedOn);
                version++;
            }
        }
        return version;
    }

    private void refer(DemoCase demoCase, Kind kind, Random random) {
        LocalDate today = LocalDate.now();
        ReferralTemplate template = REFERRALS.get(random.nextInt(REFERRALS.size()));
        UUID recipient = organisations.findByName(template.organisation()).orElseThrow().id();
        long daysSinceIntake = Math.max(0, ChronoUnit.DAYS.between(demoCase.intakeDate(), today));
        LocalDate referredOn = switch (kind) {
            case RECENT_NO_ANSWER -> today.minusDays(Math.min(daysSinceIntake, random.nextInt(10)));
            case OVERDUE_NO_ANSWER -> today.minusDays(Math.min(daysSinceIntake, 20 + random.nextInt(40)));
            default -> today.minusDays(Math.min(daysSinceIntake, 20 + random.nextInt(200)));
        };
        consents.record(new ConsentLedger.NewConsent(demoCase.clientId(), ConsentPurpose.REFERRAL, Set.of(recipient),
                ReferralWork.DATA_PASSED_ON, referredOn, ConsentForm.SIGNED_PAPER, null, null));
        UUID referral = referrals.refer(demoCase.id(), recipient, null, template.purpose(), referredOn);
        LocalDate answeredOn = min(referredOn.plusDays(3 + random.nextInt(10)), today);
        switch (kind) {
            case RECENT_NO_ANSWER, OVERDUE_NO_ANSWER -> {
            }
            case ACCEPTED -> referrals.recordOutcome(demoCase.id(), referral, 0, ReferralOutcome.ACCEPTED, null, null, answeredOn);
            case WAITING -> referrals.recordOutcome(demoCase.id(), referral, 0, ReferralOutcome.WAITING,
                    today.plusDays(10 + random.nextInt(60)), null, answeredOn);
            case WAITING_OVERDUE -> referrals.recordOutcome(demoCase.id(), referral, 0, ReferralOutcome.WAITING,
                    today.minusDays(1 + random.nextInt(20)), null, answeredOn);
            case COMPLETED -> {
                referrals.recordOutcome(demoCase.id(), referral, 0, ReferralOutcome.WAITING, answeredOn.plusDays(30), null, answeredOn);
                referrals.recordOutcome(demoCase.id(), referral, 1, ReferralOutcome.ACCEPTED, null, null, min(answeredOn.plusDays(20), today));
                referrals.recordOutcome(demoCase.id(), referral, 2, ReferralOutcome.COMPLETED, null, null, today);
            }
            case REFUSED -> referrals.recordOutcome(demoCase.id(), referral, 0, ReferralOutcome.REFUSED, null,
                    "Kein freier Platz im Einzugsgebiet; Warteliste geschlossen", answeredOn);
            case NO_RESPONSE -> referrals.recordOutcome(demoCase.id(), referral, 0, ReferralOutcome.NO_RESPONSE, null, null, today);
        }
    }

    private void close(DemoCase demoCase, int planVersion, Random random) {
        PlanView plan = helpPlans.current(demoCase.id()).orElseThrow();
        Map<UUID, HelpPlanWork.Ending> endings = new HashMap<>();
        for (PlanView.Goal goal : plan.openGoals()) {
            GoalOutcome outcome = GoalOutcome.values()[random.nextInt(GoalOutcome.values().length)];
            endings.put(goal.id(), new HelpPlanWork.Ending(outcome, outcome.needsReason()
                    ? "Die Person hat andere Prioritäten gesetzt; mit ihr besprochen" : null));
        }
        int caseVersion = caseWork.get(demoCase.id()).orElseThrow().version();
        boolean allReached = endings.values().stream().allMatch(e -> e.outcome() == GoalOutcome.REACHED);
        closure.close(demoCase.id(), caseVersion, planVersion, allReached ? ClosureReason.GOALS_REACHED : ClosureReason.ENDED_BY_CLIENT,
                LocalDate.now().minusDays(random.nextInt(5)), endings);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
