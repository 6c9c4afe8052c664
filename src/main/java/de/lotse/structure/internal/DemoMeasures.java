package de.lotse.structure.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Measures of the demo KIM unit for the Lenkungsgruppe's consensus decisions (recorded by the steering demo just
 * before): in every status, with milestones done, open and overdue, started within the two years of demo findings so
 * that the topic pages show an effect. Created once, through the same service as real work, each step dated back
 * to when it would have happened. Without decisions there is nothing to do.
 */
@Component
@Profile("demo")
@Order(48)
class DemoMeasures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeasures.class);

    /** A milestone {@code due} days after the measure's start; a late one stays open past its date. */
    record Stone(String title, int due, int weight, boolean late) {

        static Stone of(String title, int due, int weight) {
            return new Stone(title, due, weight, false);
        }

        static Stone late(String title, int due, int weight) {
            return new Stone(title, due, weight, true);
        }
    }

    /** A measure as it should stand today; it starts {@code startAfter} days after its decision. */
    record Plan(String title, String description, String owner, String responsible, MeasureStatus status, int startAfter,
                List<Stone> milestones) {
    }

    static final String KI = "Kommunales Integrationszentrum Kreis Lotsenbrück";
    static final String ABH = "Ausländer- und Einbürgerungsbehörde Kreis Lotsenbrück";
    static final String JOBCENTER = "Jobcenter Kreis Lotsenbrück";
    static final String SOCIAL_OFFICE = "Sozialamt Kreis Lotsenbrück";

    /** The measures of each demo topic, by the topic's title (DemoStructure.THEMES). */
    static final Map<String, List<Plan>> PLANS = Map.of(
            DemoStructure.THEMES.get(0).title(), List.of(
                    new Plan("Feste Ansprechperson für Umverteilungen bei Arbeitsangeboten",
                            "Die ABH benennt eine Ansprechperson und entscheidet über Umverteilungen bei Arbeitsangeboten binnen zwei Wochen.",
                            ABH, "Katrin Vogt, Sachgebietsleitung Aufenthalt", MeasureStatus.RUNNING, 14, List.of(
                            Stone.of("Ansprechperson benannt und bekannt gemacht", 30, 1),
                            Stone.of("Verfahrensabsprache mit den Nachbarkreisen", 120, 2),
                            Stone.of("Auswertung: Entscheidungen binnen zwei Wochen", 420, 3))),
                    new Plan("Merkblatt für Arbeitgeber zur Wohnsitzauflage",
                            "Jobcenter und Kammern erklären Arbeitgebern, wie eine Einstellung trotz Wohnsitzauflage gelingt.",
                            JOBCENTER, "Martin Kühn, Bereichsleitung Markt und Integration", MeasureStatus.DELAYED, 30, List.of(
                            Stone.of("Entwurf des Merkblatts", 30, 1),
                            Stone.late("Abstimmung mit Handwerkskammer und IHK", 75, 2),
                            Stone.of("Versand an die Arbeitgeber im Kreis", 240, 1)))),
            DemoStructure.THEMES.get(5).title(), List.of(
                    new Plan("Telefonkontingent der ABH für das Case Management",
                            "Wöchentlich zwanzig Termine, die das Case Management telefonisch vergibt.",
                            ABH, "Katrin Vogt, Sachgebietsleitung Aufenthalt", MeasureStatus.RUNNING, 10, List.of(
                            Stone.of("Kontingent mit der ABH vereinbart", 14, 1),
                            Stone.late("Vertretungsregel für Urlaubszeiten", 45, 1),
                            Stone.of("Auswertung nach einem halben Jahr", 200, 2))),
                    new Plan("Terminbuchung auch auf Englisch, Arabisch und Ukrainisch",
                            "Die Online-Terminbuchung der ABH wird übersetzt; Hinweise in leichter Sprache.",
                            KI, "Serkan Aydın, Koordination KIM", MeasureStatus.PLANNED, 120, List.of(
                            Stone.of("Texte übersetzt", 60, 1),
                            Stone.of("Freischaltung der Sprachfassungen", 120, 2)))),
            DemoStructure.THEMES.get(3).title(), List.of(
                    new Plan("Übergabebogen Sozialamt – Jobcenter beim Rechtskreiswechsel",
                            "Ein gemeinsamer Bogen begleitet jeden Wechsel; Leistungen laufen ohne Lücke weiter.",
                            SOCIAL_OFFICE, "Andrea Lüking, Amtsleitung", MeasureStatus.IMPLEMENTED, 21, List.of(
                            Stone.of("Bogen abgestimmt", 30, 1),
                            Stone.of("Schulung der Sachbearbeitung", 75, 1),
                            Stone.of("Einsatz in allen Kommunen", 150, 2))),
                    new Plan("Gemeinsame Sprechstunde am Tag der Anerkennung",
                            "Sozialamt und Jobcenter beraten am selben Tag am selben Ort.",
                            JOBCENTER, "Martin Kühn, Bereichsleitung Markt und Integration", MeasureStatus.IMPLEMENTED, 45, List.of(
                            Stone.of("Räume und Zeiten vereinbart", 30, 1),
                            Stone.of("Erste Sprechstunde", 60, 1))),
                    new Plan("Digitale Aktenübergabe zwischen Sozialamt und Jobcenter",
                            "Verworfen: Die Datenschutzprüfung ergab, dass die Übergabe ohne Einwilligung nicht zulässig ist.",
                            JOBCENTER, "Martin Kühn, Bereichsleitung Markt und Integration", MeasureStatus.DISCARDED, 60, List.of(
                            Stone.of("Datenschutzprüfung", 45, 1)))),
            DemoStructure.THEMES.get(10).title(), List.of(
                    new Plan("Antragshilfe vor Ort in den Stadtteilbüros",
                            "Ehrenamtliche und das Jobcenter helfen in drei Stadtteilbüros bei Online-Anträgen.",
                            JOBCENTER, "Martin Kühn, Bereichsleitung Markt und Integration", MeasureStatus.IMPLEMENTED, 30, List.of(
                            Stone.of("Ehrenamtliche geschult", 45, 1),
                            Stone.of("Sprechzeiten in drei Stadtteilbüros", 90, 2)))));

    private final Measures measures;
    private final Decisions decisions;
    private final Topics topics;
    private final Notifications notifications;
    private final Organisations organisations;
    private final Colleagues colleagues;
    private final JdbcClient jdbc;

    DemoMeasures(Measures measures, Decisions decisions, Topics topics, Notifications notifications, Organisations organisations,
                 Colleagues colleagues, JdbcClient jdbc) {
        this.measures = measures;
        this.decisions = decisions;
        this.topics = topics;
        this.notifications = notifications;
        this.organisations = organisations;
        this.colleagues = colleagues;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from structure.measure").query(Integer.class).single() > 0) {
            return;
        }
        List<Decisions.Decision> consensus = decisions.consensus().stream()
                .sorted(Comparator.comparing(Decisions.Decision::meetingDate)).toList();
        if (consensus.isEmpty()) {
            log.info("Demo measures: no consensus decisions yet, none created");
            return;
        }
        SignedInUser coordinator = colleagues.asSignedIn("koordination").orElseThrow();
        LocalDate today = Measures.today();
        Map<UUID, List<Decisions.Decision>> byTopic = new LinkedHashMap<>();
        consensus.forEach(d -> byTopic.computeIfAbsent(d.topicId(), k -> new ArrayList<>()).add(d));
        Set<MeasureStatus> made = EnumSet.noneOf(MeasureStatus.class);
        int count = 0;
        for (Map.Entry<UUID, List<Decisions.Decision>> entry : byTopic.entrySet()) {
            Topic topic = topics.get(entry.getKey()).orElseThrow();
            List<Decisions.Decision> taken = entry.getValue();
            List<Plan> plans = PLANS.getOrDefault(topic.title(), List.of(fallback(topic)));
            // A topic's measures are shared out over its decisions, oldest first: older decisions have come further.
            for (int i = 0; i < plans.size(); i++) {
                Decisions.Decision decision = taken.get(i % taken.size());
                build(plans.get(i), decision, coordinator, today);
                made.add(plans.get(i).status());
                count++;
            }
        }
        // Old news is read, as in the rest of the demo's structural work.
        jdbc.sql("select distinct recipient from structure.notification where read_at is null").query(UUID.class).list()
                .forEach(notifications::markAllRead);
        log.info("Demo measures: {} measures for {} decisions, statuses {}", count, consensus.size(), made);
    }

    private static Plan fallback(Topic topic) {
        return new Plan("Umsetzung: " + topic.title(), "Die Koordination setzt den Beschluss mit den beteiligten Organisationen um.",
                KI, "Serkan Aydın, Koordination KIM", MeasureStatus.RUNNING, 20, List.of(
                Stone.of("Auftakt mit den Beteiligten", 20, 1),
                Stone.of("Zwischenbericht an die Lenkungsgruppe", 180, 2)));
    }

    /** Creates one measure and takes it, step by step and dated, to where the plan says it stands today. */
    private void build(Plan plan, Decisions.Decision decision, SignedInUser by, LocalDate today) {
        LocalDate created = earliest(decision.meetingDate().plusDays(3), today);
        // A measure that has begun began after its decision and at least a week ago, so that something happened since.
        LocalDate start = plan.status() == MeasureStatus.PLANNED || plan.status() == MeasureStatus.DISCARDED ? null
                : latest(decision.meetingDate().plusDays(1), earliest(decision.meetingDate().plusDays(plan.startAfter()), today.minusDays(7)));
        UUID owner = organisations.findByName(plan.owner()).map(Organisation::id)
                .orElseGet(() -> organisations.findActive().getFirst().id());
        UUID id = on(created, () -> measures.create(new MeasureForm(decision.id(), plan.title(), plan.description(), owner,
                plan.responsible(), start, null), by));
        jdbc.sql("update structure.measure set created_at = :at, updated_at = :at where id = :id")
                .param("at", at(created)).param("id", id).update();
        LocalDate base = start != null ? start : decision.meetingDate().plusDays(plan.startAfter());
        List<UUID> stones = new ArrayList<>();
        for (Stone stone : plan.milestones()) {
            stones.add(on(created, () -> measures.addMilestone(id, new MilestoneForm(stone.title(), dueOf(stone, base, start, today),
                    stone.weight(), null), by)));
        }
        if (start == null) {
            if (plan.status() == MeasureStatus.DISCARDED) {
                on(earliest(created.plusDays(45), today), () -> moveTo(id, MeasureStatus.DISCARDED, by));
            }
            return;
        }
        on(start, () -> moveTo(id, MeasureStatus.RUNNING, by));
        LocalDate lastDone = start;
        boolean finishing = plan.status() == MeasureStatus.IMPLEMENTED;
        for (int i = 0; i < stones.size(); i++) {
            Stone stone = plan.milestones().get(i);
            LocalDate due = dueOf(stone, base, start, today);
            LocalDate doneOn = latest(start, earliest(due.minusDays(2), today));
            boolean done = finishing || (!stone.late() && !due.minusDays(2).isAfter(today));
            if (done) {
                UUID milestone = stones.get(i);
                on(doneOn, () -> measures.completeMilestone(id, milestone, 0, doneOn, by));
                lastDone = latest(lastDone, doneOn);
            } else if (stone.late() && plan.status() == MeasureStatus.DELAYED) {
                on(earliest(due.plusDays(3), today), () -> moveTo(id, MeasureStatus.DELAYED, by));
            }
        }
        if (finishing) {
            on(lastDone, () -> moveTo(id, MeasureStatus.IMPLEMENTED, by));
        }
    }

    /**
     * When a milestone is due. A late one is overdue today whenever the decision was taken: at the latest five days
     * ago, and after the start, which lies at least a week back.
     */
    private static LocalDate dueOf(Stone stone, LocalDate base, LocalDate start, LocalDate today) {
        LocalDate due = base.plusDays(stone.due());
        if (!stone.late() || start == null) {
            return due;
        }
        return latest(start.plusDays(1), earliest(due, today.minusDays(5)));
    }

    private void moveTo(UUID id, MeasureStatus status, SignedInUser by) {
        measures.moveTo(id, status, measures.get(id).orElseThrow().version(), by);
    }

    /** Runs a step and dates the history rows it wrote to {@code day}. */
    private <T> T on(LocalDate day, java.util.function.Supplier<T> step) {
        long before = jdbc.sql("select coalesce(max(id), 0) from structure.measure_change").query(Long.class).single();
        T result = step.get();
        jdbc.sql("update structure.measure_change set changed_at = :at where id > :before")
                .param("at", at(day)).param("before", before).update();
        return result;
    }

    private void on(LocalDate day, Runnable step) {
        on(day, () -> {
            step.run();
            return null;
        });
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(LocalTime.of(10, 0)).atZone(Measures.ZONE).toInstant());
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
