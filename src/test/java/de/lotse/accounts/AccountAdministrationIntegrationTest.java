package de.lotse.accounts;

import de.lotse.network.Organisations;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LotseIntegrationTest
class AccountAdministrationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoUnitHasAUserForEveryRole() {
        assertThat(jdbc.sql("select username from accounts.user_account").query(String.class).list())
                .contains("admin", "koordination", "fallmanagement", "fallmanagement2", "teamleitung", "abh",
                        "lenkungsgruppe", "meldung", "datenschutz");
        assertThat(jdbc.sql("select distinct role from accounts.user_role").query(String.class).list())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        assertThat(jdbc.sql("select password_hash from accounts.user_account where username = 'admin'").query(String.class).single())
                .startsWith("$argon2id$");
    }

    @Test
    void anAdministratorCreatesAUserWithRolesAndATemporaryPassword() throws Exception {
        String organisation = organisations.findByName("AWO Kreisverband Lotsenbrück e. V.").orElseThrow().id().toString();
        String username = "neue.kollegin" + System.nanoTime() % 10000;
        mvc.perform(post("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("username", username).param("displayName", "Neue Kollegin").param("organisationId", organisation)
                        .param("roles", "CASE_MANAGER", "TEAM_LEAD").param("initialPassword", "Vorläufig-und-lang-2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select role from accounts.user_role r join accounts.user_account a on a.id = r.user_account where a.username = :u")
                .param("u", username).query(String.class).list()).containsExactlyInAnyOrder("CASE_MANAGER", "TEAM_LEAD");
        assertThat(jdbc.sql("select password_change_required from accounts.user_account where username = :u").param("u", username)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCommonOrShortPasswordIsRefusedAtTheField() throws Exception {
        String organisation = organisations.findByName("AWO Kreisverband Lotsenbrück e. V.").orElseThrow().id().toString();
        mvc.perform(post("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("username", "schwach").param("displayName", "Schwaches Passwort").param("organisationId", organisation)
                        .param("roles", "REPORTER").param("initialPassword", "qwerty123456"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gehört zu den 10.000 häufigsten Passwörtern")));
        mvc.perform(post("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("username", "Großbuchstaben!").param("displayName", "").param("organisationId", organisation)
                        .param("initialPassword", "kurz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Das Passwort ist zu kurz")))
                .andExpect(content().string(containsString("Bitte verwenden Sie nur Kleinbuchstaben")))
                .andExpect(content().string(containsString("Bitte wählen Sie mindestens einen Eintrag aus.")));
        assertThat(jdbc.sql("select count(*) from accounts.user_account where username = 'schwach'").query(Integer.class).single()).isZero();
    }

    @Test
    void aTakenUserNameIsRefusedAtTheField() throws Exception {
        String organisation = organisations.findByName("AWO Kreisverband Lotsenbrück e. V.").orElseThrow().id().toString();
        mvc.perform(post("/admin/users").with(TestUsers.as(Role.ADMIN)).with(csrf())
                        .param("username", "admin").param("displayName", "Zweiter Admin").param("organisationId", organisation)
                        .param("roles", "ADMIN").param("initialPassword", "Sicheres-Passwort-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dieser Benutzername ist bereits vergeben.")));
    }

    @Test
    void theUserListShowsNamesOrganisationsAndRoles() throws Exception {
        mvc.perform(get("/admin/users").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Leyla Demir")))
                .andExpect(content().string(containsString("Caritasverband für den Kreis Lotsenbrück e. V.")))
                .andExpect(content().string(containsString("Datenschutz")));
    }
}
