package de.lotse.structure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.FindingRaised;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From a finding to its topic and back: the people whose findings fed a topic see what became of it; the case
 * behind a finding is shown only to the case workers of the organisation it belongs to, never to coordination.
 */
@LotseIntegrationTest
class TraceabilityIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    static SignedInUser user(UUID organisation, Role role) {
        return new SignedInUser(UUID.randomUUID(), "test-" + role, "Test " + role, organisation, "Organisation", Set.of(role), false);
    }

    @Test
    void theChainLeadsFromFindingToTopicAndBackWithoutTheCaseForCoordination() throws Exception {
        UUID caritas = UUID.randomUUID();
        SignedInUser caseManager = user(caritas, Role.CASE_MANAGER);
        SignedInUser teamLead = user(caritas, Role.TEAM_LEAD);
        SignedInUser otherCaseManager = user(UUID.randomUUID(), Role.CASE_MANAGER);
        SignedInUser coordinator = user(UUID.randomUUID(), Role.COORDINATOR);
        UUID finding = UUID.randomUUID();
        UUID caseReference = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.publishEvent(new FindingRaised(finding, caseReference, "HEALTH",
                "LANGUAGE", List.of(), null, "Keine Sprachmittlung bei Facharztterminen im Kreis", caseManager.id(), caritas,
                Instant.now())));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.sql("select count(*) from structure.finding where id = :id").param("id", finding).query(Integer.class).single() == 1);

        mvc.perform(get("/findings/" + finding).with(TestUsers.as(caseManager)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(caseReference.toString())));
        mvc.perform(get("/findings/" + finding).with(TestUsers.as(teamLead)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(caseReference.toString())));
        mvc.perform(get("/findings/" + finding).with(TestUsers.as(otherCaseManager))).andExpect(status().isNotFound());
        mvc.perform(get("/findings/" + finding).with(TestUsers.as(Role.REPORTER))).andExpect(status().isNotFound());
        mvc.perform(get("/findings/" + finding).with(TestUsers.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(caseReference.toString()))))
                .andExpect(content().string(containsString("Meldung sichten")));

        mvc.perform(post("/backlog/findings/" + finding + "/new-topic").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("title", "Sprachmittlung in der Gesundheitsversorgung"));
        UUID topic = jdbc.sql("select topic_id from structure.finding where id = :id").param("id", finding).query(UUID.class).single();
        mvc.perform(post("/topics/" + topic + "/status").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("status", "FOR_DECISION"));

        // Forward: the case manager sees the topic, its status and its history, but no page they may not open.
        mvc.perform(get("/findings/" + finding).with(TestUsers.as(caseManager)))
                .andExpect(content().string(containsString("Sprachmittlung in der Gesundheitsversorgung")))
                .andExpect(content().string(containsString("Zur Entscheidung")))
                .andExpect(content().string(containsString("Verlauf des Themas")))
                .andExpect(content().string(not(containsString("/topics/" + topic))));
        mvc.perform(get("/findings/" + finding).with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("/topics/" + topic)));

        // Back: coordination follows the topic to its findings; the Lenkungsgruppe reads them without links or case.
        mvc.perform(get("/topics/" + topic).with(TestUsers.as(coordinator)))
                .andExpect(content().string(containsString("/findings/" + finding)))
                .andExpect(content().string(not(containsString(caseReference.toString()))));
        String steering = mvc.perform(get("/topics/" + topic).with(TestUsers.as(Role.STEERING_MEMBER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(steering).contains("Keine Sprachmittlung bei Facharztterminen").doesNotContain("/findings/" + finding)
                .doesNotContain(caseReference.toString());
    }
}
