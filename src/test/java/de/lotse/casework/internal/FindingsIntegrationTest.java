package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.FindingRaised;
import de.lotse.casework.IntakeChannel;
import de.lotse.casework.NewClient;
import de.lotse.network.LifeArea;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LotseIntegrationTest
@RecordApplicationEvents
class FindingsIntegrationTest {

    static final String CARITAS = "Caritasverband für den Kreis Lotsenbrück e. V.";

    @Autowired CaseFindings findings;
    @Autowired CaseWork caseWork;
    @Autowired ClientRegistry clients;
    @Autowired ConsentLedger consents;
    @Autowired Organisations organisations;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;

    private SignedInUser caseManagerOf(String organisation) {
        UUID id = organisations.findByName(organisation).orElseThrow().id();
        SignedInUser user = new SignedInUser(UUID.randomUUID(), "cm-" + UUID.randomUUID(), "Test", id, organisation,
                Set.of(Role.CASE_MANAGER), false);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(user));
        return user;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UUID caseOf(String family, String given, ConsentPurpose... purposes) {
        UUID client = clients.register(new NewClient(family, given, null, null, "Zeynep Aylin", null, 1991, null, null, null, null,
                null, null, null, null, null));
        for (ConsentPurpose purpose : purposes) {
            consents.record(new ConsentLedger.NewConsent(client, purpose, Set.of(), Set.of(DataCategory.CASE_NOTES),
                    LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        }
        return caseWork.open(client, IntakeChannel.SELF, LocalDate.now(), "Arbeitssuche");
    }

    private static FindingForm finding(String description) {
        return new FindingForm(LifeArea.WORK, "LEGAL_RESTRICTION", List.of(), null, description);
    }

    private long storedFindings(UUID caseId) {
        return jdbc.sql("select count(*) from casework.finding where client_case = :c").param("c", caseId).query(Long.class).single();
    }

    @Test
    void aDescriptionNamingTheClientIsRefusedAndNothingLeavesTheCase() {
        caseManagerOf(CARITAS);
        UUID caseId = caseOf("Öztürk-Findings", "Zeynep", ConsentPurpose.CASE_MANAGEMENT, ConsentPurpose.ANONYMISED_FINDINGS);

        for (String description : List.of("Frau Öztürk-Findings bekommt wegen der Wohnsitzauflage die Stelle nicht.",
                "Aylin wartet seit dem 03.02.2026 auf die Beschäftigungserlaubnis.",
                "Rückfragen an 0171 2345678")) {
            assertThatThrownBy(() -> findings.raise(caseId, finding(description)))
                    .isInstanceOf(CaseFindings.PersonalDataFound.class);
        }
        assertThat(storedFindings(caseId)).isZero();
        assertThat(events.stream(FindingRaised.class)).isEmpty();
    }

    @Test
    void withConsentTheEventCarriesAPseudonymOfTheCaseAndNothingOfThePerson() {
        caseManagerOf(CARITAS);
        UUID caseId = caseOf("Haddad-Findings", "Rania", ConsentPurpose.CASE_MANAGEMENT, ConsentPurpose.ANONYMISED_FINDINGS);

        findings.raise(caseId, finding("Die Wohnsitzauflage verhindert eine Arbeitsaufnahme in der Nachbarstadt."));
        findings.raise(caseId, finding("Die Beschäftigungserlaubnis der ABH dauert länger als die Probezeit-Zusage."));

        List<FindingRaised> raised = events.stream(FindingRaised.class).toList();
        assertThat(raised).hasSize(2);
        assertThat(raised).extracting(FindingRaised::caseReference).doesNotContainNull().doesNotContain(caseId);
        assertThat(raised.get(0).caseReference()).isEqualTo(raised.get(1).caseReference());
        assertThat(raised.get(0).toString()).doesNotContain("Haddad", "Rania", "1991");
        assertThat(raised.get(0).barrierCategory()).isEqualTo("LEGAL_RESTRICTION");
        assertThat(raised.get(0).lifeArea()).isEqualTo("WORK");
        assertThat(storedFindings(caseId)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from privacy.audit_entry where record_type = 'FINDING' and action = 'CREATE' and record_id in (:ids)")
                .param("ids", raised.stream().map(r -> r.findingId().toString()).toList()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theCaseReferenceLeadsTheCaseWorkersOfTheCaseToTheCaseAndNobodyElse() throws Exception {
        SignedInUser owner = caseManagerOf(CARITAS);
        UUID caseId = caseOf("Khalil-Findings", "Samir", ConsentPurpose.CASE_MANAGEMENT, ConsentPurpose.ANONYMISED_FINDINGS);
        findings.raise(caseId, finding("Die Beschäftigungserlaubnis dauert länger als die Zusage des Arbeitgebers gilt."));
        UUID reference = events.stream(FindingRaised.class).toList().getLast().caseReference();
        SecurityContextHolder.clearContext();

        mvc.perform(get("/cases/by-reference/" + reference).with(TestUsers.as(owner)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + caseId));
        SignedInUser stranger = caseManagerOf("Stadt Lotsenbrück");
        SecurityContextHolder.clearContext();
        mvc.perform(get("/cases/by-reference/" + reference).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/by-reference/" + UUID.randomUUID()).with(TestUsers.as(owner))).andExpect(status().isNotFound());
    }

    @Test
    void withoutConsentToAnonymisedUseTheFindingTravelsWithoutAnyCaseReference() {
        caseManagerOf(CARITAS);
        UUID caseId = caseOf("Karimi-Findings", "Parisa", ConsentPurpose.CASE_MANAGEMENT);

        findings.raise(caseId, finding("Für Frauen mit Kleinkindern gibt es keinen Integrationskurs mit Kinderbetreuung."));

        assertThat(events.stream(FindingRaised.class)).singleElement()
                .satisfies(event -> assertThat(event.caseReference()).isNull());
        assertThat(findings.ofCase(caseId)).singleElement().satisfies(f -> assertThat(f.withCaseReference()).isFalse());
    }

    @Test
    void theApiAnswersPersonalDataWithAGermanProblemAtTheFieldAndForeignCasesWithNotFound() throws Exception {
        SignedInUser owner = caseManagerOf(CARITAS);
        UUID caseId = caseOf("Sultani-Findings", "Zahra", ConsentPurpose.CASE_MANAGEMENT);
        String withName = """
                {"lifeArea": "HOUSING", "barrierCategory": "WAITING_TIME", "description": "Zahra Sultani-Findings sucht seit einem Jahr eine Wohnung."}""";
        String clean = """
                {"lifeArea": "HOUSING", "barrierCategory": "WAITING_TIME", "description": "Wohnberechtigungsscheine dauern zwölf Wochen."}""";

        mvc.perform(post("/api/v1/cases/" + caseId + "/findings").with(TestUsers.as(owner))
                        .contentType(MediaType.APPLICATION_JSON).content(withName))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("einen Namen")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Sultani"))));
        mvc.perform(post("/api/v1/cases/" + caseId + "/findings").with(TestUsers.as(owner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("lifeArea", "barrierCategory", "description")));
        mvc.perform(post("/api/v1/cases/" + caseId + "/findings").with(TestUsers.as(owner))
                        .contentType(MediaType.APPLICATION_JSON).content(clean.replace("WAITING_TIME", "NO_SUCH_CATEGORY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("barrierCategory"));

        SignedInUser stranger = caseManagerOf("Stadt Lotsenbrück");
        mvc.perform(post("/api/v1/cases/" + caseId + "/findings").with(TestUsers.as(stranger))
                        .contentType(MediaType.APPLICATION_JSON).content(clean))
                .andExpect(status().isNotFound());
        assertThat(storedFindings(caseId)).isZero();

        mvc.perform(post("/api/v1/cases/" + caseId + "/findings").with(TestUsers.as(owner))
                        .contentType(MediaType.APPLICATION_JSON).content(clean))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty());
        assertThat(storedFindings(caseId)).isOne();
    }
}
