package de.lotse.casework;

import java.time.LocalDate;
import java.util.UUID;

import de.lotse.support.LotseIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/cases/{id}/appointments}, {@code /deadlines} and {@code /journal}: created and listed, bad input
 * as RFC 9457 problems with German field messages, a stale version as 409, another organisation's case as 404.
 */
@LotseIntegrationTest
class CaseCalendarApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    String caseId;

    private ResultActions call(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
        request.with(httpBasic(user, LotseIntegrationTest.DEMO_PASSWORD));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private static String id(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    @BeforeEach
    void aCaseOfTheCaritas() throws Exception {
        String client = id(call(post("/api/v1/clients"), "fallmanagement", """
                {"familyName": "Api-Terminprobe", "givenNames": "Samira", "birthYear": 1992}
                """).andExpect(status().isCreated()));
        caseId = openCaseAsFallmanagement(client);
    }

    @Autowired
    de.lotse.accounts.Colleagues colleagues;

    @Autowired
    de.lotse.casework.internal.CaseWork caseWork;

    private String openCaseAsFallmanagement(String client) {
        var user = colleagues.asSignedIn("fallmanagement").orElseThrow();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(de.lotse.support.TestUsers.token(user));
        try {
            return caseWork.open(UUID.fromString(client), IntakeChannel.SELF, LocalDate.now(), "Termine klären").toString();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void appointmentsAreCreatedListedAndChangedOnlyAgainstTheCurrentVersion() throws Exception {
        String day = LocalDate.now().plusDays(4).toString();
        ResultActions created = call(post("/api/v1/cases/" + caseId + "/appointments"), "fallmanagement", """
                {"date": "%s", "startTime": "10:00", "endTime": "11:30", "place": "Jobcenter", "interpreterNeeded": true,
                 "interpreterLanguage": "Dari"}
                """.formatted(day))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.startTime", org.hamcrest.Matchers.startsWith("10:00")))
                .andExpect(jsonPath("$.interpreterLanguage").value("Dari"))
                .andExpect(jsonPath("$.version").value(0));
        String appointment = id(created);
        call(get("/api/v1/cases/" + caseId + "/appointments"), "fallmanagement", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].place").value("Jobcenter"));

        String change = """
                {"date": "%s", "startTime": "12:00", "endTime": "13:00", "place": "Rathaus", "version": 0}
                """.formatted(day);
        call(put("/api/v1/cases/" + caseId + "/appointments/" + appointment), "fallmanagement", change)
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        call(put("/api/v1/cases/" + caseId + "/appointments/" + appointment), "fallmanagement", change.replace("Rathaus", "Bahnhof"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.changedFields", hasItem("appointment.place")))
                .andExpect(jsonPath("$.currentVersion").value(1));
    }

    @Test
    void badInputIsAProblemWithGermanFieldMessages() throws Exception {
        call(post("/api/v1/cases/" + caseId + "/appointments"), "fallmanagement", """
                {"startTime": "10:00", "endTime": "11:00"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte wählen Sie einen Wert aus."));
        call(post("/api/v1/cases/" + caseId + "/appointments"), "fallmanagement", """
                {"date": "2027-01-04", "startTime": "11:00", "endTime": "10:00"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endTime"))
                .andExpect(jsonPath("$.errors[0].message").value("Das Ende muss nach dem Beginn liegen."));
        call(post("/api/v1/cases/" + caseId + "/deadlines"), "fallmanagement", """
                {"kind": "SOMETHING", "dueOn": "2027-01-04", "description": "x"}
                """)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        call(post("/api/v1/cases/" + caseId + "/journal"), "fallmanagement", """
                {"kind": "PHONE", "occurredAt": "2026-11-20T09:00:00Z", "summary": " "}
                """)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("summary"));
    }

    @Test
    void deadlinesAndJournalEntriesAreCreatedAndListed() throws Exception {
        String deadline = id(call(post("/api/v1/cases/" + caseId + "/deadlines"), "fallmanagement", """
                {"kind": "DULDUNG_EXPIRY", "dueOn": "%s", "description": "Duldung verlängern"}
                """.formatted(LocalDate.now().minusDays(1))).andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(true)));
        call(get("/api/v1/cases/" + caseId + "/deadlines"), "fallmanagement", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(deadline)).andExpect(jsonPath("$[0].kind").value("DULDUNG_EXPIRY"));
        call(put("/api/v1/cases/" + caseId + "/deadlines/" + deadline), "fallmanagement", """
                {"kind": "DULDUNG_EXPIRY", "dueOn": "2027-02-01", "description": "Duldung verlängert bis Februar", "version": 7}
                """).andExpect(status().isConflict());

        call(post("/api/v1/cases/" + caseId + "/journal"), "fallmanagement", """
                {"kind": "PHONE", "occurredAt": "2026-11-20T09:00:00Z", "summary": "Telefonat mit der Ausländerbehörde"}
                """).andExpect(status().isCreated());
        call(get("/api/v1/cases/" + caseId + "/journal"), "fallmanagement", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].summary").value("Telefonat mit der Ausländerbehörde"))
                .andExpect(jsonPath("$[0].kind").value("PHONE"));
    }

    @Test
    void anotherOrganisationsCaseIsNotFound() throws Exception {
        call(get("/api/v1/cases/" + caseId + "/appointments"), "fallmanagement2", null)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(post("/api/v1/cases/" + caseId + "/journal"), "fallmanagement2", """
                {"kind": "NOTE", "occurredAt": "2026-11-20T09:00:00Z", "summary": "Fremder Eintrag"}
                """).andExpect(status().isNotFound());
        call(get("/api/v1/cases/" + caseId + "/deadlines"), "koordination", null).andExpect(status().isForbidden());
    }
}
