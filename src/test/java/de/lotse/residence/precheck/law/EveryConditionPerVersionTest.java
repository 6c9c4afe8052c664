package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.BasisResult;
import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.Person;
import de.lotse.residence.precheck.PreCheckEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static de.lotse.residence.precheck.LegalBasis.AUFENTHG_104C;
import static de.lotse.residence.precheck.LegalBasis.AUFENTHG_25A;
import static de.lotse.residence.precheck.LegalBasis.AUFENTHG_25B;
import static de.lotse.residence.precheck.LegalBasis.STAG_10;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every condition of every stored version, three ways: met for an eligible person, not met after one change, and
 * undetermined with the missing fact named after making one fact unknown. The detailed tables per version add
 * figures and earliest dates; this one makes sure no condition of any version is left untested.
 */
class EveryConditionPerVersionTest {

    private static final PreCheckEngine ENGINE = new PreCheckEngine();

    /**
     * @param version    expected law version id on the evaluation date
     * @param eligible   a person meeting every condition of that version
     * @param notMet     the change that makes the condition fail
     * @param unknown    the change that makes a needed fact unknown
     * @param missing    the fact the result must name as missing
     * @param earliestWhileUnknown the earliest date while the fact is unknown: null, unless a later version no
     *                   longer needs the fact
     */
    record Row(String name, LegalBasis basis, String asOf, String version, Person eligible, String conditionId,
               UnaryOperator<Person> notMet, UnaryOperator<Person> unknown, String missing,
               String earliestWhileUnknown) {

        Row(String name, LegalBasis basis, String asOf, String version, Person eligible, String conditionId,
            UnaryOperator<Person> notMet, UnaryOperator<Person> unknown, String missing) {
            this(name, basis, asOf, version, eligible, conditionId, notMet, unknown, missing, null);
        }

        @Override
        public String toString() {
            return version + " " + conditionId + ": " + name;
        }
    }

    // Eligible persons per statute; each version's rows say which evaluation date they use.

    /** Young geduldete person at school since 2016: meets § 25a in all three versions on the dates used. */
    static Person youth() {
        return Person.unknown().born("2006-01-01").period("DULDUNG", "2016-06-01", null)
                .school("2016-08-01", null, true).qualification(false).prognosis(true).fdgo(true)
                .deception(false).identity(true).illness(false);
    }

    /** Geduldet adult since 2012: meets § 25b in all versions and § 104c. */
    static Person adult() {
        return Person.unknown().born("1980-01-01").period("DULDUNG", "2012-01-01", null)
                .fdgo(true).civicKnowledge(true).livelihood25b(true, null).german("B1").childrenAttendSchool(true)
                .deception(false).expulsionInterest(false).minorChild(false).identity(true).illness(false)
                .noConvictions();
    }

    /** Settled resident with a permit since 2012: meets § 10 StAG in all versions. */
    static Person resident() {
        return Person.unknown().born("1980-01-01").permit("25 Abs. 1", "2012-01-01", null)
                .identity(true).fdgo(true).livelihoodSecured(true).lossOfCitizenship(true).noConvictions()
                .german("B1").naturalisationTest(true).illness(false);
    }

    static Stream<Row> section25a(String asOf, String version, String tooOld) {
        Person p = youth();
        return Stream.of(
                // Opening words: geduldet (until 2022 and from 2027) or § 104c / twelve months of Duldung.
                new Row("a Gestattung is no Duldung", AUFENTHG_25A, asOf, version, p, "25a-1-1",
                        x -> x.noPeriods().period("AUFENTHALTSGESTATTUNG", "2016-06-01", null),
                        Person::noPeriods, "person.residencePeriods"),
                // Nr. 1: a run of Duldung that started one year and nine months before the date is too short for
                // four (three) years, though long enough for the twelve months of Duldung.
                new Row("residence too short", AUFENTHG_25A, asOf, version, p, "25a-1-1-1",
                        x -> x.noPeriods().period("OHNE_AUFENTHALTSRECHT", "2016-06-01", shortRunStart(asOf, -1))
                                .period("DULDUNG", shortRunStart(asOf, 0), null),
                        Person::noPeriods, "person.residencePeriods"),
                // Nr. 2: no school attendance reaching the date and no qualification.
                new Row("school attendance ended", AUFENTHG_25A, asOf, version, p, "25a-1-1-2",
                        x -> x.withSchool(null).school("2016-08-01", "2018-07-31", true),
                        x -> x.withSchool(null), "person.schoolAttendance"),
                // Nr. 3: applying after the 21st (27th) birthday is too late.
                new Row("too old", AUFENTHG_25A, asOf, version, p, "25a-1-1-3",
                        x -> x.born(tooOld), x -> x.born(null), "person.birthDate"),
                new Row("negative prognosis", AUFENTHG_25A, asOf, version, p, "25a-1-1-4",
                        x -> x.prognosis(false), x -> x.prognosis(null), "person.integrationPrognosisPositive"),
                new Row("indications against the basic order", AUFENTHG_25A, asOf, version, p, "25a-1-1-5",
                        x -> x.fdgo(false), x -> x.fdgo(null), "person.fdgoCommitment"),
                new Row("deception", AUFENTHG_25A, asOf, version, p, "25a-1-3",
                        x -> x.deception(true), x -> x.deception(null), "person.deceptionOrObstruction"));
    }

