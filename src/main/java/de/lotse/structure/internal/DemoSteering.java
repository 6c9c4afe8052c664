package de.lotse.structure.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The demo Lenkungsgruppe of Kreis Lotsenbrück: every function's seat filled with a member and a deputy, four
 * meetings over the last two years (about every six months, the latest a few weeks ago) with agenda, attendance,
 * minutes and eleven decisions on the demo topics that are decided, implemented or closed (one of them postponed
 * first), and the next meeting planned with the topics now up for decision on its agenda.
 * Created once, after {@link DemoStructure}, through the same services as real work; the topics keep the status
 * DemoStructure gave them, because a decision never moves a topic back.
 */
@Component
@Profile("demo")
@Order(47)
class DemoSteering implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSteering.class);

    private record SeatHolder(String function, String name, String organisation, String username,
                              String deputyName, String deputyOrganisation, String deputyUsername) {
    }

    /** Organisations named here that the demo network has are chosen from it; the others are typed in. */
    private static final List<SeatHolder> SEATS = List.of(
            new SeatHolder("Kreisdirektor:in", "Dr. Annette Vogelsang", "Kreis Lotsenbrück", null,
                    "Frank Overbeck", "Kreis Lotsenbrück, Dezernat Jugend, Soziales und Gesundheit", null),
            new SeatHolder("Leitung Sozialamt", "Martina Schulte-Beckmann", "Sozialamt Kreis Lotsenbrück", null,
                    "Thomas Kleine-Hering", "Sozialamt Kreis Lotsenbrück", null),
            new SeatHolder("Leitung Jugendamt", "Jörg Hülsmann", "Jugendamt Kreis Lotsenbrück", null,
                    "Aylin Çelik", "Jugendamt Kreis Lotsenbrück", null),
            new SeatHolder("Leitung Gesundheitsamt", "Dr. Katrin Ebbinghaus", "Gesundheitsamt Kreis Lotsenbrück", null,
                    "Dr. Paul Wienand", "Gesundheitsamt Kreis Lotsenbrück", null),
            new SeatHolder("Leitung Ausländerbehörde", "Ralf Niehues", "Ausländer- und Einbürgerungsbehörde Kreis Lotsenbrück", null,
                    "Dirk Wessels", "Ausländer- und Einbürgerungsbehörde Kreis Lotsenbrück", "abh"),
            new SeatHolder("Leitung Jobcenter", "Dr. Helga Strothmann", "Jobcenter Kreis Lotsenbrück", "lenkungsgruppe",
                    "Michael Brinkmann", "Jobcenter Kreis Lotsenbrück", null),
            new SeatHolder("Leitung Agentur für Arbeit", "Susanne Tegeler", "Agentur für Arbeit Lotsenbrück", null,
                    "Oliver Frerichs", "Agentur für Arbeit Lotsenbrück", null),
            new SeatHolder("Bürgermeister:in oder Sozialdezernent:in einer Kommune", "Bernd Lückemeyer", "Stadt Lotsenbrück", null,
                    "Claudia Wittkamp", "Stadt Lotsenbrück", null),
            new SeatHolder("Bürgermeister:in oder Sozialdezernent:in einer Kommune", "Heike Austermann", "Stadt Altenweiler", null,
                    "Stefan Rüschoff", "Stadt Altenweiler", null),
            new SeatHolder("Sprecher:in der Freien Wohlfahrtspflege", "Gabriele Nolte", "Caritasverband für den Kreis Lotsenbrück e. V.", null,
                    "Hans-Peter Bökamp", "Diakonisches Werk im Kreis Lotsenbrück", null),
            new SeatHolder("Regionalkoordination des BAMF", "Nadine Hoffmeister", "Bundesamt für Migration und Flüchtlinge, Regionalkoordination", null,
                    "Kai Lohmann", "Bundesamt für Migration und Flüchtlinge, Regionalkoordination", null),
            new SeatHolder("Leitung Kommunales Integrationszentrum", "Sabine Rehkemper", "Kommunales Integrationszentrum Kreis Lotsenbrück", null,
                    "Tobias Brenner", "Kommunales Integrationszentrum Kreis Lotsenbrück", "koordination"));

    private static final String WORK_GROUP = "Facharbeitsgruppe Arbeit und Aufenthalt";
    private static final String PLACE = "Kreishaus Lotsenbrück, Sitzungssaal 2";

    private final SteeringGroup group;
    private final SteeringMeetings meetings;
    private final Decisions decisions;
    private final Topics topics;
    private final Groups groups;
    private final Organisations organisations;
    private final Colleagues colleagues;
    private final JdbcClient jdbc;

    DemoSteering(SteeringGroup group, SteeringMeetings meetings, Decisions decisions, Topics topics, Groups groups,
                 Organisations organisations, Colleagues colleagues, JdbcClient jdbc) {
        this.group = group;
        this.meetings = meetings;
        this.decisions = decisions;
        this.topics = topics;
        this.groups = groups;
        this.organisations = organisations;
        this.colleagues = colleagues;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from structure.steering_meeting").query(Integer.class).single() > 0) {
            return;
        }
        Map<String, UUID> topicIds = new HashMap<>();
        topics.all(null).forEach(t -> topicIds.put(t.title(), t.id()));
        if (!topicIds.keySet().containsAll(List.of(RESIDENCE_RULE, BENEFITS_GAP, APPOINTMENTS, DIGITAL, CARE, DOCUMENTS))) {
            log.warn("Demo Lenkungsgruppe skipped: the demo topics are missing");
            return;
        }
        SignedInUser coordinator = colleagues.asSignedIn("koordination").orElseThrow();
        fillSeats();

        LocalDate today = LocalDate.now(SteeringMeetings.ZONE);
        LocalDate first = thursdayOnOrAfter(today.minusMonths(21));
        LocalDate second = thursdayOnOrAfter(today.minusMonths(15));
        LocalDate third = thursdayOnOrAfter(today.minusMonths(9));
        LocalDate fourth = thursdayOnOrAfter(today.minusWeeks(7));
        LocalDate next = thursdayOnOrAfter(today.plusMonths(4).plusWeeks(2));

        UUID work = groups.all().stream().filter(g -> g.name().equals(WORK_GROUP)).map(Groups.Group::id).findFirst().orElseThrow();
        UUID handover = proposal(work, topicIds.get(BENEFITS_GAP), first.minusWeeks(5), "Sozialamt und Jobcenter vereinbaren eine "
                + "Übergabe bei Anerkennung: Das Sozialamt leitet die Unterlagen mit Einverständnis der Leistungsberechtigten binnen "
                + "einer Woche an das Jobcenter weiter.", "Keine Wochen ohne Leistungen nach der Anerkennung", "Keine zusätzlichen Kosten");
        UUID advance = proposal(work, topicIds.get(BENEFITS_GAP), first.minusWeeks(5), "Das Jobcenter zahlt beim Rechtskreiswechsel "
                + "auf Antrag einen Vorschuss, bis die Bewilligung vorliegt.", "Mieten und Lebensunterhalt bleiben gesichert",
                "Vorschüsse werden verrechnet");
        UUID consultation = proposal(work, topicIds.get(DIGITAL), first.minusWeeks(4), "Das Jobcenter bietet in seinen Geschäftsstellen "
                + "eine offene Sprechstunde zur Online-Antragstellung an, mit Sprachmittlung nach Bedarf.",
                "Anträge werden vollständig und rechtzeitig gestellt", "Zwei Stunden je Woche und Geschäftsstelle");
        UUID paper = proposal(work, topicIds.get(DIGITAL), second.minusWeeks(4), "Weiterbewilligungsanträge werden weiterhin auch "
                + "auf Papier angenommen; das Jobcenter weist in seinen Schreiben darauf hin.",
                "Niemand verliert Leistungen, weil ein Gerät fehlt", "Keine zusätzlichen Kosten");
        UUID contactPerson = submittedProposal(topicIds.get(RESIDENCE_RULE));
        UUID quota = submittedProposal(topicIds.get(APPOINTMENTS));

        UUID m1 = held(first, "Frau Dr. Vogelsang eröffnet die konstituierende Sitzung und stellt die Beschlussfähigkeit fest. "
                + "Die Lenkungsgruppe beschließt ihre Geschäftsordnung einvernehmlich: Sie tagt zweimal im Jahr und entscheidet im Konsens.\n\n"
                + "Die Koordination berichtet über die ersten Meldungen aus dem Case Management. Am häufigsten genannt werden Lücken "
                + "beim Rechtskreiswechsel und der Zugang zu Online-Anträgen des Jobcenters.\n\n"
                + "Zu TOP 3 und 4 beschließt die Lenkungsgruppe die Vorschläge der Facharbeitsgruppe Arbeit und Aufenthalt.", 0);
        free(m1, "Konstituierung und Geschäftsordnung der Lenkungsgruppe");
        free(m1, "Bericht der Koordination zu den ersten Meldungen");
        decide(m1, topicIds.get(BENEFITS_GAP), handover, null, null, coordinator);
        decide(m1, topicIds.get(BENEFITS_GAP), advance, null, null, coordinator);
        decide(m1, topicIds.get(DIGITAL), consultation, null, null, coordinator);

        UUID m2 = held(second, "Das Jobcenter berichtet, dass die offene Sprechstunde gut angenommen wird; Weiterbewilligungen "
                + "scheitern aber weiter, wenn kein Gerät vorhanden ist.\n\n"
                + "Die Koordination stellt die Meldungen zur Wohnsitzauflage vor: Stellenangebote außerhalb des Kreises verfallen, "
                + "weil Umverteilungen Monate dauern. Die Lenkungsgruppe gibt dem Thema hohe Priorität.", 1);
        free(m2, "Bericht der Koordination");
        decide(m2, topicIds.get(DIGITAL), paper, null, null, coordinator);
        decide(m2, topicIds.get(BENEFITS_GAP), null, "Das KI legt der Lenkungsgruppe halbjährlich Zahlen zu Leistungslücken beim "
                + "Rechtskreiswechsel vor.", null, coordinator);
        decide(m2, topicIds.get(RESIDENCE_RULE), null, "Die Ausländerbehörden im Kreis und in den Nachbarkreisen stimmen ihre "
                + "Zuständigkeit bei der Streichung der Wohnsitzauflage ab; das KI lädt zu einem ersten Gespräch ein.", null, coordinator);
        free(m2, "Verschiedenes");

        UUID m3 = held(third, "Die Projektgruppe Terminvergabe ABH stellt ihren Vorschlag vor. Die Ausländerbehörde kann die Zahl "
                + "der abgelaufenen Fiktionsbescheinigungen noch nicht beziffern; die Lenkungsgruppe vertagt den Punkt.\n\n"
                + "Sozialamt und Jobcenter berichten, dass die Übergabe bei Anerkennung funktioniert: Die Zeit ohne Leistungen ist "
                + "von im Mittel sieben auf zwei Wochen gesunken.", 2);
        free(m3, "Bericht der Koordination");
        decide(m3, topicIds.get(APPOINTMENTS), quota, "Die Lenkungsgruppe vertagt die Entscheidung über das Terminkontingent "
                + "der Ausländerbehörde auf die nächste Sitzung.", "Die Zahlen der Ausländerbehörde zur Terminvergabe liegen noch nicht vor. "
                + "Die Projektgruppe legt sie zur nächsten Sitzung vor.", coordinator);
        decide(m3, topicIds.get(DIGITAL), null, "Die Lenkungsgruppe nimmt den Bericht des Jobcenters zur Antragstellung zur Kenntnis. "
                + "Sprechstunde und Papierannahme haben sich bewährt; das Thema wird abgeschlossen.", null, coordinator);
        decide(m3, topicIds.get(BENEFITS_GAP), null, "Die Übergabe zwischen Sozialamt und Jobcenter wird als Standard in die "
                + "Kooperationsvereinbarung zum Rechtskreiswechsel aufgenommen.", null, coordinator);

        UUID m4 = held(fourth, "Die Ausländerbehörde legt die Zahlen vor: Im letzten Halbjahr liefen 46 Fiktionsbescheinigungen "
                + "ab, weil kein Termin zu bekommen war. Die Lenkungsgruppe beschließt das Terminkontingent.\n\n"
                + "Zur Wohnsitzauflage berichtet die Facharbeitsgruppe, dass Umverteilungen im Mittel elf Wochen dauern. "
                + "Die Lenkungsgruppe beschließt eine feste Ansprechperson in der ABH.", 3);
        free(m4, "Bericht der Koordination: Meldungen des letzten Halbjahrs");
        decide(m4, topicIds.get(APPOINTMENTS), quota, "Die Ausländerbehörde stellt dem Case Management ein festes Kontingent "
                + "telefonischer Termine zur Verfügung; Fiktionsbescheinigungen werden bei Bedarf ohne Termin verlängert.", null, coordinator);
        decide(m4, topicIds.get(RESIDENCE_RULE), contactPerson, null, null, coordinator);
        free(m4, "Verschiedenes");

        UUID upcoming = meetings.plan(next, LocalTime.of(14, 0), LocalTime.of(16, 30), PLACE,
                "Vertretung der Anerkennungsstelle der Bezirksregierung (zu den Pflegeabschlüssen)");
        free(upcoming, "Bericht der Koordination");
        meetings.addAllCandidates(upcoming);
        free(upcoming, "Verschiedenes");
        log.info("Demo Lenkungsgruppe: {} seats, 5 meetings, {} decisions", SEATS.size(), decisions.search(null, null).size());
    }

    static final String RESIDENCE_RULE = "Wohnsitzauflage und Arbeitsaufnahme";
    static final String BENEFITS_GAP = "Rechtskreiswechsel AsylbLG zu SGB II";
    static final String APPOINTMENTS = "Terminvergabe der Ausländerbehörde";
    static final String DIGITAL = "Digitale Antragstellung beim Jobcenter";
    static final String CARE = "Anerkennung ausländischer Pflegeabschlüsse";
    static final String DOCUMENTS = "Dokumente für die Einbürgerung";

    private void fillSeats() {
        Map<String, UUID> functions = new HashMap<>();
        group.functions().forEach(f -> functions.put(f.name(), f.id()));
        Map<String, UUID> network = new HashMap<>();
        organisations.findAll().forEach(o -> network.put(o.name(), o.id()));
        for (SeatHolder s : SEATS) {
            UUID function = functions.get(s.function());
            if (function == null) {
                continue;
            }
            group.addSeat(function, person(s.name(), s.organisation(), s.username(), network),
                    person(s.deputyName(), s.deputyOrganisation(), s.deputyUsername(), network));
        }
    }

    private SteeringGroup.Person person(String name, String organisation, String username, Map<String, UUID> network) {
        UUID organisationId = network.get(organisation);
        SignedInUser user = username == null ? null : colleagues.asSignedIn(username).orElse(null);
        return SteeringGroup.Person.of(name, organisationId, organisationId == null ? organisation : "",
                user == null ? null : user.id(), user == null ? null : user.username());
    }

    /** Who sent a deputy and who was absent, per meeting; the chair (seat 0) was at every one. */
    private static final int[][] DEPUTIES = {{4, 9}, {2, 7}, {5, 10}, {3, 8}};
    private static final int[] ABSENT = {6, 11, 1, 9};

    /** A past meeting with minutes and attendance: a few seats send their deputy, one is absent. */
    private UUID held(LocalDate day, String minutes, int turn) {
        UUID id = meetings.plan(day, LocalTime.of(14, 0), LocalTime.of(16, 0), PLACE, "");
        meetings.recordMinutes(id, minutes, 0);
        List<SteeringGroup.Seat> seats = group.activeSeats();
        Map<UUID, SteeringMeetings.Presence> presences = new HashMap<>();
        for (int i = 0; i < seats.size(); i++) {
            int seat = i;
            SteeringMeetings.Presence presence = SteeringMeetings.Presence.MEMBER;
            if (java.util.Arrays.stream(DEPUTIES[turn]).anyMatch(d -> d == seat)) {
                presence = SteeringMeetings.Presence.DEPUTY;
            } else if (ABSENT[turn] == seat) {
                presence = SteeringMeetings.Presence.ABSENT;
            }
            presences.put(seats.get(i).id(), presence);
        }
        meetings.recordAttendance(id, presences, 1);
        meetings.markHeld(id);
        return id;
    }

    private void free(UUID meeting, String title) {
        meetings.addFreeItem(meeting, title);
    }

    /**
     * A decision on an agenda item: the proposal's wording unless other wording is given; postponed when a reason is.
     * Recorded as of the meeting's afternoon, when it was taken.
     */
    private void decide(UUID meeting, UUID topic, UUID proposal, String wording, String postponedBecause, SignedInUser by) {
        UUID item = meetings.addToAgenda(meeting, topic, proposal);
        String text = wording != null ? wording : meetings.agendaItem(meeting, item).orElseThrow().proposalWording();
        Decisions.Outcome outcome = postponedBecause == null ? Decisions.Outcome.CONSENSUS : Decisions.Outcome.POSTPONED;
        UUID decision = decisions.record(meeting, item, new Decisions.Record(text, outcome, postponedBecause, null), by.id());
        jdbc.sql("""
                        update structure.decision d set recorded_at = (m.held_on + m.ends_at) at time zone 'Europe/Berlin'
                        from structure.steering_meeting m where m.id = d.meeting_id and d.id = :id
                        """)
                .param("id", decision).update();
    }

    private UUID proposal(UUID group, UUID topic, LocalDate draftedOn, String wording, String effect, String cost) {
        UUID id = groups.draftProposal(group, topic, wording, effect, cost, List.of());
        groups.submitProposal(group, id, 0);
        jdbc.sql("update structure.proposal set created_at = :at where id = :id")
                .param("at", java.sql.Timestamp.valueOf(draftedOn.atTime(10, 0))).param("id", id).update();
        return id;
    }

    /** The proposal DemoStructure's groups put before the Lenkungsgruppe on a topic. */
    private UUID submittedProposal(UUID topic) {
        return groups.proposalsOfTopic(topic).stream().filter(p -> p.status() == Groups.ProposalStatus.SUBMITTED)
                .map(Groups.Proposal::id).findFirst().orElse(null);
    }

    private static LocalDate thursdayOnOrAfter(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }
}
