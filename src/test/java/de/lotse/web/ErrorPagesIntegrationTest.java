package de.lotse.web;

import de.lotse.accounts.Role;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Errors are German pages in the layout, never a stack trace or a white-label page.
 */
@LotseIntegrationTest
class ErrorPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void aMissingOrganisationIsAGermanNotFoundPage() throws Exception {
        mvc.perform(get("/admin/organisations/7a1c5b2e-0000-4000-8000-000000000000").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isNotFound());
        // Error pages are rendered by the servlet container's error dispatch, so check them on the real server.
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).doesNotContain("Whitelabel", "Exception", "at de.lotse");
    }

    @Test
    void theNotFoundPageSpeaksGerman() throws Exception {
        mvc.perform(get("/error").accept(org.springframework.http.MediaType.TEXT_HTML).with(TestUsers.as(Role.ADMIN))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/gibt-es-nicht"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Seite nicht gefunden")));
    }

    @Test
    void theForbiddenPageSpeaksGerman() throws Exception {
        mvc.perform(get("/error").accept(org.springframework.http.MediaType.TEXT_HTML).with(TestUsers.as(Role.REPORTER))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/users"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Kein Zugriff")));
    }

    @Test
    void aServerErrorShowsNoStackTrace() throws Exception {
        mvc.perform(get("/error").accept(org.springframework.http.MediaType.TEXT_HTML).with(TestUsers.as(Role.ADMIN))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("geheimes Detail"))
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/users"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Ein Fehler ist aufgetreten")))
                .andExpect(content().string(not(containsString("geheimes Detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void aMalformedIdIsAClientErrorNotAServerError() throws Exception {
        mvc.perform(get("/admin/organisations/keine-uuid").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().is4xxClientError());
    }
}
