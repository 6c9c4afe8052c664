package de.lotse.structure;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Lenkungsgruppe: a meeting is planned, its agenda built from a topic up for decision and the proposal submitted
 * on it, a decision recorded and numbered per year (also when recorded at the same moment), the topic decided and its
 * reporters told; postponing needs a reason; minutes and the year's decisions come as PDF, the invitation as
 * iCalendar; the members read everything and change nothing, case managers see none of it.
 */
@LotseIntegrationTest
class SteeringGroupIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final SignedInUser coordinator = new SignedInUser(UUID.randomUUID(), "test-coordinator", "Koordination", UUID.randomUUID(),
            "KI", Set.of(Role.COORDINATOR), false);

    // --- fixtures ---

    /** A year no other test has decisions in, so that its numbers start at 01. */
    int unusedYear() {
        while (true) {
            int year = ThreadLocalRandom.current().nextInt(2300, 3000);
            // The year after is kept free too, for the test that crosses into it.
            if (jdbc.sql("select count(*) from structure.decision where year in (:y, :y + 1)").param("y", year).query(Integer.class).single() == 0
                    && jdbc.sql("select count(*) from structure.steering_meeting where extract(year from held_on) in (:y, :y + 1)")
                    .param("y", year).query(Integer.class).single() == 0) {
                return year;
            }
        }
    }

    UUID planMeeting(LocalDate day, String place) throws Exception {
        String location = mvc.perform(post("/steering/meetings/new").with(TestUsers.as(coordinator)).with(csrf())
                        .param("heldOn", day.toString()).param("startsAt", "14:00").param("endsAt", "16:00").param("place", place))
                .andExpect(flash().attribute("notice", "steering.meeting.planned"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A topic up for decision, inserted as coordination's earlier work would have left it. */
    UUID topicForDecision(String title) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into structure.topic (id, title, description, status, created_by) values (:id, :t, '', 'FOR_DECISION', :by)")
                .param("id", id).param("t", title).param("by", coordinator.id()).update();
        return id;
    }

    UUID addToAgenda(UUID meeting, UUID topic, UUID proposal) throws Exception {
        var request = post("/steering/meetings/" + meeting + "/agenda").with(TestUsers.as(coordinator)).with(csrf())
                .param("topicId", topic.toString());
        if (proposal != null) {
            request.param("proposalId", proposal.toString());
        }
        mvc.perform(request).andExpect(flash().attribute("notice", "steering.agenda.added"));
        return jdbc.sql("select id from structure.steering_agenda_item where meeting_id = :m and topic_id = :t")
                .param("m", meeting).param("t", topic).query(UUID.class).single();
    }

    String recordConsensus(UUID meeting, UUID item, String wording) throws Exception {
        String location = mvc.perform(post("/steering/meetings/" + meeting + "/agenda/" + item + "/decision").with(TestUsers.as(coordinator))
                        .with(csrf()).param("wording", wording).param("outcome", "CONSENSUS"))
                .andExpect(flash().attribute("notice", "steering.decision.recorded"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID decision = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        return jdbc.sql("select number from structure.decision where id = :id").param("id", decision).query(String.class).single();
    }

    // --- tests ---

    @Test
    void aConsensusOnASubmittedProposalDecidesTheTopicAndTellsTheReporters() throws Exception {
        SignedInUser reporter = new SignedInUser(UUID.randomUUID(), "test-reporter", "Meldende Person", UUID.randomUUID(), "Jobcenter",
                Set.of(Role.REPORTER), false);
        mvc.perform(post("/findings/new").with(TestUsers.as(reporter)).with(csrf()).param("lifeArea", "WORK")
                .param("barrierCategory", "WAITING_TIME").param("description", "Sprachkurs für Pflegekräfte im Nordkreis fehlt seit einem Jahr"));
        UUID finding = jdbc.sql("select id from structure.finding where raised_by = :u").param("u", reporter.id()).query(UUID.class).single();
        mvc.perform(post("/backlog/findings/" + finding + "/new-topic").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("title", "Berufssprachkurse Pflege im Nordkreis"));
        UUID topic = jdbc.sql("select topic_id from structure.finding where id = :id").param("id", finding).query(UUID.class).single();
        for (String status : List.of("IN_PROGRESS", "FOR_DECISION")) {
            int version = jdbc.sql("select version from structure.topic where id = :id").param("id", topic).query(Integer.class).single();
            mvc.perform(post("/topics/" + topic + "/status").with(TestUsers.as(coordinator)).with(csrf())
                    .param("version", String.valueOf(version)).param("status", status));
        }
        mvc.perform(post("/groups/new").with(TestUsers.as(coordinator)).with(csrf()).param("name", "PG Berufssprachkurse Pflege")
                .param("kind", "PROJECT").param("topicId", topic.toString()));
        UUID group = jdbc.sql("select id from structure.work_group where topic_id = :t").param("t", topic).query(UUID.class).single();
        String wording = "Die VHS richtet ab dem Frühjahr einen Berufssprachkurs Pflege in Nordhausen ein.";
        mvc.perform(post("/groups/" + group + "/proposals").with(TestUsers.as(coordinator)).with(csrf()).param("topicId", topic.toString())
                .param("wording", wording).param("cost", "12.000 € im Jahr"));
        UUID proposal = jdbc.sql("select id from structure.proposal where group_id = :g").param("g", group).query(UUID.class).single();
        mvc.perform(post("/groups/" + group + "/proposals/" + proposal + "/submit").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0"));

        UUID meeting = planMeeting(LocalDate.now().plusDays(3), "Kreishaus, Raum 112");
        // The topic and its proposal wait to be put on the agenda.
        mvc.perform(get("/steering/meetings/" + meeting).with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("Berufssprachkurse Pflege im Nordkreis")))
                .andExpect(content().string(containsString(wording)));
        UUID item = addToAgenda(meeting, topic, proposal);
        mvc.perform(post("/steering/meetings/" + meeting + "/agenda").with(TestUsers.as(coordinator)).with(csrf())
                        .param("topicId", topic.toString()).param("proposalId", proposal.toString()))
                .andExpect(flash().attribute("problem", "steering.agenda.already"));

        // The form proposes the proposal's wording; the decision keeps what the coordinator recorded.
        mvc.perform(get("/steering/meetings/" + meeting + "/agenda/" + item + "/decision").with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString(wording)));
        String number = recordConsensus(meeting, item, wording + " Die Kosten trägt der Kreis.");
        assertThat(number).matches("LG-" + LocalDate.now().plusDays(3).getYear() + "-\\d{2}");

        assertThat(jdbc.sql("select status from structure.topic where id = :id").param("id", topic).query(String.class).single())
                .isEqualTo("DECIDED");
        assertThat(jdbc.sql("select status from structure.notification where recipient = :r order by created_at desc limit 1")
                .param("r", reporter.id()).query(String.class).single()).isEqualTo("DECIDED");
        mvc.perform(get("/findings/mine").with(TestUsers.as(reporter))).andExpect(content().string(containsString("Beschlossen")));

        UUID decision = jdbc.sql("select id from structure.decision where number = :n").param("n", number).query(UUID.class).single();
        mvc.perform(get("/steering/decisions/" + decision).with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(content().string(containsString("Beschluss " + number)))
                .andExpect(content().string(containsString("Die Kosten trägt der Kreis.")))
                .andExpect(content().string(containsString("Im Konsens beschlossen")))
                .andExpect(content().string(containsString("href=\"/topics/" + topic + "\"")))
                .andExpect(content().string(containsString("PG Berufssprachkurse Pflege")))
                .andExpect(content().string(containsString("href=\"/measures?decision=" + decision + "\"")))
                .andExpect(content().string(not(containsString("/measures/new?decision="))));
        mvc.perform(get("/steering/decisions/" + decision).with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("href=\"/measures/new?decision=" + decision + "\"")));
        mvc.perform(get("/steering/decisions").with(TestUsers.as(Role.STEERING_MEMBER)).param("q", "Berufssprachkurs Pflege in Nordhausen"))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/steering/decisions").with(TestUsers.as(Role.STEERING_MEMBER)).param("q", "kein solcher Beschluss xyz"))
                .andExpect(content().string(not(containsString(number))));
        // A decided item stays on the agenda and takes no second decision.
        mvc.perform(post("/steering/meetings/" + meeting + "/agenda/" + item + "/remove").with(TestUsers.as(coordinator)).with(csrf()))
                .andExpect(flash().attribute("problem", "steering.agenda.decided"));
        mvc.perform(post("/steering/meetings/" + meeting + "/agenda/" + item + "/decision").with(TestUsers.as(coordinator)).with(csrf())
                        .param("wording", "Noch einmal").param("outcome", "CONSENSUS"))
                .andExpect(flash().attribute("problem", "steering.decision.already"));
    }

    @Test
    void postponingWithoutAReasonIsRefusedAtTheFieldAndAPostponedTopicComesBack() throws Exception {
        UUID topic = topicForDecision("Wohnungen für Familien ab sechs Personen " + UUID.randomUUID());
        UUID meeting = planMeeting(LocalDate.now().plusDays(10), "Kreishaus");
        UUID item = addToAgenda(meeting, topic, null);

        mvc.perform(post("/steering/meetings/" + meeting + "/agenda/" + item + "/decision").with(TestUsers.as(coordinator)).with(csrf())
                        .param("wording", "Die Lenkungsgruppe vertagt den Punkt.").param("outcome", "POSTPONED").param("postponementReason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte geben Sie den Grund der Vertagung an.")))
                .andExpect(content().string(containsString("postponementReason-error")));
        mvc.perform(post("/steering/meetings/" + meeting + "/agenda/" + item + "/decision").with(TestUsers.as(coordinator)).with(csrf())
                        .param("wording", "").param("outcome", "VIELLEICHT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte geben Sie den Wortlaut des Beschlusses an.")))
                .andExpect(content().string(containsString("Dieser Wert hat nicht das erwartete Format.")));
        assertThat(jdbc.sql("select count(*) from structure.decision where agenda_item_id = :i").param("i", item).query(Integer.class).single())
                .isZero();

        mvc.perform(post("/steering/meetings/" + meeting + "/agenda/" + item + "/decision").with(TestUsers.as(coordinator)).with(csrf())
                        .param("wording", "Die Lenkungsgruppe vertagt den Punkt.").param("outcome", "POSTPONED")
                        .param("postponementReason", "Die Wohnungsbaugesellschaft legt ihre Zahlen erst im Frühjahr vor.")
                        .param("priority", "HIGH"))
                .andExpect(flash().attribute("notice", "steering.decision.recorded"));
        assertThat(jdbc.sql("select status || '/' || priority from structure.topic where id = :id").param("id", topic).query(String.class).single())
                .isEqualTo("FOR_DECISION/HIGH");
        UUID next = planMeeting(LocalDate.now().plusMonths(6), "Kreishaus");
        mvc.perform(get("/steering/meetings/" + next).with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("Wohnungen für Familien ab sechs Personen")));
        UUID decision = jdbc.sql("select id from structure.decision where agenda_item_id = :i").param("i", item).query(UUID.class).single();
        mvc.perform(get("/steering/decisions/" + decision).with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(content().string(containsString("Vertagt")))
                .andExpect(content().string(containsString("Die Wohnungsbaugesellschaft legt ihre Zahlen erst im Frühjahr vor.")))
                .andExpect(content().string(not(containsString("/measures?decision="))));
    }

    @Test
    void decisionsAreNumberedPerYearOfTheirMeeting() throws Exception {
        int year = unusedYear();
        int nextYear = year + 1;
        UUID spring = planMeeting(LocalDate.of(year, 3, 12), "Kreishaus");
        UUID autumn = planMeeting(LocalDate.of(year, 10, 8), "Kreishaus");
        UUID january = planMeeting(LocalDate.of(nextYear, 1, 21), "Kreishaus");

        assertThat(recordConsensus(spring, addToAgenda(spring, topicForDecision("Thema A " + year), null), "Beschluss A"))
                .isEqualTo("LG-" + year + "-01");
        assertThat(recordConsensus(spring, addToAgenda(spring, topicForDecision("Thema B " + year), null), "Beschluss B"))
                .isEqualTo("LG-" + year + "-02");
        assertThat(recordConsensus(january, addToAgenda(january, topicForDecision("Thema C " + year), null), "Beschluss C"))
                .isEqualTo("LG-" + nextYear + "-01");
        assertThat(recordConsensus(autumn, addToAgenda(autumn, topicForDecision("Thema D " + year), null), "Beschluss D"))
                .isEqualTo("LG-" + year + "-03");

        mvc.perform(get("/steering/decisions").with(TestUsers.as(Role.STEERING_MEMBER)).param("year", String.valueOf(year)))
                .andExpect(content().string(containsString("LG-" + year + "-03")))
                .andExpect(content().string(not(containsString("LG-" + nextYear + "-01"))));
    }

    @Test
    void decisionsRecordedAtTheSameMomentGetDistinctNumbers() throws Exception {
        int year = unusedYear();
        int parallel = 6;
        List<UUID[]> items = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            // Separate meetings of one year, so that only the year's numbering stands between them.
            UUID meeting = planMeeting(LocalDate.of(year, 1 + i, 10), "Kreishaus");
            items.add(new UUID[] {meeting, addToAgenda(meeting, topicForDecision("Gleichzeitig " + i + " " + year), null)});
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (UUID[] item : items) {
                Callable<String> record = () -> {
                    start.await();
                    return recordConsensus(item[0], item[1], "Gleichzeitig erfasst");
                };
                numbers.add(pool.submit(record));
            }
            start.countDown();
            List<String> recorded = new ArrayList<>();
            for (Future<String> number : numbers) {
                recorded.add(number.get());
            }
            assertThat(recorded).containsExactlyInAnyOrder("LG-" + year + "-01", "LG-" + year + "-02", "LG-" + year + "-03",
                    "LG-" + year + "-04", "LG-" + year + "-05", "LG-" + year + "-06");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void minutesAndTheYearsDecisionsComeAsPdfAndTheInvitationAsICalendar() throws Exception {
        int year = unusedYear();
        String member = "Erika Musterberg-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/steering/seats/new").with(TestUsers.as(coordinator)).with(csrf())
                        .param("functionId", jdbc.sql("select id from structure.steering_function where name = 'Leitung Gesundheitsamt'")
                                .query(UUID.class).single().toString())
                        .param("memberName", member).param("memberOrganisation", "Gesundheitsamt des Testkreises")
                        .param("deputyName", "Paul Vertretung").param("deputyOrganisation", "Gesundheitsamt des Testkreises"))
                .andExpect(flash().attribute("notice", "steering.seat.added"));
        UUID meeting = planMeeting(LocalDate.of(year, 5, 7), "Kreishaus Lotsenbrück, Sitzungssaal 2");
        UUID topic = topicForDecision("Impfberatung in Gemeinschaftsunterkünften " + year);
        UUID item = addToAgenda(meeting, topic, null);
        mvc.perform(post("/steering/meetings/" + meeting + "/agenda/free").with(TestUsers.as(coordinator)).with(csrf()).param("title", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte geben Sie den Titel des Punkts an.")));
        mvc.perform(post("/steering/meetings/" + meeting + "/agenda/free").with(TestUsers.as(coordinator)).with(csrf())
                .param("title", "Verschiedenes")).andExpect(flash().attribute("notice", "steering.agenda.added"));

        byte[] ics = mvc.perform(get("/steering/meetings/" + meeting + "/invitation.ics").with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andReturn().getResponse().getContentAsByteArray();
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Sitzung der Lenkungsgruppe");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(year + "0507T140000");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Kreishaus Lotsenbrück, Sitzungssaal 2");
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("1. Impfberatung in Gemeinschaftsunterkünften " + year).contains("2. Verschiedenes")
                .contains("/steering/meetings/" + meeting);
        List<String> attendees = event.getProperties(Property.ATTENDEE).stream()
                .map(a -> a.getParameter("CN").orElseThrow().getValue() + "/" + a.getParameter("ROLE").orElseThrow().getValue()).toList();
        assertThat(attendees).contains(member + " (Gesundheitsamt des Testkreises)/REQ-PARTICIPANT",
                "Paul Vertretung (Gesundheitsamt des Testkreises)/OPT-PARTICIPANT");

        String number = recordConsensus(meeting, item, "Das Gesundheitsamt bietet monatlich eine Impfberatung in jeder Unterkunft an.");
        int version = jdbc.sql("select version from structure.steering_meeting where id = :id").param("id", meeting).query(Integer.class).single();
        mvc.perform(post("/steering/meetings/" + meeting + "/minutes").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", String.valueOf(version)).param("minutes", "Das Gesundheitsamt stellt sein Konzept vor."))
                .andExpect(flash().attribute("notice", "steering.minutes.saved"));
        mvc.perform(post("/steering/meetings/" + meeting + "/minutes").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", String.valueOf(version)).param("minutes", "Eine veraltete Fassung"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jemand anderes hat diesen Datensatz inzwischen geändert.")))
                .andExpect(content().string(containsString("Eine veraltete Fassung")))
                .andExpect(content().string(containsString("Das Gesundheitsamt stellt sein Konzept vor.")));

        String minutes = pdfText(mvc.perform(get("/steering/meetings/" + meeting + "/minutes.pdf").with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse());
        assertThat(minutes).contains("Protokoll der Sitzung der Lenkungsgruppe am 07.05." + year)
                .contains("Beschluss " + number).contains("Das Gesundheitsamt bietet monatlich eine Impfberatung in jeder Unterkunft an.")
                .contains("Das Gesundheitsamt stellt sein Konzept vor.").contains("TOP 2 Verschiedenes");

        String list = pdfText(mvc.perform(get("/steering/decisions.pdf").param("year", String.valueOf(year)).with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse());
        assertThat(list).contains("Beschlüsse der Lenkungsgruppe " + year).contains(number)
                .contains("Das Gesundheitsamt bietet monatlich eine Impfberatung in jeder Unterkunft an.");
    }

    @Test
    void membersReadEverythingAndChangeNothingAndCaseManagersSeeNothing() throws Exception {
        UUID meeting = planMeeting(LocalDate.now().plusDays(20), "Kreishaus");
        UUID topic = topicForDecision("Lesender Zugriff " + UUID.randomUUID());
        UUID item = addToAgenda(meeting, topic, null);
        String number = recordConsensus(meeting, item, "Ein Beschluss zum Lesen");
        UUID decision = jdbc.sql("select id from structure.decision where number = :n").param("n", number).query(UUID.class).single();

        for (String page : List.of("/steering", "/steering/members", "/steering/meetings/" + meeting, "/steering/decisions",
                "/steering/decisions/" + decision, "/steering/meetings/" + meeting + "/invitation.ics",
                "/steering/meetings/" + meeting + "/minutes.pdf", "/steering/decisions.pdf")) {
            mvc.perform(get(page).with(TestUsers.as(Role.STEERING_MEMBER))).andExpect(status().isOk());
            mvc.perform(get(page).with(TestUsers.as(Role.CASE_MANAGER))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/steering/meetings/" + meeting).with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(content().string(containsString("Ein Beschluss zum Lesen")))
                .andExpect(content().string(not(containsString("Beschluss erfassen"))))
                .andExpect(content().string(not(containsString("Zur Entscheidung vorgelegt"))))
                .andExpect(content().string(not(containsString("Protokoll bearbeiten"))));
        for (String change : List.of("/steering/meetings/new", "/steering/meetings/" + meeting + "/agenda",
                "/steering/meetings/" + meeting + "/agenda/" + item + "/decision", "/steering/meetings/" + meeting + "/minutes",
                "/steering/meetings/" + meeting + "/attendance", "/steering/functions/new", "/steering/seats/new")) {
            mvc.perform(post(change).with(TestUsers.as(Role.STEERING_MEMBER)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/steering/meetings/" + meeting + "/agenda/" + item + "/decision").with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void coordinationKeepsFunctionsAndSeatsWithMessagesAtTheField() throws Exception {
        String name = "Leitung Schulamt " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/steering/functions/new").with(TestUsers.as(coordinator)).with(csrf()).param("name", name))
                .andExpect(flash().attribute("notice", "steering.function.added"));
        mvc.perform(post("/steering/functions/new").with(TestUsers.as(coordinator)).with(csrf()).param("name", name.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eine Funktion mit dieser Bezeichnung gibt es schon.")));
        UUID function = jdbc.sql("select id from structure.steering_function where name = :n").param("n", name).query(UUID.class).single();
        mvc.perform(post("/steering/functions/" + function).with(TestUsers.as(coordinator)).with(csrf())
                .param("name", name + " (Schulaufsicht)").param("version", "0"))
                .andExpect(flash().attribute("notice", "steering.function.saved"));
        mvc.perform(post("/steering/functions/" + function).with(TestUsers.as(coordinator)).with(csrf())
                        .param("name", name + " alt").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jemand anderes hat diesen Datensatz inzwischen geändert.")));

        mvc.perform(post("/steering/seats/new").with(TestUsers.as(coordinator)).with(csrf()).param("functionId", function.toString())
                        .param("memberName", "Ulrike Sandkamp").param("memberUsername", "gibt-es-nicht").param("deputyOrganisation", "Schulamt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte wählen Sie eine Organisation aus dem Netzwerk aus oder geben Sie eine andere Organisation ein.")))
                .andExpect(content().string(containsString("Diesen Benutzernamen gibt es nicht.")))
                .andExpect(content().string(containsString("Bitte geben Sie den Namen der Stellvertretung an.")));
        mvc.perform(post("/steering/seats/new").with(TestUsers.as(coordinator)).with(csrf()).param("functionId", function.toString())
                        .param("memberName", "Ulrike Sandkamp").param("memberOrganisation", "Schulamt für den Kreis")
                        .param("memberUsername", "lenkungsgruppe"))
                .andExpect(flash().attribute("notice", "steering.seat.added"));
        mvc.perform(get("/steering/members").with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(content().string(containsString(name + " (Schulaufsicht)")))
                .andExpect(content().string(containsString("Ulrike Sandkamp")))
                .andExpect(content().string(containsString("Keine Stellvertretung benannt")));

        mvc.perform(post("/steering/functions/" + function + "/active").with(TestUsers.as(coordinator)).with(csrf())
                .param("active", "false").param("version", "1"))
                .andExpect(flash().attribute("notice", "steering.function.deactivated"));
        mvc.perform(get("/steering/members").with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(content().string(not(containsString("Ulrike Sandkamp"))));
    }

    private static String pdfText(MockHttpServletResponse response) throws Exception {
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
