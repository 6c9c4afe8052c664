package de.lotse.residence.precheck;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreCheckValidationTest {

    private static Person valid() {
        return Person.unknown().born("2001-05-10")
                .period("AUFENTHALTSGESTATTUNG", "2016-09-01", "2018-03-31")
                .period("DULDUNG", "2018-04-01", null)
                .school("2016-10-01", null, true);
    }

    private static List<FieldProblem> problems(PreCheckRequest request) {
        return PreCheckValidation.validate(request);
    }

    @Test
    void aValidRequestHasNoProblems() {
        assertThat(problems(valid().request("2026-03-01", LegalBasis.values()))).isEmpty();
    }

    @Test
    void aRequestOfUnknownsOnlyIsValid() {
        assertThat(problems(Person.unknown().request("2026-03-01", LegalBasis.STAG_10))).isEmpty();
    }

    @Test
    void missingEvaluationDate() {
        assertThat(problems(new PreCheckRequest(null, List.of("STAG_10"), valid().build())))
                .containsExactly(new FieldProblem("asOf", "Der Stichtag fehlt."));
    }

    @Test
    void emptyAndUnknownLegalBases() {
        assertThat(problems(new PreCheckRequest(java.time.LocalDate.parse("2026-03-01"), List.of(),
                valid().build())))
                .containsExactly(new FieldProblem("legalBases", "Es ist keine Rechtsgrundlage zur Prüfung angegeben."));
        assertThat(problems(new PreCheckRequest(java.time.LocalDate.parse("2026-03-01"), null, valid().build())))
                .extracting(FieldProblem::field).containsExactly("legalBases");
        assertThat(problems(new PreCheckRequest(java.time.LocalDate.parse("2026-03-01"),
                List.of("STAG_10", "AUFENTHG_25C"), valid().build())))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("legalBases[1]",
                        "Unbekannte Rechtsgrundlage „AUFENTHG_25C“ (möglich: AUFENTHG_25A, AUFENTHG_25B,"
                                + " AUFENTHG_104C, STAG_10)."));
    }

    @Test
    void periodEndingBeforeItStarts() {
        PreCheckRequest request = Person.unknown().period("DULDUNG", "2018-04-01", "2018-03-31")
                .request("2026-03-01", LegalBasis.AUFENTHG_25B);
        assertThat(problems(request)).containsExactly(
                new FieldProblem("person.residencePeriods[0].to", "Das Ende liegt vor dem Beginn."));
    }

    @Test
    void overlappingPeriodsAreReportedOnTheLaterOne() {
        PreCheckRequest request = Person.unknown()
                .period("DULDUNG", "2018-04-01", null)
                .period("AUFENTHALTSGESTATTUNG", "2016-09-01", "2018-04-01")
                .request("2026-03-01", LegalBasis.AUFENTHG_25B);
        assertThat(problems(request)).containsExactly(new FieldProblem("person.residencePeriods[0].from",
                "Der Zeitraum überschneidet sich mit dem 2. Zeitraum."));
    }

    @Test
    void adjacentPeriodsDoNotOverlap() {
        PreCheckRequest request = Person.unknown()
                .period("AUFENTHALTSGESTATTUNG", "2016-09-01", "2018-03-31")
                .period("DULDUNG", "2018-04-01", null)
                .request("2026-03-01", LegalBasis.AUFENTHG_25B);
        assertThat(problems(request)).isEmpty();
    }

    @Test
    void twoOngoingPeriodsOverlap() {
        PreCheckRequest request = Person.unknown()
                .period("DULDUNG", "2018-04-01", null)
                .period("DULDUNG", "2020-01-01", null)
                .request("2026-03-01", LegalBasis.AUFENTHG_25B);
        assertThat(problems(request)).extracting(FieldProblem::field)
                .containsExactly("person.residencePeriods[1].from");
    }

    @Test
    void birthDateAfterEvaluationDate() {
        assertThat(problems(valid().born("2026-03-02").request("2026-03-01", LegalBasis.AUFENTHG_25A)))
                .containsExactly(new FieldProblem("person.birthDate", "Das Geburtsdatum liegt nach dem Stichtag."));
    }

    @Test
    void schoolAttendanceEndingBeforeItStarts() {
        PreCheckRequest request = Person.unknown().school("2020-09-01", "2020-08-31", true)
                .request("2026-03-01", LegalBasis.AUFENTHG_25A);
        assertThat(problems(request)).containsExactly(
                new FieldProblem("person.schoolAttendance[0].to", "Das Ende liegt vor dem Beginn."));
    }

    @Test
    void unknownCodesAndMissingStarts() {
        PreCheckRequest request = Person.unknown()
                .period("GEDULDET", "2018-04-01", null)
                .period("AUFENTHALTSERLAUBNIS", null, null, "Paragraf 25")
                .german("B3")
                .conviction("2020-01-01", -5, false, false)
                .request("2026-03-01", LegalBasis.STAG_10);
        assertThat(problems(request)).extracting(FieldProblem::field).containsExactly(
                "person.residencePeriods[0].status",
                "person.residencePeriods[1].from",
                "person.residencePeriods[1].legalBasis",
                "person.germanLevel",
                "person.convictions[0].dailyRates");
    }

    @Test
    void theEngineRefusesAnInvalidRequestWithTheProblems() {
        PreCheckRequest request = new PreCheckRequest(null, List.of("STAG_10"), valid().build());
        assertThatThrownBy(() -> new PreCheckEngine().check(request))
                .isInstanceOfSatisfying(InvalidPreCheckRequestException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("asOf"));
    }
}
