package de.lotse.structure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Measures follow from a consensus decision of the Lenkungsgruppe: coordination creates them and records milestones,
 * progress follows the milestones' weights, every change is in the history, the reporters behind the topic are told,
 * and the topic is implemented once its measures are done. The Lenkungsgruppe reads; nobody else sees measures.
 */
@LotseIntegrationTest
class MeasuresIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final SignedInUser coordinator = new SignedInUser(UUID.randomUUID(), "test-coordinator", "Tina Koordinatorin", UUID.randomUUID(),
            "KI", Set.of(Role.COORDINATOR), false);

    static SignedInUser reporter() {
        return new SignedInUser(UUID.randomUUID(), "test-reporter", "Meldende Person", UUID.randomUUID(), "Jobcenter",
                Set.of(Role.REPORTER), false);
    }

    record DecidedTopic(UUID topic, UUID decision, List<UUID> findings) {
    }

    /** A topic from findings of the given reporters, decided by the Lenkungsgruppe. */
    DecidedTopic decidedTopic(String title, SignedInUser... reporters) throws Exception {
        List<UUID> findings = new java.util.ArrayList<>();
        UUID topic = null;
        for (SignedInUser reporter : reporters) {
            // Reporters are distinct, so the same text identifies each one's finding.
            String description = title + ": die Hürde zeigt sich in der Beratung immer wieder";
            mvc.perform(post("/findings/new").with(TestUsers.as(reporter)).with(csrf())
                    .param("lifeArea", "WORK").param("barrierCategory", "WAITING_TIME").param("description", description));
            UUID finding = jdbc.sql("select id from structure.finding where raised_by = :u and description = :d")
                    .param("u", reporter.id()).param("d", description).query(UUID.class).single();
            findings.add(finding);
            if (topic == null) {
                mvc.perform(post("/backlog/findings/" + finding + "/new-topic").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", "0").param("title", title));
                topic = jdbc.sql("select topic_id from structure.finding where id = :id").param("id", finding).query(UUID.class).single();
            } else {
                mvc.perform(post("/backlog/findings/" + finding + "/file").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", "0").param("topicId", topic.toString()));
            }
        }
        mvc.perform(post("/topics/" + topic + "/status").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", String.valueOf(version("topic", topic))).param("status", "DECIDED"));
        UUID decision = new SteeringDecisions(jdbc).consensus(topic, TODAY.minusDays(30), "Die Lenkungsgruppe beschließt: " + title);
        return new DecidedTopic(topic, decision, findings);
    }

    UUID createMeasure(UUID decision, String title) throws Exception {
        String location = mvc.perform(post("/measures/new").with(TestUsers.as(coordinator)).with(csrf())
                        .param("decisionId", decision.toString()).param("title", title).param("ownerOrganisationId", organisation())
                        .param("responsiblePerson", "Katrin Vogt, Leitung Ausländerbehörde"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    UUID addMilestone(UUID measure, String title, LocalDate due, int weight) throws Exception {
        mvc.perform(post("/measures/" + measure + "/milestones").with(TestUsers.as(coordinator)).with(csrf())
                        .param("title", title).param("dueOn", due.toString()).param("weight", String.valueOf(weight)))
                .andExpect(flash().attribute("notice", "milestone.added"));
        return jdbc.sql("select id from structure.milestone where measure_id = :m and title = :t").param("m", measure).param("t", title)
                .query(UUID.class).single();
    }

    void move(UUID measure, String status) throws Exception {
        mvc.perform(post("/measures/" + measure + "/status").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", String.valueOf(version("measure", measure))).param("status", status))
                .andExpect(flash().attribute("notice", "measure.statusChanged"));
    }

    String organisation() {
        return jdbc.sql("select id from network.organisation where active order by name limit 1").query(UUID.class).single().toString();
    }

    int version(String table, UUID id) {
        return jdbc.sql("select version from structure." + table + " where id = :id").param("id", id).query(Integer.class).single();
    }

    String page(String path, SignedInUser user) throws Exception {
        return mvc.perform(get(path).with(TestUsers.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aMeasureIsCreatedFromAConsensusDecisionAndTheReportersAreTold() throws Exception {
        SignedInUser reporter = reporter();
        DecidedTopic decided = decidedTopic("Umverteilung bei Arbeitsangeboten", reporter);

        assertThat(page("/measures/new?decision=" + decided.decision(), coordinator))
                .contains("Maßnahme anlegen").contains("Die Lenkungsgruppe beschließt: Umverteilung bei Arbeitsangeboten");

        // Missing fields end at their fields in German, nothing is stored.
        mvc.perform(post("/measures/new").with(TestUsers.as(coordinator)).with(csrf())
                        .param("decisionId", decided.decision().toString()).param("title", "").param("responsiblePerson", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte korrigieren Sie die folgenden Angaben:")))
                .andExpect(content().string(containsString("Bitte füllen Sie dieses Feld aus.")))
                .andExpect(content().string(containsString("Bitte wählen Sie die verantwortliche Organisation aus.")));
        // A postponed decision sets nothing in motion; a mistyped start date is a field message, not an error page.
        UUID postponed = new SteeringDecisions(jdbc).postponed(decided.topic(), TODAY.minusDays(10), "Vertagt: Zahlen fehlen",
                "Die ABH legt erst Zahlen vor.");
        mvc.perform(post("/measures/new").with(TestUsers.as(coordinator)).with(csrf())
                        .param("decisionId", postponed.toString()).param("title", "Etwas").param("ownerOrganisationId", organisation())
                        .param("responsiblePerson", "Jemand").param("startedOn", "31.02.2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte wählen Sie einen Beschluss, der im Konsens gefasst wurde.")))
                .andExpect(content().string(containsString("Bitte geben Sie ein Datum an.")));
        assertThat(jdbc.sql("select count(*) from structure.measure where decision_id = :d").param("d", postponed).query(Integer.class).single())
                .isZero();

        UUID measure = createMeasure(decided.decision(), "Feste Ansprechperson für Umverteilungen");

        String shown = page("/measures/" + measure, coordinator);
        assertThat(shown).contains("Feste Ansprechperson für Umverteilungen").contains("Geplant")
                .contains(new SteeringDecisions(jdbc).number(decided.decision()))
                .contains("Umverteilung bei Arbeitsangeboten")
                .contains("Katrin Vogt, Leitung Ausländerbehörde")
                .contains("Maßnahme angelegt").contains("Tina Koordinatorin")
                .contains("Noch keine Meilensteine");
        // One finding fed the topic: a count from cases below 3 is not shown as it is.
        assertThat(shown).contains("Aus &lt;3 Meldungen entstanden");
        mvc.perform(get("/findings/mine").with(TestUsers.as(reporter)))
                .andExpect(content().string(containsString(
                        "Zum Thema „Umverteilung bei Arbeitsangeboten“ Ihrer Meldung gibt es eine neue Maßnahme: „Feste Ansprechperson für Umverteilungen“ (Stand: Geplant).")))
                .andExpect(content().string(containsString("Maßnahmen: 0 von 1 umgesetzt")));
        mvc.perform(get("/measures?decision=" + decided.decision()).with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("Feste Ansprechperson für Umverteilungen")));
    }

    @Test
    void milestonesMakeTheProgressByWeightAndEveryChangeIsInTheHistory() throws Exception {
        DecidedTopic decided = decidedTopic("Wartezeiten Integrationskurs Südkreis", reporter());
        UUID measure = createMeasure(decided.decision(), "Zwei Kurse mit Kinderbetreuung");
        UUID rooms = addMilestone(measure, "Räume gefunden", TODAY.plusDays(20), 1);
        UUID courses = addMilestone(measure, "Kurse laufen", TODAY.plusDays(90), 3);

        assertThat(page("/measures/" + measure, coordinator)).contains("0 %");
        mvc.perform(post("/measures/" + measure + "/milestones/" + courses + "/done").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attribute("notice", "milestone.completed"));
        assertThat(page("/measures/" + measure, coordinator)).contains("value=\"75\"").contains("75 %")
                .contains("Erledigt am " + TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));

        // A second click on a page that is no longer current changes nothing and says so.
        mvc.perform(post("/measures/" + measure + "/milestones/" + courses + "/done").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attribute("problem", "measure.conflict"));

        mvc.perform(post("/measures/" + measure + "/milestones/" + courses + "/reopen").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "1")).andExpect(flash().attribute("notice", "milestone.reopened"));
        mvc.perform(post("/measures/" + measure + "/milestones/" + rooms + "/edit").with(TestUsers.as(coordinator)).with(csrf())
                        .param("title", "Räume in Südstadt gefunden").param("dueOn", TODAY.plusDays(30).toString()).param("weight", "2")
                        .param("version", "0"))
                .andExpect(flash().attribute("notice", "milestone.saved"));
        mvc.perform(post("/measures/" + measure + "/milestones/" + rooms + "/done").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "1"));
        assertThat(page("/measures/" + measure, coordinator)).contains("40 %");

        // Bad milestone input ends at its fields.
        mvc.perform(post("/measures/" + measure + "/milestones").with(TestUsers.as(coordinator)).with(csrf())
                        .param("title", "Abschlussbericht").param("dueOn", "").param("weight", "viel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte geben Sie an, bis wann der Meilenstein erreicht sein soll.")))
                .andExpect(content().string(containsString("Bitte geben Sie das Gewicht als ganze Zahl von 1 bis 100 an.")));
        mvc.perform(post("/measures/" + measure + "/milestones").with(TestUsers.as(coordinator)).with(csrf())
                        .param("title", "Abschlussbericht").param("dueOn", TODAY.toString()).param("weight", "0"))
                .andExpect(content().string(containsString("Das Gewicht ist mindestens 1.")));

        List<String> fields = jdbc.sql("select field from structure.measure_change where measure_id = :m order by id")
                .param("m", measure).query(String.class).list();
        assertThat(fields).containsExactly("created", "milestone.added", "milestone.added", "milestone.done", "milestone.reopened",
                "milestone.title", "milestone.dueOn", "milestone.weight", "milestone.done");
        assertThat(page("/measures/" + measure, coordinator))
                .contains("Meilenstein wieder geöffnet").contains("Titel des Meilensteins").contains("Räume in Südstadt gefunden")
                .contains("Gewicht des Meilensteins");
    }

    @Test
    void aStaleEditOfAMeasureShowsWhatChangedAndKeepsTheInput() throws Exception {
        DecidedTopic decided = decidedTopic("Anerkennung Pflege", reporter());
        UUID measure = createMeasure(decided.decision(), "Anpassungslehrgang Pflege");
        mvc.perform(post("/measures/" + measure + "/edit").with(TestUsers.as(coordinator)).with(csrf())
                        .param("title", "Anpassungslehrgang Pflege im Kreis").param("ownerOrganisationId", organisation())
                        .param("responsiblePerson", "Katrin Vogt, Leitung Ausländerbehörde").param("version", "0"))
                .andExpect(flash().attribute("notice", "measure.saved"));
        mvc.perform(post("/measures/" + measure + "/edit").with(TestUsers.as(coordinator)).with(csrf())
                        .param("title", "Lehrgang Pflege").param("ownerOrganisationId", organisation())
                        .param("responsiblePerson", "Katrin Vogt, Leitung Ausländerbehörde").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jemand anderes hat diesen Datensatz inzwischen geändert.")))
                .andExpect(content().string(containsString("value=\"Lehrgang Pflege\"")));
        assertThat(jdbc.sql("select title from structure.measure where id = :id").param("id", measure).query(String.class).single())
                .isEqualTo("Anpassungslehrgang Pflege im Kreis");
        assertThat(page("/measures/" + measure, coordinator)).contains("Anpassungslehrgang Pflege im Kreis");
    }

    @Test
    void theTopicIsImplementedWhenItsMeasuresAreDoneAndTheReportersSeeEachStep() throws Exception {
        SignedInUser first = reporter();
        SignedInUser second = reporter();
        DecidedTopic decided = decidedTopic("Terminvergabe Ausländerbehörde", first, second);
        UUID phone = createMeasure(decided.decision(), "Telefonkontingent für Case Management");
        UUID online = createMeasure(decided.decision(), "Online-Termine auch auf Englisch");

        move(phone, "RUNNING");
        assertThat(jdbc.sql("select started_on from structure.measure where id = :id").param("id", phone).query(LocalDate.class).single())
                .isEqualTo(TODAY);
        move(phone, "IMPLEMENTED");
        assertThat(topicStatus(decided.topic())).isEqualTo("DECIDED");
        mvc.perform(get("/").with(TestUsers.as(second)))
                .andExpect(content().string(containsString(
                        "Die Maßnahme „Telefonkontingent für Case Management“ zum Thema „Terminvergabe Ausländerbehörde“ Ihrer Meldung hat jetzt den Stand: Umgesetzt.")));

        move(online, "DISCARDED");
        assertThat(topicStatus(decided.topic())).isEqualTo("IMPLEMENTED");
        for (SignedInUser reporter : List.of(first, second)) {
            mvc.perform(get("/findings/mine").with(TestUsers.as(reporter)))
                    .andExpect(content().string(containsString("Das Thema „Terminvergabe Ausländerbehörde“ zu Ihrer Meldung hat jetzt den Stand: Umgesetzt.")))
                    .andExpect(content().string(containsString("Maßnahmen: 1 von 2 umgesetzt")));
        }
        assertThat(page("/measures/" + online, coordinator)).contains("Verworfen").contains("Stand").contains("Geplant");
    }

    @Test
    void aTopicWhoseMeasuresWereAllDiscardedIsNotImplemented() throws Exception {
        DecidedTopic decided = decidedTopic("Busverbindung zum Kurs", reporter());
        UUID measure = createMeasure(decided.decision(), "Kursbus im Nordkreis");
        move(measure, "DISCARDED");
        assertThat(topicStatus(decided.topic())).isEqualTo("DECIDED");
    }

    @Test
    void overdueMilestonesAreOnCoordinationsStartPageAndTheMeasureSuggestsDelayed() throws Exception {
        DecidedTopic decided = decidedTopic("Schulplätze Seiteneinsteiger Nordkreis", reporter());
        UUID measure = createMeasure(decided.decision(), "Sprachförderklasse an der Gesamtschule");
        move(measure, "RUNNING");
        addMilestone(measure, "Lehrkraft eingestellt", TODAY.minusDays(3), 1);

        mvc.perform(get("/").with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("Überfällige Meilensteine")))
                .andExpect(content().string(containsString("/measures/" + measure)))
                .andExpect(content().string(containsString("Meilenstein „Lehrkraft eingestellt“, fällig am "
                        + TODAY.minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))));
        assertThat(page("/measures?overdue=true", coordinator)).contains("Sprachförderklasse an der Gesamtschule");
        assertThat(page("/measures/" + measure, coordinator)).contains("Ein Meilenstein dieser Maßnahme ist überfällig.")
                .contains("Stand auf „Verzögert“ setzen");
        // Lotse only suggests it: the status is still what coordination set.
        assertThat(jdbc.sql("select status from structure.measure where id = :id").param("id", measure).query(String.class).single())
                .isEqualTo("RUNNING");

        move(measure, "DELAYED");
        assertThat(page("/measures?status=DELAYED", coordinator)).contains("Sprachförderklasse an der Gesamtschule");
        assertThat(page("/measures/" + measure, coordinator)).doesNotContain("Stand auf „Verzögert“ setzen");
        // Case managers have no start page panel of coordination.
        mvc.perform(get("/").with(TestUsers.as(Role.CASE_MANAGER))).andExpect(content().string(not(containsString("Überfällige Meilensteine"))));
    }

    @Test
    void theLenkungsgruppeReadsMeasuresButChangesNothingAndCaseManagersSeeNone() throws Exception {
        DecidedTopic decided = decidedTopic("Jugendliche ab 18 ohne Anschluss", reporter());
        UUID measure = createMeasure(decided.decision(), "Übergangskonferenz Jugendhilfe");
        SignedInUser steering = new SignedInUser(UUID.randomUUID(), "test-steering", "Lenkung", UUID.randomUUID(), "Kreis",
                Set.of(Role.STEERING_MEMBER), false);

        assertThat(page("/measures", steering)).contains("Übergangskonferenz Jugendhilfe").doesNotContain("Maßnahme anlegen");
        assertThat(page("/measures/" + measure, steering)).contains("Übergangskonferenz Jugendhilfe")
                .doesNotContain("Stand ändern").doesNotContain("Meilenstein hinzufügen");
        assertThat(page("/topics/" + decided.topic(), steering)).contains("Übergangskonferenz Jugendhilfe").contains("Wirkung");
        mvc.perform(post("/measures/" + measure + "/status").with(TestUsers.as(steering)).with(csrf())
                .param("version", "0").param("status", "RUNNING")).andExpect(status().isForbidden());
        mvc.perform(post("/measures/" + measure + "/milestones").with(TestUsers.as(steering)).with(csrf())
                .param("title", "x").param("dueOn", TODAY.toString()).param("weight", "1")).andExpect(status().isForbidden());
        mvc.perform(get("/measures/new").with(TestUsers.as(steering))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from structure.measure where id = :id").param("id", measure).query(String.class).single())
                .isEqualTo("PLANNED");

        mvc.perform(get("/measures").with(TestUsers.as(Role.CASE_MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/measures/" + measure).with(TestUsers.as(Role.CASE_MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/measures/" + UUID.randomUUID()).with(TestUsers.as(coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void theChainLeadsFromTheFindingToDecisionAndMeasureAndBack() throws Exception {
        SignedInUser reporter = reporter();
        DecidedTopic decided = decidedTopic("Sprachmittlung beim Facharzt", reporter);
        UUID measure = createMeasure(decided.decision(), "Sprachmittlerpool für Arztpraxen");
        addMilestone(measure, "Pool aufgebaut", TODAY.plusDays(40), 1);
        String number = new SteeringDecisions(jdbc).number(decided.decision());
        UUID finding = decided.findings().getFirst();

        // The reporter reads the whole chain, without links into pages they may not open.
        assertThat(page("/findings/" + finding, reporter)).contains("Beschluss").contains(number).contains("Im Konsens beschlossen")
                .contains("Sprachmittlerpool für Arztpraxen").contains("Geplant").contains("Fortschritt: 0 %")
                .doesNotContain("/measures/" + measure).doesNotContain("/steering/decisions/");
        // Coordination follows it to the decision and the measure, and back from the measure to the topic.
        assertThat(page("/findings/" + finding, coordinator)).contains("/measures/" + measure)
                .contains("/steering/decisions/" + decided.decision());
        assertThat(page("/measures/" + measure, coordinator)).contains("/topics/" + decided.topic());
        assertThat(page("/topics/" + decided.topic(), coordinator)).contains(number).contains("/measures/" + measure)
                .contains("Maßnahme zu " + number + " anlegen");
    }

    @Test
    void theTopicPageComparesTheFindingRateBeforeAndAfterAStartWithSmallNumbersProtected() throws Exception {
        SignedInUser[] reporters = new SignedInUser[8];
        for (int i = 0; i < reporters.length; i++) {
            reporters[i] = reporter();
        }
        DecidedTopic decided = decidedTopic("Fiktionsbescheinigungen laufen ab", reporters);
        LocalDate start = TODAY.minusMonths(3);
        // Six findings in the three months before the start, one after, one long before the span.
        for (int i = 0; i < 6; i++) {
            raisedOn(decided.findings().get(i), start.minusDays(10 + i * 12));
        }
        raisedOn(decided.findings().get(6), start.plusDays(5));
        raisedOn(decided.findings().get(7), start.minusMonths(9));
        UUID measure = createMeasure(decided.decision(), "Digitale Fiktionsbescheinigung");
        move(measure, "RUNNING");
        jdbc.sql("update structure.measure set started_on = :d where id = :id").param("d", start).param("id", measure).update();

        String topic = page("/topics/" + decided.topic(), coordinator);
        assertThat(topic).contains("id=\"effect-chart\"").contains("id=\"effect-quarters\"")
                .contains("je 3 Monate")
                .contains("6 Meldungen, 2,0 je Monat")
                // One finding after the start: withheld, and no rate that would give it away.
                .contains("&lt;3 Meldungen")
                .contains("Zu diesem Thema sind 8 Meldungen eingegangen.")
                .contains("höchstens 12 Monate");
        assertThat(topic).contains("data-start-index=");
    }

    void raisedOn(UUID finding, LocalDate day) {
        jdbc.sql("update structure.finding set raised_at = cast(:d as date) + time '10:00' where id = :id")
                .param("d", day).param("id", finding).update();
    }

    String topicStatus(UUID topic) {
        return jdbc.sql("select status from structure.topic where id = :id").param("id", topic).query(String.class).single();
    }
}
