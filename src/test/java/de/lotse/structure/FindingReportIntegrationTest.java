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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Meldebogen: every role may report; personal data in the description stops the report with a warning
 * until it is gone; the reporter's own reports and nobody else's appear under "Meine Meldungen".
 */
@LotseIntegrationTest
class FindingReportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static SignedInUser user(Role role) {
        return new SignedInUser(UUID.randomUUID(), "test-" + role, "Test " + role, UUID.randomUUID(), "Testorganisation",
                Set.of(role), false);
    }

    @Test
    void everyRoleMayOpenTheForm() throws Exception {
        for (Role role : Role.values()) {
            mvc.perform(get("/findings/new").with(TestUsers.as(role))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Hürdenkategorie")));
        }
    }

    @Test
    void personalDataStopsTheReportUntilItIsGone() throws Exception {
        SignedInUser reporter = user(Role.REPORTER);
        mvc.perform(post("/findings/new").with(TestUsers.as(reporter)).with(csrf())
                        .param("lifeArea", "HOUSING").param("barrierCategory", "WAITING_TIME")
                        .param("description", "Frau K., geb. 03.04.1988, Tel. 0171 2345678, wartet seit Monaten auf einen WBS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte keine personenbezogenen Daten")))
                .andExpect(content().string(containsString("eine Telefonnummer")))
                .andExpect(content().string(containsString("ein Datum (z. B. Geburtsdatum)")));
        assertThat(countOf(reporter)).isZero();

        mvc.perform(post("/findings/new").with(TestUsers.as(reporter)).with(csrf())
                        .param("lifeArea", "HOUSING").param("barrierCategory", "WAITING_TIME")
                        .param("description", "Wohnberechtigungsscheine brauchen derzeit über vier Monate"))
                .andExpect(redirectedUrl("/findings/mine"));
        assertThat(countOf(reporter)).isEqualTo(1);

        mvc.perform(get("/findings/mine").with(TestUsers.as(reporter)))
                .andExpect(content().string(containsString("Wohnberechtigungsscheine brauchen derzeit über vier Monate")))
                .andExpect(content().string(containsString("Eingegangen")));
        mvc.perform(get("/findings/mine").with(TestUsers.as(user(Role.REPORTER))))
                .andExpect(content().string(not(containsString("Wohnberechtigungsscheine brauchen derzeit über vier Monate"))));
    }

    @Test
    void missingChoicesAreNamedAtTheirFields() throws Exception {
        SignedInUser reporter = user(Role.CASE_MANAGER);
        mvc.perform(post("/findings/new").with(TestUsers.as(reporter)).with(csrf())
                        .param("barrierCategory", "NO_SUCH_CATEGORY").param("description", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lifeArea-error\"")))
                .andExpect(content().string(containsString("id=\"barrierCategory-error\"")))
                .andExpect(content().string(containsString("id=\"description-error\"")));
        assertThat(countOf(reporter)).isZero();
    }

    @Test
    void anotherPersonsFindingIsNotFound() throws Exception {
        SignedInUser reporter = user(Role.REPORTER);
        mvc.perform(post("/findings/new").with(TestUsers.as(reporter)).with(csrf())
                .param("lifeArea", "LANGUAGE").param("barrierCategory", "LANGUAGE")
                .param("description", "Kein Integrationskurs mit Kinderbetreuung im Südkreis"));
        UUID id = jdbc.sql("select id from structure.finding where raised_by = :u").param("u", reporter.id()).query(UUID.class).single();
        mvc.perform(get("/findings/" + id).with(TestUsers.as(reporter))).andExpect(status().isOk());
        mvc.perform(get("/findings/" + id).with(TestUsers.as(user(Role.REPORTER)))).andExpect(status().isNotFound());
        mvc.perform(get("/findings/" + id).with(TestUsers.as(user(Role.COORDINATOR)))).andExpect(status().isOk());
    }

    private int countOf(SignedInUser user) {
        return jdbc.sql("select count(*) from structure.finding where raised_by = :u").param("u", user.id()).query(Integer.class).single();
    }
}
