package de.lotse.accounts;

import java.util.Set;

import de.lotse.network.Organisations;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in with the form: right and wrong passwords, throttling per account and per client address, CSRF,
 * and the session kept in PostgreSQL. Each test uses its own client address, so the address throttle of
 * one test never touches another.
 */
@LotseIntegrationTest
class SignInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    de.lotse.accounts.internal.AccountAdministration accounts;

    @Autowired
    Organisations organisations;

    private MvcResult signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(TestUsers.from(address))).andReturn();
    }

    @Test
    void theRightPasswordSignsInAndKeepsTheSessionInPostgres() throws Exception {
        MvcResult result = signIn("koordination", LotseIntegrationTest.DEMO_PASSWORD, "10.1.0.1");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie session = sessionCookie(result);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tobias Brenner")));
        int stored = jdbc.sql("select count(*) from accounts.http_session where principal_name = 'koordination'")
                .query(Integer.class).single();
        assertThat(stored).isGreaterThanOrEqualTo(1);
        int idleSeconds = jdbc.sql("select max(max_inactive_interval) from accounts.http_session where principal_name = 'koordination'")
                .query(Integer.class).single();
        assertThat(idleSeconds).isEqualTo(30 * 60);
    }

    @Test
    void aWrongPasswordShowsTheGermanMessageWithoutSayingWhetherTheAccountExists() throws Exception {
        MvcResult known = signIn("koordination", "nicht-das-passwort", "10.1.0.2");
        MvcResult unknown = signIn("gibt-es-nicht", "nicht-das-passwort", "10.1.0.2");
        assertThat(known.getResponse().getRedirectedUrl()).isEqualTo("/login?failed");
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?failed");
        mvc.perform(get("/login?failed")).andExpect(content().string(org.hamcrest.Matchers.containsString(
                "Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie Benutzername und Passwort.")));
    }

    @Test
    void anAccountIsLockedAfterTenFailuresWithinFifteenMinutes() throws Exception {
        String username = "throttle-" + System.nanoTime() % 100000;
        createAccount(username);
        for (int i = 0; i < 9; i++) {
            assertThat(signIn(username, "falsch-" + i, "10.1.1." + i).getResponse().getRedirectedUrl()).isEqualTo("/login?failed");
        }
        // Nine failures: the right password still works (and ends the count).
        assertThat(signIn(username, "Sicheres-Passwort-2026", "10.1.1.50").getResponse().getRedirectedUrl()).isNotEqualTo("/login?throttled");
        for (int i = 0; i < 10; i++) {
            signIn(username, "falsch-" + i, "10.1.2." + i);
        }
        // Ten failures, each from another address: now even the right password is refused.
        assertThat(signIn(username, "Sicheres-Passwort-2026", "10.1.2.99").getResponse().getRedirectedUrl()).isEqualTo("/login?throttled");
        mvc.perform(get("/login?throttled")).andExpect(content().string(org.hamcrest.Matchers.containsString(
                "Zu viele fehlgeschlagene Anmeldeversuche.")));
    }

    @Test
    void unknownAccountNamesAreThrottledLikeKnownOnes() throws Exception {
        for (int i = 0; i < 10; i++) {
            signIn("niemand-bekannt", "falsch", "10.1.3." + i);
        }
        assertThat(signIn("niemand-bekannt", "falsch", "10.1.3.99").getResponse().getRedirectedUrl()).isEqualTo("/login?throttled");
    }

    @Test
    void aClientAddressIsThrottledAfterTenFailuresWhateverTheAccount() throws Exception {
        for (int i = 0; i < 10; i++) {
            signIn("rate-" + i, "falsch", "10.1.4.1");
        }
        assertThat(signIn("koordination", LotseIntegrationTest.DEMO_PASSWORD, "10.1.4.1").getResponse().getRedirectedUrl())
                .isEqualTo("/login?throttled");
        assertThat(signIn("koordination", LotseIntegrationTest.DEMO_PASSWORD, "10.1.4.2").getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aLockedAccountCannotSignInAndGetsTheSameMessage() throws Exception {
        String username = "gesperrt-" + System.nanoTime() % 100000;
        var id = createAccount(username);
        accounts.setLocked(id, true);
        assertThat(signIn(username, "Sicheres-Passwort-2026", "10.1.5.1").getResponse().getRedirectedUrl()).isEqualTo("/login?failed");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("username", "koordination").param("password", LotseIntegrationTest.DEMO_PASSWORD)
                        .with(TestUsers.from("10.1.6.1")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations").param("name", "Ohne Token").param("type", "OTHER")
                        .with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations").param("name", "Mit Token " + System.nanoTime()).param("type", "OTHER")
                        .with(TestUsers.as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MvcResult result = signIn("datenschutz", LotseIntegrationTest.DEMO_PASSWORD, "10.1.7.1");
        Cookie session = sessionCookie(result);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPasswordSetByAnAdministratorMustBeChangedFirst() throws Exception {
        String username = "neu-" + System.nanoTime() % 100000;
        createAccount(username);
        MvcResult result = signIn(username, "Sicheres-Passwort-2026", "10.1.8.1");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        Cookie session = sessionCookie(result);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "Sicheres-Passwort-2026")
                        .param("newPassword", "meine eigene lange Passphrase")
                        .param("confirmation", "meine eigene lange Passphrase"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        assertThat(signIn(username, "meine eigene lange Passphrase", "10.1.8.2").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    /** Sessions live in PostgreSQL; the browser holds only this cookie. */
    private static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("LOTSE_SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        return cookie;
    }

    private java.util.UUID createAccount(String username) {
        var organisation = organisations.findByName("Jobcenter Kreis Lotsenbrück").orElseThrow();
        return accounts.create(username, "Test " + username, null, organisation.id(), Set.of(Role.REPORTER), "Sicheres-Passwort-2026");
    }
}
