package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.Expectation;
import de.lotse.residence.precheck.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static de.lotse.residence.precheck.LegalBasis.AUFENTHG_104C;
import static de.lotse.residence.precheck.Outcome.MET;
import static de.lotse.residence.precheck.Outcome.NOT_MET;
import static de.lotse.residence.precheck.Outcome.UNDETERMINED;

/**
 * § 104c AufenthG: the version 2022-12-31 to 2025-12-30, the time before it, and the transitional rule from
 * 2025-12-31 (shared/law/aufenthg-104c.md). Evaluation date 2023-03-01 unless stated.
 */
class Aufenthg104cTest {

    private static final String AS_OF = "2023-03-01";
    private static final String CONVICTIONS = "104c-1-1-2";

    /** Geduldet since 2017-01-01: 5 years 9 months 30 days on 31 October 2022. */
    static Person eligible() {
        return Person.unknown().born("1990-01-01").period("DULDUNG", "2017-01-01", null)
                .fdgo(true).noConvictions().deception(false);
    }

    static Person withPeriods(String... statusFromTo) {
        Person person = eligible().noPeriods();
        for (int i = 0; i < statusFromTo.length; i += 3) {
            person = person.period(statusFromTo[i], statusFromTo[i + 1], statusFromTo[i + 2]);
        }
        return person;
    }

    static Expectation when(String name, Person person) {
        return Expectation.of(name, AUFENTHG_104C, person, AS_OF);
    }

    /** A person with one conviction on 2021-02-01. */
    static Person convicted(Integer dailyRates, Boolean foreignerSpecific) {
        return eligible().conviction("2021-02-01", dailyRates, foreignerSpecific, false);
    }

