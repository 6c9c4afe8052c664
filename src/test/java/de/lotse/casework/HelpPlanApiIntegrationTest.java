package de.lotse.casework;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.casework.internal.CaseWork;
import de.lotse.casework.internal.ClientRegistry;
import de.lotse.casework.internal.ReferralWork;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/cases/{id}/help-plan} and {@code /referrals}: German field problems (400), stale versions (409),
 * the consent gate of referrals, and the organisation boundary.
 */
@LotseIntegrationTest
class HelpPlanApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleagues colleagues;

    @Autowired
    ClientRegistry clients;

    @Autowired
    ConsentLedger consents;

    @Autowired
    CaseWork caseWork;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    UUID clientId;
    UUID caseId;

    @BeforeEach
    void caseOfTheDemoCaseManager() {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(colleagues.asSignedIn("fallmanagement").orElseThrow()));
        try {
            clientId = clients.register(new NewClient("Tesfay", "Senait", null, null, null, null, 1994, null, null, null, null,
                    null, null, null, null, null));
            consents.record(new ConsentLedger.NewConsent(clientId, ConsentPurpose.CASE_MANAGEMENT, Set.of(), Set.of(DataCategory.IDENTITY),
                    LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
            caseId = caseWork.open(clientId, IntakeChannel.SELF, LocalDate.now(), "Sprachkurs");
            for (int version = 0; version < 3; version++) {
                caseWork.advance(caseId, version);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic("fallmanagement", LotseIntegrationTest.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private UUID organisation(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }

    @Test
    void goalsAndStepsWithFieldProblemsAndConflicts() throws Exception {
        String plan = "/api/v1/cases/" + caseId + "/help-plan";
        mvc.perform(get(plan).with(httpBasic("fallmanagement", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(0))
                .andExpect(jsonPath("$.goals", hasSize(0)));

        call(post(plan + "/goals"), """
                {"lifeArea": "LANGUAGE", "wording": " ", "agreedOn": "2026-11-01"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("wording"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte füllen Sie dieses Feld aus."));
        call(post(plan + "/goals"), """
                {"lifeArea": "LANGUAGE", "wording": "B1", "agreedOn": "1. November"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agreedOn"));

        String created = call(post(plan + "/goals"), """
                {"lifeArea": "LANGUAGE", "wording": "Deutsch auf B1", "agreedOn": "%s"}
                """.formatted(LocalDate.now()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String goalId = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        // A second "first goal" was written against a plan that no longer exists in that form.
        call(post(plan + "/goals"), """
                {"lifeArea": "WORK", "wording": "Arbeit", "agreedOn": "%s"}
                """.formatted(LocalDate.now()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Gleichzeitige Änderung"));

        call(post(plan + "/goals/" + goalId + "/steps"), """
                {"what": "Kurs anfragen", "actor": "ORGANISATION", "planVersion": 1}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte wählen Sie die Organisation, die den Schritt übernimmt."));
        call(post(plan + "/goals/" + goalId + "/steps"), """
                {"what": "Kurs anfragen", "actor": "ORGANISATION", "organisationId": "%s", "dueOn": "%s", "planVersion": 1}
                """.formatted(organisation("Volkshochschule Kreis Lotsenbrück"), LocalDate.now().minusDays(1)))
                .andExpect(status().isCreated());
        call(post(plan + "/goals/" + goalId + "/steps"), """
                {"what": "Veraltet", "actor": "THE_CLIENT", "planVersion": 1}
                """)
                .andExpect(status().isConflict());

        mvc.perform(get(plan).with(httpBasic("fallmanagement", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.goals[0].wording").value("Deutsch auf B1"))
                .andExpect(jsonPath("$.goals[0].steps[0].organisationName").value("Volkshochschule Kreis Lotsenbrück"))
                .andExpect(jsonPath("$.goals[0].steps[0].status").value("OPEN"));
        mvc.perform(get(plan).with(httpBasic("fallmanagement2", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void referralsOnlyWithConsentAndOutcomesWithConflicts() throws Exception {
        String referrals = "/api/v1/cases/" + caseId + "/referrals";
        UUID jobcenter = organisation("Jobcenter Kreis Lotsenbrück");
        String body = """
                {"organisationId": "%s", "purpose": "Arbeitsvermittlung", "referredOn": "%s"}
                """.formatted(jobcenter, LocalDate.now());
        call(post(referrals), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith(
                        "Keine gültige Einwilligung für die Vermittlung an Jobcenter Kreis Lotsenbrück")));
        mvc.perform(get(referrals).with(httpBasic("fallmanagement", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));

        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(colleagues.asSignedIn("fallmanagement").orElseThrow()));
        try {
            consents.record(new ConsentLedger.NewConsent(clientId, ConsentPurpose.REFERRAL, Set.of(jobcenter),
                    ReferralWork.DATA_PASSED_ON, LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        } finally {
            SecurityContextHolder.clearContext();
        }
        String created = call(post(referrals), body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        call(put(referrals + "/" + id + "/outcome"), """
                {"outcome": "WAITING", "version": 0}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expectedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte geben Sie an, bis wann ein Platz oder eine Antwort erwartet wird."));
        call(put(referrals + "/" + id + "/outcome"), """
                {"outcome": "WAITING", "expectedOn": "%s", "version": 0}
                """.formatted(LocalDate.now().plusDays(20)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("WAITING"))
                .andExpect(jsonPath("$.version").value(1));
        call(put(referrals + "/" + id + "/outcome"), """
                {"outcome": "REFUSED", "reason": "Kein Platz", "version": 0}
                """)
                .andExpect(status().isConflict());
        mvc.perform(get(referrals).with(httpBasic("fallmanagement", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].organisationName").value("Jobcenter Kreis Lotsenbrück"))
                .andExpect(jsonPath("$[0].outcome").value("WAITING"))
                .andExpect(jsonPath("$[0].overdue").value(false));
        mvc.perform(get(referrals).with(httpBasic("fallmanagement2", LotseIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
