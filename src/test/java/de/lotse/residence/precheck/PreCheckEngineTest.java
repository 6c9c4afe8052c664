package de.lotse.residence.precheck;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole pre-check for the example request of the issue, as the UI will receive it. */
class PreCheckEngineTest {

    private final PreCheckEngine engine = new PreCheckEngine();

    /** The JSON example of the issue, field by field. */
    static PreCheckRequest exampleRequest() {
        return new PreCheckRequest(LocalDate.parse("2026-03-01"),
                List.of("AUFENTHG_25A", "AUFENTHG_25B", "AUFENTHG_104C", "STAG_10"),
                new PreCheckRequest.Person(
                        LocalDate.parse("2001-05-10"),
                        List.of(new PreCheckRequest.ResidencePeriod("AUFENTHALTSGESTATTUNG",
                                        LocalDate.parse("2016-09-01"), LocalDate.parse("2018-03-31"), null),
                                new PreCheckRequest.ResidencePeriod("DULDUNG", LocalDate.parse("2018-04-01"), null,
                                        null)),
                        List.of(new PreCheckRequest.SchoolAttendance(LocalDate.parse("2016-10-01"), null, true)),
                        false, "A2", true, null, null,
                        new PreCheckRequest.Livelihood(null, true, null),
                        true, true, true, false, false,
                        List.of(new PreCheckRequest.Conviction(LocalDate.parse("2021-02-01"), 30, false, false)),
                        false, null, false, null, null));
    }

    private static BasisResult result(PreCheckResult result, LegalBasis basis) {
        return result.results().stream().filter(r -> r.legalBasis() == basis).findFirst().orElseThrow();
    }

    private static ConditionResult condition(BasisResult result, String id) {
        return result.conditions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void exampleRequest_resultsInRequestOrderWithEngineAndLawVersions() {
        PreCheckResult result = engine.check(exampleRequest());

        assertThat(result.asOf()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(result.engineVersion()).isEqualTo(PreCheckEngine.ENGINE_VERSION).isEqualTo("1.0.0");
        assertThat(result.results()).extracting(BasisResult::legalBasis).containsExactly(
                LegalBasis.AUFENTHG_25A, LegalBasis.AUFENTHG_25B, LegalBasis.AUFENTHG_104C, LegalBasis.STAG_10);
        assertThat(result.results()).extracting(BasisResult::lawVersionId).containsExactly(
                "AUFENTHG_25A@2022-12-31", "AUFENTHG_25B@2022-12-31", "AUFENTHG_104C@2025-12-31",
                "STAG_10@2025-10-30");
        assertThat(result.results()).extracting(BasisResult::lawVersionValidFrom).containsExactly(
                LocalDate.parse("2022-12-31"), LocalDate.parse("2022-12-31"), LocalDate.parse("2025-12-31"),
                LocalDate.parse("2025-10-30"));
    }

    @Test
    void exampleRequest_25aIsMetToday() {
        // 24 years old, geduldet since 2018 (twelve months), residence since 2016-09-01 (three years), at school
        // successfully since 2016-10-01; no § 104c permit, so Abs. 6 does not apply.
        BasisResult result = result(engine.check(exampleRequest()), LegalBasis.AUFENTHG_25A);
        assertThat(result.outcome()).isEqualTo(Outcome.MET);
        assertThat(result.earliestDate()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(condition(result, "25a-1-1-1").explanation())
                .contains("3 Jahre", "9 Jahre 6 Monate nachgewiesen", "ununterbrochen seit 01.09.2016");
        assertThat(condition(result, "25a-1-1-3").explanation()).contains("09.05.2028");
    }

    @Test
    void exampleRequest_25bWaitsOnlyForProofOfTheChildrensSchoolAttendance() {
        // Every condition is met except Nr. 5, which is unknown: "eligible once school attendance is proven".
        BasisResult result = result(engine.check(exampleRequest()), LegalBasis.AUFENTHG_25B);
        assertThat(result.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(result.earliestDate()).isNull();
        assertThat(result.conditions()).filteredOn(c -> c.outcome() != Outcome.MET)
                .extracting(ConditionResult::id, ConditionResult::citation, ConditionResult::missingFacts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("25b-1-2-5",
                        "§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG", List.of("person.schoolAgeChildrenAttendSchool")));
    }

    @Test
    void exampleRequest_104cNoLongerGrantsNewPermits() {
        BasisResult result = result(engine.check(exampleRequest()), LegalBasis.AUFENTHG_104C);
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.earliestDate()).isNull();
        assertThat(result.conditions()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(c.explanation()).contains("nicht mehr neu erteilt");
        });
    }

    @Test
    void exampleRequest_naturalisationNeedsAResidenceTitle() {
        // A Duldung is no lawful residence with a title (§ 10 Abs. 1 Satz 1, Nr. 2 StAG); it is ongoing, so
        // nothing changes within ten years.
        BasisResult result = result(engine.check(exampleRequest()), LegalBasis.STAG_10);
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.earliestDate()).isNull();
        assertThat(condition(result, "10-1-1-aufenthalt").explanation()).contains("Status: Duldung");
        assertThat(condition(result, "10-1-1-2").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(condition(result, "10-1-1-5").explanation()).contains("30 Tagessätze");
        assertThat(result.conditions()).extracting(ConditionResult::id).doesNotContain("10-1-1-4");
    }

    @Test
    void everyConditionCarriesCitationAndGermanExplanation() {
        for (BasisResult result : engine.check(exampleRequest()).results()) {
            assertThat(result.conditions()).allSatisfy(c -> {
                assertThat(c.citation()).startsWith("§ ");
                assertThat(c.explanation()).isNotBlank().endsWith(".");
            });
        }
    }

    @Test
    void aBasisRequestedTwiceIsCheckedOnce() {
        PreCheckRequest twice = new PreCheckRequest(LocalDate.parse("2026-03-01"),
                List.of("STAG_10", "STAG_10"), exampleRequest().person());
        assertThat(engine.check(twice).results()).hasSize(1);
    }

    @Test
    void aSavedResultIsReproducedByTheSameEngineVersion() {
        assertThat(engine.check(exampleRequest())).isEqualTo(new PreCheckEngine().check(exampleRequest()));
    }
}
