package de.lotse.structure.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.FindingRaised;
import de.lotse.network.LifeArea;
import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The structural work of the demo KIM unit: about 400 findings over two years across barrier categories and
 * Kommunen, twelve topics in every state of the backlog, some findings still waiting for triage and some answered,
 * two working groups and a project group with meetings, tasks and proposals.
 * Created once, with a fixed seed, through the same services as real work.
 */
@Component
@Profile("demo")
@Order(45)
class DemoStructure implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStructure.class);
    static final int FINDINGS = 400;

    record Theme(String title, String description, LifeArea lifeArea, String category, TopicStatus status,
                 TopicPriority priority, List<String> findings) {
    }

    static final List<Theme> THEMES = List.of(
            new Theme("Wohnsitzauflage und Arbeitsaufnahme", "Wohnsitzauflagen verhindern oder verzögern die Aufnahme einer Arbeit außerhalb des Kreises.",
                    LifeArea.WORK, "LEGAL_RESTRICTION", TopicStatus.DECIDED, TopicPriority.HIGH, List.of(
                    "Arbeitsangebot in der Nachbarstadt, Umverteilung wegen Wohnsitzauflage dauert über drei Monate",
                    "Stelle im Nachbarkreis verfallen, weil die Streichung der Wohnsitzauflage zu lange dauerte",
                    "Wohnsitzauflage: Zuständigkeit zwischen den Ausländerbehörden unklar, Arbeitsbeginn verschoben")),
            new Theme("Wartezeiten auf Integrationskurse mit Kinderbetreuung", "Kurse mit Kinderbetreuung sind im Südkreis auf Monate ausgebucht.",
                    LifeArea.LANGUAGE, "WAITING_TIME", TopicStatus.IN_PROGRESS, TopicPriority.HIGH, List.of(
                    "Integrationskurs mit Kinderbetreuung: Wartezeit über sechs Monate",
                    "Mütter mit Kleinkindern finden keinen Kurs mit Kinderbetreuung",
                    "Kinderbetreuung im Integrationskurs fehlt, Kursabbruch nach zwei Wochen")),
            new Theme("Anerkennung ausländischer Pflegeabschlüsse", "Anerkennungsverfahren für Pflegefachkräfte dauern über ein Jahr.",
                    LifeArea.RECOGNITION, "WAITING_TIME", TopicStatus.FOR_DECISION, TopicPriority.MEDIUM, List.of(
                    "Anerkennung des Pflegeabschlusses dauert bei der Bezirksregierung über ein Jahr",
                    "Pflegefachkraft arbeitet als Hilfskraft, Anerkennungsverfahren ohne Rückmeldung",
                    "Anpassungslehrgang Pflege im Kreis nicht verfügbar")),
            new Theme("Rechtskreiswechsel AsylbLG zu SGB II", "Nach der Anerkennung entstehen Lücken zwischen Sozialamt und Jobcenter.",
                    LifeArea.FINANCES_BENEFITS, "LEGAL_DOMAIN_GAP", TopicStatus.IMPLEMENTED, TopicPriority.HIGH, List.of(
                    "Nach Anerkennung zwei Monate ohne Leistungen zwischen Sozialamt und Jobcenter",
                    "Rechtskreiswechsel: Mietkosten nicht übernommen, Zuständigkeit ungeklärt",
                    "Jobcenter verlangt Unterlagen, die beim Sozialamt liegen")),
            new Theme("Schulplätze für Seiteneinsteiger", "Neu zugewanderte Kinder warten auf einen Schulplatz.",
                    LifeArea.CHILDCARE_SCHOOL, "WAITING_TIME", TopicStatus.IN_PROGRESS, TopicPriority.MEDIUM, List.of(
                    "Seiteneinsteiger warten über vier Monate auf einen Schulplatz",
                    "Keine Sprachförderklasse an der weiterführenden Schule im Ort",
                    "Schulplatzvergabe für zugewanderte Jugendliche über 16 ungeklärt")),
            new Theme("Terminvergabe der Ausländerbehörde", "Online-Termine sind nach Minuten vergeben; Fiktionsbescheinigungen laufen ab.",
                    LifeArea.RESIDENCE, "DIGITAL_ACCESS", TopicStatus.DECIDED, TopicPriority.HIGH, List.of(
                    "Online-Terminvergabe der Ausländerbehörde nach wenigen Minuten ausgebucht",
                    "Fiktionsbescheinigung abgelaufen, weil kein Termin zu bekommen war",
                    "Terminbuchung nur online und nur auf Deutsch")),
            new Theme("Sprachmittlung im Gesundheitswesen", "Facharztpraxen und Kliniken haben keine Sprachmittlung.",
                    LifeArea.HEALTH, "LANGUAGE", TopicStatus.COLLECTED, null, List.of(
                    "Keine Sprachmittlung beim Facharzttermin, Termin abgebrochen",
                    "Klinik lehnt Sprachmittlung per Telefon ab",
                    "Kosten der Sprachmittlung bei Arztbesuchen ungeklärt")),
            new Theme("Wohnraum für große Familien", "Für Familien ab sechs Personen gibt es kaum Wohnungen.",
                    LifeArea.HOUSING, "MISSING_OFFER", TopicStatus.DEFERRED, TopicPriority.LOW, List.of(
                    "Familie mit sieben Personen seit zwei Jahren in der Gemeinschaftsunterkunft",
                    "Keine Wohnung für große Familien im Kreis, Mietobergrenze zu niedrig",
                    "Wohnberechtigungsschein für große Familien wirkungslos")),
            new Theme("Unklare Zuständigkeit bei Jugendlichen ab 18", "Beim Übergang aus der Jugendhilfe fühlt sich niemand zuständig.",
                    LifeArea.FAMILY, "UNCLEAR_RESPONSIBILITY", TopicStatus.COLLECTED, null, List.of(
                    "Junger Volljähriger aus der Jugendhilfe entlassen, keine Anschlussbetreuung",
                    "Zuständigkeit zwischen Jugendamt und Jobcenter für 18-Jährige unklar",
                    "Übergang aus der Jugendhilfe ohne Wohnung und ohne Ansprechperson")),
            new Theme("Dokumente für die Einbürgerung", "Nachweise aus dem Herkunftsland sind kaum zu beschaffen.",
                    LifeArea.RESIDENCE, "DOCUMENTS", TopicStatus.FOR_DECISION, TopicPriority.MEDIUM, List.of(
                    "Geburtsurkunde aus dem Herkunftsland nicht zu beschaffen, Einbürgerung stockt",
                    "Identitätsklärung verlangt Dokumente, die es nicht gibt",
                    "Passbeschaffung bei der Botschaft unzumutbar, kein Ersatz akzeptiert")),
            new Theme("Digitale Antragstellung beim Jobcenter", "Anträge nur online; ohne Gerät und Deutschkenntnisse kein Zugang.",
                    LifeArea.FINANCES_BENEFITS, "DIGITAL_ACCESS", TopicStatus.CLOSED, TopicPriority.LOW, List.of(
                    "Weiterbewilligungsantrag nur online möglich, kein Endgerät vorhanden",
                    "Jobcenter-Portal nur auf Deutsch, Antrag fehlerhaft",
                    "Keine Hilfe bei der Online-Antragstellung vor Ort")),
            new Theme("Erstorientierung in den kleinen Kommunen", "Außerhalb der Kreisstadt fehlen Erstorientierungsangebote.",
                    LifeArea.FIRST_ORIENTATION, "MISSING_OFFER", TopicStatus.IN_PROGRESS, null, List.of(
                    "Kein Erstorientierungskurs in erreichbarer Nähe",
                    "Busverbindung zum Kurs in der Kreisstadt fehlt",
                    "Erstorientierung nur vormittags, Teilnahme neben Arbeit unmöglich")));

    private void demoGroups(List<UUID> topicIds, Instant now) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Berlin"));
        UUID work = groups.create("Facharbeitsgruppe Arbeit und Aufenthalt", Groups.Kind.WORKING, null,
                "Jobcenter, Agentur für Arbeit, ABH und Case Management zu Arbeitsmarktzugang und Aufenthalt.");
        UUID language = groups.create("Facharbeitsgruppe Sprache und Bildung", Groups.Kind.WORKING, null,
                "Kursträger, Schulamt, Kommunen und KI zu Sprachkursen, Schule und Ausbildung.");
        UUID project = groups.create("Projektgruppe Terminvergabe ABH", Groups.Kind.PROJECT, topicIds.get(5),
                "Befristet bis zur Entscheidung der Lenkungsgruppe.");
        for (String username : List.of("koordination", "abh", "fallmanagement")) {
            colleagues.asSignedIn(username).ifPresent(u -> {
                groups.addMember(work, u.id(), u.displayName(), u.organisationName());
                groups.addMember(project, u.id(), u.displayName(), u.organisationName());
            });
        }
        colleagues.asSignedIn("koordination").ifPresent(u -> groups.addMember(language, u.id(), u.displayName(), u.organisationName()));
        UUID external = groups.addMember(work, null, "Jens Hartmann", "Handwerkskammer");
        UUID schoolOffice = groups.addMember(language, null, "Birgit Sommer", "Schulamt für den Kreis Lotsenbrück");
        groups.addMember(project, null, "Ömer Yıldız", "Integrationsrat");

        UUID met = groups.planMeeting(work, today.minusDays(60), "1. Wohnsitzauflage und Arbeitsaufnahme\n2. Bericht aus den Kommunen");
        groups.recordMinutes(work, met, "Umverteilungen dauern im Mittel elf Wochen. Die ABH prüft eine feste Ansprechperson.", 0);
        groups.planMeeting(work, today.plusDays(14), "1. Entwurf des Lösungsvorschlags\n2. Verschiedenes");
        UUID lang = groups.planMeeting(language, today.minusDays(30), "1. Kurse mit Kinderbetreuung\n2. Seiteneinsteiger");
        groups.recordMinutes(language, lang, "Zwei Träger können ab Herbst Kinderbetreuung anbieten, wenn Räume gefunden werden.", 0);
        UUID pm = groups.planMeeting(project, today.minusDays(20), "1. Zahlen zur Terminvergabe\n2. Vorschlag an die Lenkungsgruppe");
        groups.recordMinutes(project, pm, "Ein Kontingent telefonischer Termine für Case Management wird vorgeschlagen.", 0);

        groups.addTask(work, "Zahlen zu Umverteilungen aus der ABH anfordern", external, today.minusDays(5));
        UUID done = groups.addTask(language, "Raumangebote der Kommunen sammeln", schoolOffice, today.minusDays(10));
        groups.completeTask(language, done, 0);
        groups.addTask(language, "Bedarf an Kursplätzen mit Kinderbetreuung schätzen", schoolOffice, today.plusDays(20));

        UUID p1 = groups.draftProposal(work, topicIds.get(0), "Die ABH benennt eine feste Ansprechperson für Umverteilungen bei "
                + "Arbeitsangeboten und entscheidet binnen zwei Wochen.", "Keine verfallenen Stellenangebote wegen Wohnsitzauflage",
                "Keine zusätzlichen Kosten", List.of());
        groups.submitProposal(work, p1, 0);
        UUID p2 = groups.draftProposal(work, topicIds.get(2), "Ein Anpassungslehrgang Pflege wird mit dem Bildungsträger im Kreis eingerichtet.",
                "Pflegefachkräfte arbeiten früher in ihrem Beruf", "35.000 € im Jahr", List.of());
        groups.submitProposal(work, p2, 0);
        groups.draftProposal(language, topicIds.get(1), "Zwei zusätzliche Integrationskurse mit Kinderbetreuung im Südkreis.",
                "Wartezeit unter drei Monate", "Räume und Kinderbetreuung: 18.000 € im Jahr", List.of());
        UUID p4 = groups.draftProposal(project, topicIds.get(5), "Ein Kontingent telefonischer Termine der ABH für das Case Management.",
                "Keine abgelaufenen Fiktionsbescheinigungen mehr", "Keine zusätzlichen Kosten", List.of());
        groups.submitProposal(project, p4, 0);
        UUID p5 = groups.draftProposal(work, topicIds.get(9), "Eine Liste anerkannter Ersatznachweise für Urkunden aus dem Herkunftsland.",
                "Einbürgerungen stocken seltener an Dokumenten", "Keine zusätzlichen Kosten", List.of());
        groups.submitProposal(work, p5, 0);
    }

    /** The steps a topic goes through to reach a status, so that its history reads as real work did. */
    static List<TopicStatus> pathTo(TopicStatus status) {
        return switch (status) {
            case COLLECTED -> List.of();
            case IN_PROGRESS -> List.of(TopicStatus.IN_PROGRESS);
            case FOR_DECISION -> List.of(TopicStatus.IN_PROGRESS, TopicStatus.FOR_DECISION);
            case DECIDED -> List.of(TopicStatus.IN_PROGRESS, TopicStatus.FOR_DECISION, TopicStatus.DECIDED);
            case IMPLEMENTED -> List.of(TopicStatus.IN_PROGRESS, TopicStatus.FOR_DECISION, TopicStatus.DECIDED, TopicStatus.IMPLEMENTED);
            case CLOSED -> List.of(TopicStatus.IN_PROGRESS, TopicStatus.FOR_DECISION, TopicStatus.DECIDED, TopicStatus.CLOSED);
            case DEFERRED -> List.of(TopicStatus.IN_PROGRESS, TopicStatus.DEFERRED);
        };
    }

    private final Findings findings;
    private final Topics topics;
    private final Notifications notifications;
    private final Colleagues colleagues;
    private final Municipalities municipalities;
    private final JdbcClient jdbc;
    private final Groups groups;

    DemoStructure(Findings findings, Topics topics, Notifications notifications, Colleagues colleagues,
                  Municipalities municipalities, JdbcClient jdbc, Groups groups) {
        this.groups = groups;
        this.findings = findings;
        this.topics = topics;
        this.notifications = notifications;
        this.colleagues = colleagues;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from structure.topic").query(Integer.class).single() > 0) {
            return;
        }
        Random random = new Random(20261121L);
        List<Municipality> kommunen = municipalities.findAllByOrderByName();
        List<SignedInUser> raisers = List.of("meldung", "fallmanagement", "fallmanagement2", "teamleitung").stream()
                .map(u -> colleagues.asSignedIn(u).orElseThrow()).toList();
        SignedInUser coordinator = colleagues.asSignedIn("koordination").orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

        List<UUID> topicIds = new ArrayList<>();
        for (Theme theme : THEMES) {
            topicIds.add(topics.open(new TopicForm(theme.title(), theme.description(), List.of(theme.lifeArea()),
                    List.of(theme.category()), List.of(), null), coordinator.id()));
        }
        for (int i = 0; i < FINDINGS; i++) {
            int themeIndex = random.nextInt(THEMES.size());
            Theme theme = THEMES.get(themeIndex);
            SignedInUser raiser = raisers.get(random.nextInt(raisers.size()));
            Instant raisedAt = now.minus(random.nextInt(730), ChronoUnit.DAYS).minus(random.nextInt(600), ChronoUnit.MINUTES);
            UUID kommune = random.nextInt(5) == 0 ? null : kommunen.get(random.nextInt(kommunen.size())).id();
            String text = theme.findings().get(random.nextInt(theme.findings().size()));
            UUID id;
            if (raiser.username().equals("meldung")) {
                id = findings.report(new Findings.NewFinding(theme.lifeArea().name(), theme.category(), List.of(), kommune, text,
                        null, raiser.id(), raiser.organisationId(), raisedAt));
            } else {
                id = UUID.randomUUID();
                findings.receive(new FindingRaised(id, null, theme.lifeArea().name(), theme.category(), List.of(), kommune, text,
                        raiser.id(), raiser.organisationId(), raisedAt));
            }
            // The newest findings wait for triage; a few were answered on their own; the rest feed their topic.
            boolean recent = raisedAt.isAfter(now.minus(21, ChronoUnit.DAYS));
            if (recent) {
                continue;
            }
            if (random.nextInt(25) == 0) {
                findings.answer(id, "Danke für die Meldung. Dazu gibt es bereits eine Lösung: Bitte wenden Sie sich an die Koordination im KI.", 0);
            } else {
                findings.file(id, topicIds.get(themeIndex), theme.title(), 0);
            }
        }
        for (int t = 0; t < THEMES.size(); t++) {
            Theme theme = THEMES.get(t);
            UUID id = topicIds.get(t);
            if (theme.priority() != null) {
                topics.prioritise(id, theme.priority(), topics.get(id).orElseThrow().version());
            }
            for (TopicStatus step : pathTo(theme.status())) {
                topics.moveTo(id, step, topics.get(id).orElseThrow().version(), coordinator.id());
            }
        }
        demoGroups(topicIds, now);
        // Old news is read; what is unread is what the demo reporter would find today.
        raisers.forEach(r -> notifications.markAllRead(r.id()));
        log.info("Demo structural work: {} findings, {} topics", FINDINGS, THEMES.size());
    }
}
