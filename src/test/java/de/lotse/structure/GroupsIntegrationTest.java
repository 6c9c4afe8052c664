package de.lotse.structure;

import java.time.LocalDate;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * A project group for a topic: members from Lotse and outside it, a meeting with agenda and minutes, a task done,
 * a proposal drafted and put before the Lenkungsgruppe, which reads it on the topic; the reporter sees it too.
 */
@LotseIntegrationTest
class GroupsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final SignedInUser coordinator = new SignedInUser(UUID.randomUUID(), "test-coordinator", "Koordination", UUID.randomUUID(),
            "KI", Set.of(Role.COORDINATOR), false);

    @Test
    void aProjectGroupDraftsAProposalThatReachesTheTopicAndTheReporter() throws Exception {
        SignedInUser reporter = new SignedInUser(UUID.randomUUID(), "test-reporter", "Meldende Person", UUID.randomUUID(),
                "Jobcenter", Set.of(Role.REPORTER), false);
        mvc.perform(post("/findings/new").with(TestUsers.as(reporter)).with(csrf()).param("lifeArea", "HOUSING")
                .param("barrierCategory", "MISSING_OFFER").param("description", "Keine Beratung zu Mietschulden für Geflüchtete"));
        UUID finding = jdbc.sql("select id from structure.finding where raised_by = :u").param("u", reporter.id()).query(UUID.class).single();
        mvc.perform(post("/backlog/findings/" + finding + "/new-topic").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("title", "Mietschuldenberatung"));
        UUID topic = jdbc.sql("select topic_id from structure.finding where id = :id").param("id", finding).query(UUID.class).single();

        mvc.perform(post("/groups/new").with(TestUsers.as(coordinator)).with(csrf()).param("name", "PG Mietschulden")
                .param("kind", "PROJECT")).andExpect(flash().attribute("problem", "group.incomplete"));
        mvc.perform(post("/groups/new").with(TestUsers.as(coordinator)).with(csrf()).param("name", "PG Mietschulden")
                .param("kind", "PROJECT").param("topicId", topic.toString())).andExpect(flash().attribute("notice", "group.created"));
        UUID group = jdbc.sql("select id from structure.work_group where name = 'PG Mietschulden'").query(UUID.class).single();
        String base = "/groups/" + group;

        mvc.perform(post(base + "/members").with(TestUsers.as(coordinator)).with(csrf()).param("username", "lenkungsgruppe"))
                .andExpect(flash().attribute("notice", "group.member.added"));
        mvc.perform(post(base + "/members").with(TestUsers.as(coordinator)).with(csrf()).param("username", "gibt-es-nicht"))
                .andExpect(flash().attribute("problem", "group.member.unknownUser"));
        mvc.perform(post(base + "/members").with(TestUsers.as(coordinator)).with(csrf())
                .param("externalName", "Jens Hartmann").param("externalOrganisation", "Mieterverein Lotsenbrück"));
        UUID external = jdbc.sql("select id from structure.group_member where group_id = :g and user_id is null")
                .param("g", group).query(UUID.class).single();

        mvc.perform(post(base + "/meetings").with(TestUsers.as(coordinator)).with(csrf())
                .param("heldOn", LocalDate.now().toString()).param("agenda", "1. Lage\n2. Vorschlag an die Lenkungsgruppe"));
        UUID meeting = jdbc.sql("select id from structure.meeting where group_id = :g").param("g", group).query(UUID.class).single();
        mvc.perform(post(base + "/meetings/" + meeting + "/minutes").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("minutes", "Einigkeit über eine offene Sprechstunde."))
                .andExpect(flash().attribute("notice", "group.minutes.saved"));
        mvc.perform(post(base + "/meetings/" + meeting + "/minutes").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("minutes", "Veraltete Fassung"))
                .andExpect(flash().attribute("problem", "group.conflict"));

        mvc.perform(post(base + "/tasks").with(TestUsers.as(coordinator)).with(csrf()).param("title", "Kosten beim Mieterverein erfragen")
                .param("ownerId", external.toString()).param("dueOn", LocalDate.now().minusDays(1).toString()));
        mvc.perform(get(base).with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("Überfällig")))
                .andExpect(content().string(containsString("Jens Hartmann, Mieterverein Lotsenbrück")))
                .andExpect(content().string(containsString("Einigkeit über eine offene Sprechstunde.")));
        UUID task = jdbc.sql("select id from structure.group_task where group_id = :g").param("g", group).query(UUID.class).single();
        mvc.perform(post(base + "/tasks/" + task + "/done").with(TestUsers.as(coordinator)).with(csrf()).param("version", "0"))
                .andExpect(flash().attribute("notice", "group.task.done"));

        mvc.perform(post(base + "/proposals").with(TestUsers.as(coordinator)).with(csrf()).param("topicId", topic.toString())
                .param("wording", "Offene Sprechstunde zu Mietschulden beim Mieterverein, zweimal im Monat")
                .param("expectedEffect", "Weniger Räumungsklagen").param("cost", "4.800 € im Jahr"))
                .andExpect(flash().attribute("notice", "proposal.drafted"));
        UUID proposal = jdbc.sql("select id from structure.proposal where group_id = :g").param("g", group).query(UUID.class).single();
        mvc.perform(post(base + "/proposals/" + proposal + "/submit").with(TestUsers.as(coordinator)).with(csrf()).param("version", "0"))
                .andExpect(flash().attribute("notice", "proposal.submitted"));
        assertThat(jdbc.sql("select status from structure.proposal where id = :id").param("id", proposal).query(String.class).single())
                .isEqualTo("SUBMITTED");

        mvc.perform(get("/topics/" + topic).with(TestUsers.as(Role.STEERING_MEMBER)))
                .andExpect(content().string(containsString("Offene Sprechstunde zu Mietschulden")))
                .andExpect(content().string(containsString("4.800 € im Jahr")))
                .andExpect(content().string(containsString("Der Lenkungsgruppe vorgelegt")));
        mvc.perform(get("/findings/" + finding).with(TestUsers.as(reporter)))
                .andExpect(content().string(containsString("Lösungsvorschlag")))
                .andExpect(content().string(containsString("Offene Sprechstunde zu Mietschulden")));
    }
}
