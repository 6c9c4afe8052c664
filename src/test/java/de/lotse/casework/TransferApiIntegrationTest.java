package de.lotse.casework;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.internal.CaseWork;
import de.lotse.casework.internal.ClientRegistry;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/cases/{id}/transfers} and {@code GET /api/v1/cases}: the same rules as the pages, RFC 9457 problems, 409 on stale versions. */
@LotseIntegrationTest
class TransferApiIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired ClientRegistry clients;
    @Autowired CaseWork caseWork;
    @Autowired ConsentLedger consents;
    @Autowired Organisations organisations;
    @Autowired Colleagues colleagues;
    final ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private SignedInUser user(String name) {
        return colleagues.asSignedIn(name).orElseThrow();
    }

    private UUID stadt() {
        return organisations.findByName("Stadt Lotsenbrück").orElseThrow().id();
    }

    private UUID caseOf(String family, boolean transferConsent) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(user("fallmanagement")));
        try {
            UUID client = clients.register(new NewClient(family, "Karim", null, null, null, null, 1979, null, null, null, null,
                    "0170 5550199", null, null, null, null));
            if (transferConsent) {
                consents.record(new ConsentLedger.NewConsent(client, ConsentPurpose.TRANSFER, Set.of(stadt()),
                        Set.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CASE_NOTES), LocalDate.now(),
                        ConsentForm.SIGNED_PAPER, null, null));
            }
            return caseWork.open(client, IntakeChannel.SCHOOL, LocalDate.now(), "Schulplatz für die Tochter");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String body(Object value) {
        return json.writeValueAsString(value);
    }

    @Test
    void badInputIsA400NamingTheFieldInGerman() throws Exception {
        UUID caseId = caseOf("Api-Eingabe", false);
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers").with(TestUsers.as(user("fallmanagement")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toOrganisationId\": \"" + stadt() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte füllen Sie dieses Feld aus."));
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers").with(TestUsers.as(user("fallmanagement")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toOrganisationId\": \"" + stadt() + "\", \"note\": \"Umzug\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toOrganisationId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("keine gültige Einwilligung")));
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers").with(TestUsers.as(user("fallmanagement")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Umzug\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toCaseManagerId"));
        mvc.perform(get("/api/v1/cases").param("status", "IRGENDWIE").with(TestUsers.as(user("fallmanagement"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void proposeAcceptAndAStaleVersionIsA409() throws Exception {
        UUID caseId = caseOf("Api-Übergabe", true);
        String created = mvc.perform(post("/api/v1/cases/" + caseId + "/transfers").with(TestUsers.as(user("fallmanagement")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toOrganisationId\": \"" + stadt() + "\", \"note\": \"Umzug\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        JsonNode transfer = json.readTree(created);
        String id = transfer.get("id").asString();

        mvc.perform(get("/api/v1/cases/transfers").with(TestUsers.as(user("fallmanagement2"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].familyName").value(hasItem("Api-Übergabe")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("5550199"))));
        // The proposer may not accept; a stale version is a conflict; the receiver accepts with the version read.
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers/" + id + "/accept").with(TestUsers.as(user("fallmanagement")))
                        .contentType(MediaType.APPLICATION_JSON).content(body(java.util.Map.of("version", 0))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers/" + id + "/accept").with(TestUsers.as(user("fallmanagement2")))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers/" + id + "/accept").with(TestUsers.as(user("fallmanagement2")))
                        .contentType(MediaType.APPLICATION_JSON).content(body(java.util.Map.of("version", 3))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("inzwischen")));
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers/" + id + "/accept").with(TestUsers.as(user("fallmanagement2")))
                        .contentType(MediaType.APPLICATION_JSON).content(body(java.util.Map.of("version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationId").value(stadt().toString()));
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers/" + id + "/withdraw").with(TestUsers.as(user("fallmanagement")))
                        .contentType(MediaType.APPLICATION_JSON).content(body(java.util.Map.of("version", 0))))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/cases").param("q", "Api-Übergabe").with(TestUsers.as(user("fallmanagement2"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].caseId").value(caseId.toString()))
                .andExpect(jsonPath("$[0].status").value("FIRST_CONTACT"));
        mvc.perform(get("/api/v1/cases").param("q", "Api-Übergabe").with(TestUsers.as(user("fallmanagement"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void declineWithoutAReasonIsA400AndWithdrawWorks() throws Exception {
        UUID caseId = caseOf("Api-Ablehnung", true);
        String id = json.readTree(mvc.perform(post("/api/v1/cases/" + caseId + "/transfers").with(TestUsers.as(user("fallmanagement")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toOrganisationId\": \"" + stadt() + "\", \"note\": \"Umzug\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers/" + id + "/decline").with(TestUsers.as(user("fallmanagement2")))
                        .contentType(MediaType.APPLICATION_JSON).content(body(java.util.Map.of("version", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers/" + id + "/withdraw").with(TestUsers.as(user("fallmanagement")))
                        .contentType(MediaType.APPLICATION_JSON).content(body(java.util.Map.of("version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(post("/api/v1/cases/" + caseId + "/transfers/" + id + "/decline").with(TestUsers.as(user("fallmanagement2")))
                        .contentType(MediaType.APPLICATION_JSON).content(body(java.util.Map.of("version", 1, "reason", "Zu spät"))))
                .andExpect(status().isConflict());
    }
}
