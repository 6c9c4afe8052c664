package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.Expectation;
import de.lotse.residence.precheck.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static de.lotse.residence.precheck.LegalBasis.AUFENTHG_25A;
import static de.lotse.residence.precheck.Outcome.MET;
import static de.lotse.residence.precheck.Outcome.NOT_MET;

/** § 25a AufenthG in the version 2020-03-01 to 2022-12-30: four years, application before 21. */
class Aufenthg25aVersion20200301Test {

    private static final String AS_OF = "2021-06-01";

    /** Geduldet and at school since 2016: about five years each on 2021-06-01; 19 years old. */
    static Person eligible() {
        return Person.unknown().born("2002-01-01")
                .period("DULDUNG", "2016-06-01", null)
                .school("2016-08-01", null, true)
                .qualification(false).prognosis(true).fdgo(true).deception(false).identity(true).illness(false);
    }

    static Expectation when(String name, Person person) {
        return Expectation.of(name, AUFENTHG_25A, person, AS_OF);
    }

    static Stream<Expectation> cases() {
        return Stream.of(
                when("eligible person", eligible())
                        .version("AUFENTHG_25A@2020-03-01").condition("25a-1-1-1", MET)
                        .explains("4 Jahre ununterbrochen").basis(MET, AS_OF),

                // "geduldeter Ausländer": a Gestattung is not enough; the later version asks for a Duldung too.
                when("not geduldet", eligible().noPeriods().period("AUFENTHALTSGESTATTUNG", "2016-06-01", null))
                        .condition("25a-1-1", NOT_MET).basis(NOT_MET, null),

                // Nr. 1: four years from 2018-01-01 are complete on 2022-01-01, still under this version.
                when("three years five months", eligible().noPeriods().period("DULDUNG", "2018-01-01", null))
                        .condition("25a-1-1-1", NOT_MET).explains("3 Jahre 5 Monate nachgewiesen")
                        .basis(NOT_MET, "2022-01-01"),

                // Nr. 3: the day before the 21st birthday is the last day to apply.
                Expectation.of("day before 21st birthday", AUFENTHG_25A, eligible().born("2000-07-01"), "2021-06-30")
                        .condition("25a-1-1-3", MET).basis(MET, "2021-06-30"),

                // Nr. 3: too old under this version from the 21st birthday; the version of 2022-12-31 raises the
                // limit to 27, so the earliest date is that version's first day.
                Expectation.of("21st birthday, 2022 version reopens", AUFENTHG_25A, eligible().born("2000-07-01"),
                                "2021-07-01")
                        .condition("25a-1-1-3", NOT_MET).basis(NOT_MET, "2022-12-31"),

                // Nr. 2 has no illness waiver in this version; from 2022-12-31 three years suffice (school since
                // 2019-09-01 reaches them on 2022-09-01) and illness would waive them anyway.
                when("no illness waiver for school before 2022-12-31", eligible().withSchool(null)
                        .school("2019-09-01", null, true).illness(true))
                        .condition("25a-1-1-2", NOT_MET).basis(NOT_MET, "2022-12-31"),

                // § 60b Abs. 5 Satz 1: the § 60b year 2019 is not credited. Four years from 2016-06-01 are 1461
                // days; 944 are credited before 2019, the remaining 517 from 2020-01-01 end on 2021-06-01 (instead
                // of 2020-06-01 without the § 60b year).
                Expectation.of("§ 60b year pushes completion back", AUFENTHG_25A, eligible().noPeriods()
                                .period("DULDUNG", "2016-06-01", "2018-12-31")
                                .period("DULDUNG_UNGEKLAERTE_IDENTITAET", "2019-01-01", "2019-12-31")
                                .period("DULDUNG", "2020-01-01", null), "2021-05-01")
                        .condition("25a-1-1-1", NOT_MET).basis(NOT_MET, "2021-06-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(Expectation expectation) {
        expectation.verify();
    }
}
