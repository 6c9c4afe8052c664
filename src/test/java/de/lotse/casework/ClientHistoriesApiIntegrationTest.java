package de.lotse.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.internal.CaseWork;
import de.lotse.casework.internal.ClientRegistry;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment and the client histories through the API: the same rules as the pages, German field messages
 * in RFC 9457 problems, 409 on a stale version, 404 across the organisation boundary.
 */
@LotseIntegrationTest
class ClientHistoriesApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleagues colleagues;

    @Autowired
    ClientRegistry clients;

    @Autowired
    CaseWork caseWork;

    SignedInUser caseManager;
    UUID clientId;
    UUID caseId;

    @BeforeEach
    void aClientWithACase() {
        caseManager = colleagues.asSignedIn("fallmanagement").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(caseManager));
        try {
            clientId = clients.register(new NewClient("Api-Verlauf", "Hamid", null, null, null, null, 1990, null, null, null,
                    null, null, null, null, null, null));
            caseId = caseWork.open(clientId, IntakeChannel.SELF, LocalDate.now(), "Wohnung und Arbeit");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String json) throws Exception {
        return call(request, json, caseManager);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String json, SignedInUser user) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(TestUsers.as(user)));
    }

    @Test
    void theAssessmentListsEveryLifeAreaAndRefusesAStaleVersion() throws Exception {
        call(get("/api/v1/cases/{id}/assessment", caseId), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(11)))
                .andExpect(jsonPath("$[0].lifeArea").value("RESIDENCE"))
                .andExpect(jsonPath("$[0].assessed").value(false));
        call(put("/api/v1/cases/{id}/assessment/HOUSING", caseId), """
                {"situation": "Gemeinschaftsunterkunft", "need": "HIGH"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.need").value("HIGH"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.assessedBy").value("Leyla Demir"));
        call(put("/api/v1/cases/{id}/assessment/HOUSING", caseId), """
                {"situation": "Wohnung in Aussicht", "need": "MEDIUM", "version": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        call(put("/api/v1/cases/{id}/assessment/HOUSING", caseId), """
                {"situation": "Gemeinschaftsunterkunft", "need": "LOW", "version": 0}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.changedFields[0]").value("situation"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        call(get("/api/v1/cases/{id}/assessment", caseId), null)
                .andExpect(jsonPath("$[1].lifeArea").value("HOUSING"))
                .andExpect(jsonPath("$[1].need").value("MEDIUM"));
    }

    @Test
    void badAssessmentInputIsA400WithGermanMessagesAtTheField() throws Exception {
        call(put("/api/v1/cases/{id}/assessment/WORK", caseId), """
                {"situation": "ohne Arbeit"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("need"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte wählen Sie den Bedarf aus."));
        call(put("/api/v1/cases/{id}/assessment/WORK", caseId), """
                {"need": "SEHR_HOCH"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("need"));
        call(put("/api/v1/cases/{id}/assessment/GARDEN", caseId), """
                {"need": "HIGH"}""")
                .andExpect(status().isBadRequest());
    }

    @Test
    void legalDomainsShowTheChangeAndTheGapAndRefuseOverlaps() throws Exception {
        call(post("/api/v1/clients/{id}/legal-domains", clientId), """
                {"domain": "ASYLBLG", "from": "2022-01-01", "to": "2024-01-31"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString());
        call(post("/api/v1/clients/{id}/legal-domains", clientId), """
                {"domain": "SGB_II", "from": "2024-03-01"}""")
                .andExpect(status().isCreated());
        call(get("/api/v1/clients/{id}/legal-domains", clientId), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods", hasSize(2)))
                .andExpect(jsonPath("$.periods[1].domain").value("SGB_II"))
                .andExpect(jsonPath("$.changes[0].from").value("ASYLBLG"))
                .andExpect(jsonPath("$.changes[0].to").value("SGB_II"))
                .andExpect(jsonPath("$.changes[0].on").value("2024-03-01"))
                .andExpect(jsonPath("$.gaps[0].from").value("2024-02-01"))
                .andExpect(jsonPath("$.gaps[0].to").value("2024-02-29"));
        call(post("/api/v1/clients/{id}/legal-domains", clientId), """
                {"domain": "SGB_II", "from": "2025-01-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Dieser Zeitraum überschneidet sich mit SGB II seit 01.03.2024. Derselbe Rechtskreis kann nicht zweimal gleichzeitig gelten."));
        call(post("/api/v1/clients/{id}/legal-domains", clientId), """
                {"domain": "SGB_III", "from": "2025-01-01", "to": "2024-12-31"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("Das Ende darf nicht vor dem Beginn liegen."));
        call(post("/api/v1/clients/{id}/legal-domains", clientId), """
                {"domain": "SGB_III"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte geben Sie den Beginn an."));
    }

    @Test
    void residencePeriodsKeepTheDocumentsExpiryAndRefuseWhatCannotBe() throws Exception {
        String soon = LocalDate.now().plusDays(30).toString();
        call(post("/api/v1/clients/{id}/residence-periods", clientId), """
                {"status": "AUFENTHALTSGESTATTUNG", "from": "2021-05-01", "to": "2023-05-31", "documentValidUntil": "2023-05-31"}""")
                .andExpect(status().isCreated());
        call(post("/api/v1/clients/{id}/residence-periods", clientId), """
                {"status": "AUFENTHALTSERLAUBNIS", "legalBasis": "25a", "from": "2023-06-01", "documentValidUntil": "%s"}""".formatted(soon))
                .andExpect(status().isCreated());
        call(get("/api/v1/clients/{id}/residence-periods", clientId), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods", hasSize(2)))
                .andExpect(jsonPath("$.periods[1].legalBasis").value("25a"))
                .andExpect(jsonPath("$.gaps", hasSize(0)))
                .andExpect(jsonPath("$.currentDocument.validUntil").value(soon))
                .andExpect(jsonPath("$.currentDocument.daysLeft").value(30));
        call(post("/api/v1/clients/{id}/residence-periods", clientId), """
                {"status": "DULDUNG", "from": "2023-01-01", "to": "2023-02-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("überschneidet sich mit Aufenthaltsgestattung vom 01.05.2021 bis 31.05.2023")));
        call(post("/api/v1/clients/{id}/residence-periods", clientId), """
                {"status": "DULDUNG", "legalBasis": "60a", "from": "2020-01-01", "to": "2020-12-31"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalBasis"))
                .andExpect(jsonPath("$.errors[0].message").value("Eine Rechtsgrundlage gibt es nur bei einer Aufenthaltserlaubnis."));
        call(post("/api/v1/clients/{id}/residence-periods", clientId), """
                {"status": "AUFENTHALTSERLAUBNIS", "legalBasis": "irgendwas", "from": "2020-01-01", "to": "2020-12-31"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalBasis"));
        call(post("/api/v1/clients/{id}/residence-periods", clientId), """
                {"status": "DULDUNG", "from": "2020-01-01", "to": "2020-13-31"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void anotherOrganisationGets404() throws Exception {
        SignedInUser stranger = colleagues.asSignedIn("fallmanagement2").orElseThrow();
        for (String path : List.of("/api/v1/cases/" + caseId + "/assessment", "/api/v1/clients/" + clientId + "/legal-domains",
                "/api/v1/clients/" + clientId + "/residence-periods")) {
            call(get(path), null, stranger).andExpect(status().isNotFound());
        }
        call(put("/api/v1/cases/{id}/assessment/HOUSING", caseId), """
                {"need": "HIGH"}""", stranger).andExpect(status().isNotFound());
        call(post("/api/v1/clients/{id}/legal-domains", clientId), """
                {"domain": "SGB_II", "from": "2024-03-01"}""", stranger).andExpect(status().isNotFound());
        call(post("/api/v1/clients/{id}/residence-periods", clientId), """
                {"status": "DULDUNG", "from": "2024-03-01"}""", stranger).andExpect(status().isNotFound());
    }
}
