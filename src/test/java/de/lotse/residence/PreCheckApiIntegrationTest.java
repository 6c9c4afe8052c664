package de.lotse.residence;

import de.lotse.support.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract of the pre-check, as the issue states it, against the running application.
 */
@LotseIntegrationTest
class PreCheckApiIntegrationTest {

    static final String EXAMPLE = """
            {
              "asOf": "2026-03-01",
              "legalBases": ["AUFENTHG_25A", "AUFENTHG_25B", "AUFENTHG_104C", "STAG_10"],
              "person": {
                "birthDate": "2001-05-10",
                "residencePeriods": [
                  {"status": "AUFENTHALTSGESTATTUNG", "from": "2016-09-01", "to": "2018-03-31"},
                  {"status": "DULDUNG", "from": "2018-04-01", "to": null}
                ],
                "schoolAttendance": [{"from": "2016-10-01", "to": null, "successful": true}],
                "recognisedSchoolOrVocationalQualification": false,
                "germanLevel": "A2",
                "civicKnowledgeProven": true,
                "naturalisationTestPassed": null,
                "integrationCourseCertificate": null,
                "livelihood": {"securedWithoutSgb2OrSgb12": null, "mainlyFromEmployment": true, "expectedToBeSecured": null},
                "fdgoCommitment": true,
                "integrationPrognosisPositive": true,
                "identityClarified": true,
                "deceptionOrObstruction": false,
                "expulsionInterest": false,
                "convictions": [{"date": "2021-02-01", "dailyRates": 30, "foreignerSpecificOffence": false, "juvenileSanctionOtherThanYouthCustody": false}],
                "livesWithMinorUnmarriedChild": false,
                "schoolAgeChildrenAttendSchool": null,
                "illnessOrDisabilityPreventsRequirement": false,
                "specialIntegrationAchievements": null,
                "acceptsLossOfPreviousCitizenshipOrExempt": null
              }
            }
            """;

    @Autowired
    MockMvc mvc;

    private ResultActions preCheck(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/pre-checks").with(httpBasic(user, LotseIntegrationTest.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theIssuesExampleGetsOneExplainedResultPerBasis() throws Exception {
        preCheck("abh", EXAMPLE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-03-01"))
                .andExpect(jsonPath("$.results", hasSize(4)))
                .andExpect(jsonPath("$.results[0].legalBasis").value("AUFENTHG_25A"))
                .andExpect(jsonPath("$.results[0].lawVersionValidFrom").value("2022-12-31"))
                // 25a: 9 years 6 months of Gestattung and Duldung, school since 2016, aged 24 on the date.
                .andExpect(jsonPath("$.results[0].outcome").value("MET"))
                .andExpect(jsonPath("$.results[0].earliestDate").value("2026-03-01"))
                // 25b: everything proven except whether school-age children attend school.
                .andExpect(jsonPath("$.results[1].legalBasis").value("AUFENTHG_25B"))
                .andExpect(jsonPath("$.results[1].outcome").value("UNDETERMINED"))
                .andExpect(jsonPath("$.results[1].earliestDate").doesNotExist())
                .andExpect(jsonPath("$.results[1].conditions[?(@.id == '25b-1-2-5')].missingFacts[0]").value("person.schoolAgeChildrenAttendSchool"))
                .andExpect(jsonPath("$.results[1].conditions[0].citation").value("§ 25b Abs. 1 Satz 1 AufenthG"))
                // 104c: since 2025-12-31 no new grants.
                .andExpect(jsonPath("$.results[2].outcome").value("NOT_MET"))
                // § 10 StAG: a Duldung is no residence title.
                .andExpect(jsonPath("$.results[3].legalBasis").value("STAG_10"))
                .andExpect(jsonPath("$.results[3].lawVersionValidFrom").value("2025-10-30"))
                .andExpect(jsonPath("$.results[3].outcome").value("NOT_MET"))
                .andExpect(jsonPath("$.results[3].conditions[0].explanation").value(not(emptyString())));
    }

    @Test
    void caseManagersMayRunPreChecksOtherRolesMayNot() throws Exception {
        preCheck("fallmanagement", EXAMPLE).andExpect(status().isOk());
        preCheck("koordination", EXAMPLE).andExpect(status().isForbidden());
        preCheck("lenkungsgruppe", EXAMPLE).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/pre-checks").contentType(MediaType.APPLICATION_JSON).content(EXAMPLE))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnparseableDateNamesItsField() throws Exception {
        preCheck("abh", EXAMPLE.replace("\"2016-09-01\"", "\"01.09.2016\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.errors[0].field").value("person.residencePeriods[0].from"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte ein gültiges Datum im Format JJJJ-MM-TT angeben."));
    }

    @Test
    void anUnknownStatusNamesItsField() throws Exception {
        preCheck("abh", EXAMPLE.replace("\"DULDUNG\"", "\"GEDULDET\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("person.residencePeriods[1].status"));
    }

    @Test
    void aPeriodEndingBeforeItBeginsNamesItsEnd() throws Exception {
        preCheck("abh", EXAMPLE.replace("\"to\": \"2018-03-31\"", "\"to\": \"2015-03-31\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'person.residencePeriods[0].to')].message").value("Das Ende liegt vor dem Beginn."));
    }

    @Test
    void overlappingPeriodsAreRefused() throws Exception {
        preCheck("abh", EXAMPLE.replace("\"from\": \"2018-04-01\"", "\"from\": \"2018-03-01\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("person.residencePeriods[")));
    }

    @Test
    void aBirthDateAfterTheEvaluationDateIsRefused() throws Exception {
        preCheck("abh", EXAMPLE.replace("\"birthDate\": \"2001-05-10\"", "\"birthDate\": \"2027-05-10\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("person.birthDate"));
    }

    @Test
    void brokenJsonAndWrongTypesAreProblemsNotServerErrors() throws Exception {
        preCheck("abh", "{\"asOf\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Die Anfrage ist kein gültiges JSON."));
        preCheck("abh", EXAMPLE.replace("\"fdgoCommitment\": true", "\"fdgoCommitment\": \"ja\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("person.fdgoCommitment"));
        preCheck("abh", EXAMPLE.replace("\"dailyRates\": 30", "\"dailyRates\": \"dreißig\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("person.convictions[0].dailyRates"));
    }

    @Test
    void missingFactsAreUnknownNotErrors() throws Exception {
        preCheck("abh", """
                {"asOf": "2026-03-01", "legalBases": ["AUFENTHG_25B"], "person": {}}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].outcome").value("UNDETERMINED"))
                .andExpect(jsonPath("$.results[0].earliestDate").doesNotExist());
    }
}
