package de.lotse.structure;

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
 * Coordination triages findings into the topic backlog; the reporter is told at every step.
 */
@LotseIntegrationTest
class TopicBacklogIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final SignedInUser coordinator = new SignedInUser(UUID.randomUUID(), "test-coordinator", "Koordination", UUID.randomUUID(),
            "KI", Set.of(Role.COORDINATOR), false);

    static SignedInUser reporter() {
        return new SignedInUser(UUID.randomUUID(), "test-reporter", "Meldende Person", UUID.randomUUID(), "Jobcenter",
                Set.of(Role.REPORTER), false);
    }

    UUID report(SignedInUser reporter, String lifeArea, String category, String description) throws Exception {
        mvc.perform(post("/findings/new").with(TestUsers.as(reporter)).with(csrf())
                .param("lifeArea", lifeArea).param("barrierCategory", category).param("description", description));
        return jdbc.sql("select id from structure.finding where raised_by = :u and description = :d")
                .param("u", reporter.id()).param("d", description).query(UUID.class).single();
    }

    int version(String table, UUID id) {
        return jdbc.sql("select version from structure." + table + " where id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void aFindingBecomesATopicAndTheReporterFollowsIt() throws Exception {
        SignedInUser reporter = reporter();
        UUID finding = report(reporter, "CHILDCARE_SCHOOL", "WAITING_TIME",
                "Seiteneinsteiger warten im Nordkreis bis zu fünf Monate auf einen Schulplatz");
        mvc.perform(get("/backlog").with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("Seiteneinsteiger warten im Nordkreis")));

        mvc.perform(post("/backlog/findings/" + finding + "/new-topic").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", "0").param("title", "Schulplätze für Seiteneinsteiger im Nordkreis"))
                .andExpect(flash().attribute("notice", "triage.topicOpened"));
        UUID topic = jdbc.sql("select topic_id from structure.finding where id = :id").param("id", finding).query(UUID.class).single();
        mvc.perform(get("/backlog").with(TestUsers.as(coordinator)))
                .andExpect(content().string(not(containsString("Seiteneinsteiger warten im Nordkreis"))));

        mvc.perform(get("/findings/mine").with(TestUsers.as(reporter)))
                .andExpect(content().string(containsString("Im Themenspeicher")))
                .andExpect(content().string(containsString("Schulplätze für Seiteneinsteiger im Nordkreis")))
                .andExpect(content().string(containsString("dem Thema „Schulplätze für Seiteneinsteiger im Nordkreis“ zugeordnet")));

        mvc.perform(post("/topics/" + topic + "/status").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", String.valueOf(version("topic", topic))).param("status", "IN_PROGRESS"))
                .andExpect(flash().attribute("notice", "topic.saved"));
        mvc.perform(get("/").with(TestUsers.as(reporter)))
                .andExpect(content().string(containsString("Neuigkeiten zu Ihren Meldungen")))
                .andExpect(content().string(containsString("hat jetzt den Stand: In Bearbeitung")));
        mvc.perform(get("/findings/" + finding).with(TestUsers.as(reporter)))
                .andExpect(content().string(containsString("In Bearbeitung")))
                .andExpect(content().string(not(containsString("/topics/" + topic))));

        mvc.perform(get("/topics/" + topic).with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nach Quartal")))
                .andExpect(content().string(containsString("Kita/Schule")))
                .andExpect(content().string(not(containsString("Stand ändern"))));

        mvc.perform(post("/findings/notifications/read").with(TestUsers.as(reporter)).with(csrf()));
        mvc.perform(get("/").with(TestUsers.as(reporter)))
                .andExpect(content().string(not(containsString("Neuigkeiten zu Ihren Meldungen"))));
    }

    @Test
    void relatedTopicsAreSuggestedBestFirstAndAFindingIsFiledUnderOne() throws Exception {
        SignedInUser reporter = reporter();
        UUID first = report(reporter, "RECOGNITION", "WAITING_TIME",
                "Anerkennung ausländischer Pflegeabschlüsse dauert bei der Bezirksregierung über ein Jahr");
        mvc.perform(post("/backlog/findings/" + first + "/new-topic").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("title", "Lange Anerkennungsverfahren Pflege"));
        UUID unrelated = report(reporter, "HOUSING", "MISSING_OFFER", "Keine Notunterkunft für Familien mit Haustieren");
        mvc.perform(post("/backlog/findings/" + unrelated + "/new-topic").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("title", "Notunterkünfte für Familien"));
        UUID topic = jdbc.sql("select topic_id from structure.finding where id = :id").param("id", first).query(UUID.class).single();

        UUID second = report(reporter(), "RECOGNITION", "WAITING_TIME",
                "Pflegefachkraft aus dem Ausland wartet seit vierzehn Monaten auf die Anerkennung ihres Abschlusses");
        String page = mvc.perform(get("/backlog/findings/" + second).with(TestUsers.as(coordinator)))
                .andReturn().getResponse().getContentAsString();
        String suggestions = page.substring(page.indexOf("id=\"suggestions\""));
        assertThat(suggestions).contains("Lange Anerkennungsverfahren Pflege");
        assertThat(suggestions.indexOf("Lange Anerkennungsverfahren Pflege"))
                .isLessThan(suggestions.indexOf("Notunterkünfte für Familien") < 0 ? Integer.MAX_VALUE : suggestions.indexOf("Notunterkünfte für Familien"));

        mvc.perform(post("/backlog/findings/" + second + "/file").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", "0").param("topicId", topic.toString()))
                .andExpect(flash().attribute("notice", "triage.filed"));
        assertThat(jdbc.sql("select count(*) from structure.finding where topic_id = :t").param("t", topic).query(Integer.class).single())
                .isEqualTo(2);

        // A second coordinator working from the same, now stale page changes nothing.
        mvc.perform(post("/backlog/findings/" + second + "/answer").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", "0").param("answer", "Bitte wenden Sie sich an die Anerkennungsberatung."))
                .andExpect(flash().attribute("problem", "triage.conflict"));
    }

    @Test
    void aFindingAnsweredOnItsOwnShowsTheAnswerToTheReporter() throws Exception {
        SignedInUser reporter = reporter();
        UUID finding = report(reporter, "FIRST_ORIENTATION", "OTHER", "Wo gibt es die Broschüre zur Erstorientierung in Dari?");
        mvc.perform(post("/backlog/findings/" + finding + "/answer").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", "0").param("answer", "Die Broschüre liegt im KI aus und steht auf der Kreisseite."))
                .andExpect(flash().attribute("notice", "triage.answered"));
        mvc.perform(get("/findings/" + finding).with(TestUsers.as(reporter)))
                .andExpect(content().string(containsString("Beantwortet")))
                .andExpect(content().string(containsString("Die Broschüre liegt im KI aus")));
        mvc.perform(get("/findings/mine").with(TestUsers.as(reporter)))
                .andExpect(content().string(containsString("Die Koordination hat Ihre Meldung beantwortet.")));
    }

    @Test
    void aStaleTopicEditShowsTheConflictAndOverwritesNothing() throws Exception {
        mvc.perform(post("/topics/new").with(TestUsers.as(coordinator)).with(csrf())
                .param("title", "Digitale Terminvergabe der ABH").param("description", "Online-Termine sind nach Minuten vergeben")
                .param("barrierCategories", "DIGITAL_ACCESS").param("lifeAreas", "RESIDENCE"));
        UUID topic = jdbc.sql("select id from structure.topic where title = 'Digitale Terminvergabe der ABH'").query(UUID.class).single();
        mvc.perform(post("/topics/" + topic + "/edit").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("title", "Digitale Terminvergabe der ABH (Kreis)").param("description", "Online-Termine sind nach Minuten vergeben")
                .param("barrierCategories", "DIGITAL_ACCESS").param("lifeAreas", "RESIDENCE"));
        mvc.perform(post("/topics/" + topic + "/edit").with(TestUsers.as(coordinator)).with(csrf())
                        .param("version", "0").param("title", "Terminvergabe").param("description", "Online-Termine sind nach Minuten vergeben")
                        .param("barrierCategories", "DIGITAL_ACCESS").param("lifeAreas", "RESIDENCE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jemand anderes hat diesen Datensatz inzwischen geändert.")));
        assertThat(jdbc.sql("select title from structure.topic where id = :id").param("id", topic).query(String.class).single())
                .isEqualTo("Digitale Terminvergabe der ABH (Kreis)");
        mvc.perform(post("/topics/new").with(TestUsers.as(coordinator)).with(csrf()).param("title", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"title-error\"")));
    }
}