    static Stream<Expectation> cases() {
        return Stream.of(
                when("eligible person", eligible())
                        .version("AUFENTHG_104C@2022-12-31").condition("104c-1-1-voraufenthalt", MET)
                        .explains("Am 31.10.2022 5 Jahre", "5 Jahre 9 Monate 30 Tage nachgewiesen").basis(MET, AS_OF),

                // Abs. 1 Satz 1: five years on the fixed day 2022-10-31: a Duldung from 2017-10-31 just reaches it.
                when("exactly five years on 31 October 2022", withPeriods("DULDUNG", "2017-10-31", null))
                        .condition("104c-1-1-voraufenthalt", MET).basis(MET, AS_OF),

                // One day short; the cut-off day is fixed, so waiting does not help.
                when("one day short on 31 October 2022", withPeriods("DULDUNG", "2017-11-01", null))
                        .condition("104c-1-1-voraufenthalt", NOT_MET).explains("4 Jahre 11 Monate 30 Tage")
                        .basis(NOT_MET, null),

                // "geduldet, gestattet oder mit einer Aufenthaltserlaubnis": Gestattung and Duldung join.
                when("Gestattung then Duldung", withPeriods("AUFENTHALTSGESTATTUNG", "2017-01-01", "2019-12-31",
                        "DULDUNG", "2020-01-01", null))
                        .condition("104c-1-1-voraufenthalt", MET).basis(MET, AS_OF),

                // Abs. 1 Satz 3: § 60b times are credited, and a § 60b Duldung is a Duldung.
                when("§ 60b Duldung counts (Abs. 1 Satz 3)", withPeriods("DULDUNG", "2017-01-01", "2019-12-31",
                        "DULDUNG_UNGEKLAERTE_IDENTITAET", "2020-01-01", null))
                        .condition("104c-1-1-voraufenthalt", MET).condition("104c-1-1-duldung", MET)
                        .basis(MET, AS_OF),

                // "ununterbrochen": a one-day gap in 2020 restarts the run, which is then short on 2022-10-31.
                when("gap before the cut-off day", withPeriods("DULDUNG", "2017-01-01", "2020-05-31",
                        "DULDUNG", "2020-06-02", null))
                        .condition("104c-1-1-voraufenthalt", NOT_MET).basis(NOT_MET, null),

                // "Einem geduldeten Ausländer": with a residence permit on the evaluation date there is no Duldung.
                when("residence permit on the evaluation date", withPeriods("DULDUNG", "2017-01-01", "2022-12-31")
                        .permit("16b", "2023-01-01", null))
                        .condition("104c-1-1-duldung", NOT_MET).basis(NOT_MET, null),

                // The Duldung starts after the evaluation date: eligible from that day.
                when("Duldung starts later", withPeriods("AUFENTHALTSGESTATTUNG", "2017-01-01", "2023-05-31",
                        "DULDUNG", "2023-06-01", null))
                        .condition("104c-1-1-duldung", NOT_MET).basis(NOT_MET, "2023-06-01"),

                // Nr. 2: fines up to 50 Tagessätze in total are disregarded ...
                when("fine of 50 daily rates", convicted(50, false))
                        .condition(CONVICTIONS, MET).basis(MET, AS_OF),
                // ... 51 are not; convictions are never removed here, so never eligible.
                when("fine of 51 daily rates", convicted(51, false))
                        .condition(CONVICTIONS, NOT_MET).explains("51 Tagessätze wegen sonstiger Straftaten")
                        .basis(NOT_MET, null),
                // Up to 90 for offences only foreigners can commit.
                when("foreigner-specific fine of 90", convicted(90, true))
                        .condition(CONVICTIONS, MET).basis(MET, AS_OF),
                when("foreigner-specific fine of 91", convicted(91, true))
                        .condition(CONVICTIONS, NOT_MET).basis(NOT_MET, null),
                // Decision on mixed fines: other offences up to 50, all together up to 90.
                when("40 general and 50 foreigner-specific", convicted(40, false)
                        .conviction("2021-06-01", 50, true, false))
                        .condition(CONVICTIONS, MET).basis(MET, AS_OF),
                when("40 general and 51 foreigner-specific", convicted(40, false)
                        .conviction("2021-06-01", 51, true, false))
                        .condition(CONVICTIONS, NOT_MET).basis(NOT_MET, null),
                // Fines are summed ("insgesamt").
                when("two fines of 30 and 21", convicted(30, false).conviction("2022-01-01", 21, false, false))
                        .condition(CONVICTIONS, NOT_MET).basis(NOT_MET, null),
                // Juvenile sanctions other than Jugendstrafe are disregarded.
                when("juvenile sanction", eligible().conviction("2021-02-01", null, false, true))
                        .condition(CONVICTIONS, MET).explains("Jugendstrafrecht").basis(MET, AS_OF),
                // A conviction dated after the evaluation date does not exist yet on it.
                when("conviction after the evaluation date", eligible().conviction("2023-05-01", 60, false, false))
                        .condition(CONVICTIONS, MET).basis(MET, AS_OF),
                // Unknown punishment: could be small or a prison sentence.
                when("punishment unknown", eligible().conviction("2021-02-01", null, false, false))
                        .condition(CONVICTIONS, UNDETERMINED).missing("person.convictions[0].dailyRates")
                        .basis(UNDETERMINED, null),
                // 60 Tagessätze: disregarded only if the offence is one only foreigners can commit.
                when("kind of offence unknown", convicted(60, null))
                        .condition(CONVICTIONS, UNDETERMINED)
                        .missing("person.convictions[0].foreignerSpecificOffence").basis(UNDETERMINED, null),
                when("convictions unknown", eligible().withConvictions(null))
                        .condition(CONVICTIONS, UNDETERMINED).missing("person.convictions")
                        .basis(UNDETERMINED, null),

                // Nr. 1 and Satz 2.
                when("no commitment", eligible().fdgo(false))
                        .condition("104c-1-1-1", NOT_MET).basis(NOT_MET, null),
                when("repeated deception (Satz 2)", eligible().deception(true))
                        .condition("104c-1-2", NOT_MET).basis(NOT_MET, null),

                // Before 2022-12-31 § 104c did not exist; the earliest date is its first day.
                Expectation.of("before the statute existed", AUFENTHG_104C, eligible(), "2022-11-15")
                        .version("AUFENTHG_104C@before-2022-12-31").condition("104c-nicht-anwendbar", NOT_MET)
                        .basis(NOT_MET, "2022-12-31"),
                // Last day for a new grant.
                Expectation.of("last day 2025-12-30", AUFENTHG_104C, eligible(), "2025-12-30")
                        .basis(MET, "2025-12-30"),
                // From 2025-12-31 only the transitional rule: no new grant, ever.
                Expectation.of("transitional rule from 2025-12-31", AUFENTHG_104C, eligible(), "2025-12-31")
                        .version("AUFENTHG_104C@2025-12-31").condition("104c-uebergangsregelung", NOT_MET)
                        .basis(NOT_MET, null),
                // Eligible only after the statute ended for new grants.
                Expectation.of("Duldung only after the end", AUFENTHG_104C, withPeriods("AUFENTHALTSGESTATTUNG",
                                "2017-01-01", "2026-01-31", "DULDUNG", "2026-02-01", null), "2025-06-01")
                        .basis(NOT_MET, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(Expectation expectation) {
        expectation.verify();
    }
}