    /** A start date one year and nine months before {@code asOf}, or the day before it ({@code offset} -1). */
    static String shortRunStart(String asOf, int offset) {
        return java.time.LocalDate.parse(asOf).minusMonths(21).plusDays(offset).toString();
    }

    static Stream<Row> section25b(String asOf, String version) {
        Person p = adult();
        return Stream.of(
                new Row("a Gestattung is no Duldung", AUFENTHG_25B, asOf, version, p, "25b-1-1",
                        x -> x.noPeriods().period("AUFENTHALTSGESTATTUNG", "2012-01-01", null),
                        Person::noPeriods, "person.residencePeriods"),
                // Nr. 1: residence restarted 1 year 9 months before the date (no status in between).
                new Row("residence too short", AUFENTHG_25B, asOf, version, p, "25b-1-2-1",
                        x -> x.noPeriods().period("OHNE_AUFENTHALTSRECHT", "2012-01-01", shortRunStart(asOf, -1))
                                .period("DULDUNG", shortRunStart(asOf, 0), null),
                        Person::noPeriods, "person.residencePeriods"),
                new Row("no civic knowledge", AUFENTHG_25B, asOf, version, p, "25b-1-2-2",
                        x -> x.civicKnowledge(false), x -> x.civicKnowledge(null), "person.civicKnowledgeProven"),
                new Row("livelihood neither secured nor expected", AUFENTHG_25B, asOf, version, p, "25b-1-2-3",
                        x -> x.livelihood25b(false, false), x -> x.livelihood25b(null, false),
                        "person.livelihood.mainlyFromEmployment"),
                new Row("German A1", AUFENTHG_25B, asOf, version, p, "25b-1-2-4",
                        x -> x.german("A1"), x -> x.german(null), "person.germanLevel"),
                new Row("children not at school", AUFENTHG_25B, asOf, version, p, "25b-1-2-5",
                        x -> x.childrenAttendSchool(false), x -> x.childrenAttendSchool(null),
                        "person.schoolAgeChildrenAttendSchool"),
                new Row("obstruction", AUFENTHG_25B, asOf, version, p, "25b-2-1",
                        x -> x.deception(true), x -> x.deception(null), "person.deceptionOrObstruction"),
                new Row("expulsion interest", AUFENTHG_25B, asOf, version, p, "25b-2-2",
                        x -> x.expulsionInterest(true), x -> x.expulsionInterest(null), "person.expulsionInterest"));
    }

    static Stream<Row> section104c() {
        String asOf = "2024-03-01";
        String version = "AUFENTHG_104C@2022-12-31";
        Person p = adult();
        return Stream.of(
                new Row("a residence permit is no Duldung", AUFENTHG_104C, asOf, version, p, "104c-1-1-duldung",
                        x -> x.noPeriods().period("DULDUNG", "2012-01-01", "2023-12-31")
                                .permit("16b", "2024-01-01", null),
                        Person::noPeriods, "person.residencePeriods"),
                // Five years on 2022-10-31 need a run from 2017-10-31 at the latest.
                new Row("run starts 2018", AUFENTHG_104C, asOf, version, p, "104c-1-1-voraufenthalt",
                        x -> x.noPeriods().period("DULDUNG", "2018-01-01", null),
                        Person::noPeriods, "person.residencePeriods"),
                new Row("no commitment", AUFENTHG_104C, asOf, version, p, "104c-1-1-1",
                        x -> x.fdgo(false), x -> x.fdgo(null), "person.fdgoCommitment"),
                new Row("fine of 60 daily rates", AUFENTHG_104C, asOf, version, p, "104c-1-1-2",
                        x -> x.conviction("2020-01-01", 60, false, false), x -> x.withConvictions(null),
                        "person.convictions"),
                new Row("repeated deception", AUFENTHG_104C, asOf, version, p, "104c-1-2",
                        x -> x.deception(true), x -> x.deception(null), "person.deceptionOrObstruction"));
    }

