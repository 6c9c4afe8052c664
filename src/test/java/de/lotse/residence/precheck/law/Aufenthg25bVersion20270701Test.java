package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.Expectation;
import de.lotse.residence.precheck.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static de.lotse.residence.precheck.LegalBasis.AUFENTHG_25B;
import static de.lotse.residence.precheck.Outcome.MET;
import static de.lotse.residence.precheck.Outcome.NOT_MET;

/** § 25b AufenthG from 2027-07-01 (ChAR-G Art. 5 Nr. 3 applied; date unverified). */
class Aufenthg25bVersion20270701Test {

    static Person geduldet() {
        return Person.unknown().born("1985-05-05")
                .period("DULDUNG", "2017-01-01", null)
                .fdgo(true).civicKnowledge(true).livelihood25b(true, null).german("A2").childrenAttendSchool(true)
                .deception(false).expulsionInterest(false).minorChild(false).identity(true).illness(false);
    }

    static Person holder104c() {
        return geduldet().noPeriods().period("DULDUNG", "2017-01-01", "2025-12-31")
                .permit("104c", "2026-01-01", null);
    }

    static Stream<Expectation> cases() {
        return Stream.of(
                Expectation.of("§ 104c holder on 2027-06-30", AUFENTHG_25B, holder104c(), "2027-06-30")
                        .condition("25b-1-1", MET).basis(MET, "2027-06-30"),
                // Abs. 1 Satz 1 names only geduldete Ausländer again; the § 104c permit is ongoing.
                Expectation.of("§ 104c holder on 2027-07-01", AUFENTHG_25B, holder104c(), "2027-07-01")
                        .version("AUFENTHG_25B@2027-07-01").condition("25b-1-1", NOT_MET).basis(NOT_MET, null),
                Expectation.of("geduldet on 2027-07-01", AUFENTHG_25B, geduldet(), "2027-07-01")
                        .version("AUFENTHG_25B@2027-07-01").condition("25b-1-2-1", MET)
                        .basis(MET, "2027-07-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(Expectation expectation) {
        expectation.verify();
    }
}
