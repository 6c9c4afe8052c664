package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.Expectation;
import de.lotse.residence.precheck.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static de.lotse.residence.precheck.LegalBasis.AUFENTHG_25B;
import static de.lotse.residence.precheck.Outcome.MET;
import static de.lotse.residence.precheck.Outcome.NOT_MET;

/** § 25b AufenthG in the version 2020-03-01 to 2022-12-30: eight years, six with a minor child. */
class Aufenthg25bVersion20200301Test {

    static Person geduldetSince(String from) {
        return Person.unknown().born("1985-05-05")
                .period("DULDUNG", from, null)
                .fdgo(true).civicKnowledge(true).livelihood25b(true, null).german("A2").childrenAttendSchool(true)
                .deception(false).expulsionInterest(false).minorChild(false).identity(true).illness(false);
    }

    static Stream<Expectation> cases() {
        return Stream.of(
                // Eight years from 2013-01-01 were complete on 2021-01-01.
                Expectation.of("eight years", AUFENTHG_25B, geduldetSince("2013-01-01"), "2021-06-01")
                        .version("AUFENTHG_25B@2020-03-01").condition("25b-1-2-1", MET)
                        .explains("8 Jahre (6 Jahre").basis(MET, "2021-06-01"),

                // Six years with a minor child: 6 years 5 months on 2021-06-01.
                Expectation.of("six years with a minor child", AUFENTHG_25B,
                                geduldetSince("2015-01-01").minorChild(true), "2021-06-01")
                        .condition("25b-1-2-1", MET).basis(MET, "2021-06-01"),

                // 7 years 5 months on 2022-06-01: eight years would be complete on 2023-01-01, but the version of
                // 2022-12-31 asks for six, so the earliest date is the day that version takes effect.
                Expectation.of("earliest date at the 2022 version switch", AUFENTHG_25B,
                                geduldetSince("2015-01-01"), "2022-06-01")
                        .condition("25b-1-2-1", NOT_MET).explains("7 Jahre 5 Monate nachgewiesen")
                        .basis(NOT_MET, "2022-12-31"),

                // The same person on the day before and on the day of the switch.
                Expectation.of("same person on 2022-12-30", AUFENTHG_25B, geduldetSince("2015-01-01"), "2022-12-30")
                        .version("AUFENTHG_25B@2020-03-01").basis(NOT_MET, "2022-12-31"),
                Expectation.of("same person on 2022-12-31", AUFENTHG_25B, geduldetSince("2015-01-01"), "2022-12-31")
                        .version("AUFENTHG_25B@2022-12-31").basis(MET, "2022-12-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(Expectation expectation) {
        expectation.verify();
    }
}