    static Stream<Row> section10(String asOf, String version, boolean withNr4) {
        Person p = resident();
        Stream<Row> rows = Stream.of(
                // Only residence with a title counts: twelve years of Duldung give none, and no title for Nr. 2 either.
                new Row("no residence title", STAG_10, asOf, version, p, "10-1-1-aufenthalt",
                        x -> x.noPeriods().period("DULDUNG", "2012-01-01", null),
                        Person::noPeriods, "person.residencePeriods"),
                new Row("identity not clarified", STAG_10, asOf, version, p, "10-1-1-identitaet",
                        x -> x.identity(false), x -> x.identity(null), "person.identityClarified"),
                new Row("no commitment", STAG_10, asOf, version, p, "10-1-1-1",
                        x -> x.fdgo(false), x -> x.fdgo(null), "person.fdgoCommitment"),
                // Nr. 2: temporary protection (§ 24) is listed in every version.
                new Row("§ 24 permit", STAG_10, asOf, version, p, "10-1-1-2",
                        x -> x.noPeriods().permit("24", "2012-01-01", null),
                        x -> x.noPeriods().permit(null, "2012-01-01", null),
                        "person.residencePeriods[0].legalBasis"),
                new Row("livelihood not secured", STAG_10, asOf, version, p, "10-1-1-3",
                        x -> x.livelihoodSecured(false), x -> x.livelihoodSecured(null),
                        "person.livelihood.securedWithoutSgb2OrSgb12"),
                new Row("fine of 91 daily rates", STAG_10, asOf, version, p, "10-1-1-5",
                        x -> x.conviction("2020-01-01", 91, false, false), x -> x.withConvictions(null),
                        "person.convictions"),
                new Row("German A2", STAG_10, asOf, version, p, "10-1-1-6",
                        x -> x.german("A2"), x -> x.german(null), "person.germanLevel"),
                new Row("test failed", STAG_10, asOf, version, p, "10-1-1-7",
                        x -> x.naturalisationTest(false), x -> x.naturalisationTest(null),
                        "person.naturalisationTestPassed"));
        if (!withNr4) {
            return rows;
        }
        // Nr. 4 is repealed from 2024-06-27: while the fact is unknown the basis is undecided, and on that day
        // it no longer matters.
        return Stream.concat(rows, Stream.of(
                new Row("previous citizenship kept", STAG_10, asOf, version, p, "10-1-1-4",
                        x -> x.lossOfCitizenship(false), x -> x.lossOfCitizenship(null),
                        "person.acceptsLossOfPreviousCitizenshipOrExempt", "2024-06-27")));
    }

    static Stream<Row> rows() {
        return Stream.of(
                section25a("2021-06-01", "AUFENTHG_25A@2020-03-01", "2000-01-01"),
                section25a("2024-03-01", "AUFENTHG_25A@2022-12-31", "1996-01-01"),
                section25a("2027-08-01", "AUFENTHG_25A@2027-07-01", "2000-01-01"),
                section25b("2021-06-01", "AUFENTHG_25B@2020-03-01"),
                section25b("2024-03-01", "AUFENTHG_25B@2022-12-31"),
                section25b("2027-08-01", "AUFENTHG_25B@2027-07-01"),
                section104c(),
                section10("2022-06-01", "STAG_10@2021-08-20", true),
                section10("2023-06-01", "STAG_10@2022-12-31", true),
                section10("2024-06-10", "STAG_10@2024-06-01", true),
                section10("2025-03-01", "STAG_10@2024-06-27", false),
                section10("2026-03-01", "STAG_10@2025-10-30", false)
        ).flatMap(s -> s);
    }

    private static BasisResult check(Person person, Row row) {
        return ENGINE.check(person.request(row.asOf(), row.basis())).results().getFirst();
    }

    private static ConditionResult condition(BasisResult result, String id) {
        return result.conditions().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no condition " + id + " in " + result.lawVersionId()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void metNotMetAndUnknown(Row row) {
        BasisResult eligible = check(row.eligible(), row);
        assertThat(eligible.lawVersionId()).isEqualTo(row.version());
        assertThat(eligible.outcome()).as("eligible person: %s", eligible.conditions()).isEqualTo(Outcome.MET);

        // Failing the condition: NOT_MET, since the eligible person meets every other condition.
        BasisResult failed = check(row.notMet().apply(row.eligible()), row);
        assertThat(condition(failed, row.conditionId()).outcome()).as(condition(failed, row.conditionId())
                .explanation()).isEqualTo(Outcome.NOT_MET);
        assertThat(failed.outcome()).isEqualTo(Outcome.NOT_MET);

        BasisResult unknown = check(row.unknown().apply(row.eligible()), row);
        ConditionResult undetermined = condition(unknown, row.conditionId());
        assertThat(undetermined.outcome()).as(undetermined.explanation()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(undetermined.missingFacts()).contains(row.missing());
        assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(unknown.earliestDate()).as("earliest date while the fact is unknown")
                .isEqualTo(row.earliestWhileUnknown() == null ? null
                        : java.time.LocalDate.parse(row.earliestWhileUnknown()));
    }
}
