package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.Expectation;
import de.lotse.residence.precheck.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static de.lotse.residence.precheck.LegalBasis.AUFENTHG_25A;
import static de.lotse.residence.precheck.Outcome.MET;
import static de.lotse.residence.precheck.Outcome.NOT_MET;

/**
 * § 25a AufenthG from 2027-07-01 (ChAR-G Art. 5 Nr. 2 applied; date unverified): § 104c permit holders are no longer
 * named in Abs. 1 Satz 1.
 */
class Aufenthg25aVersion20270701Test {

    static Person geduldet() {
        return Person.unknown().born("2004-06-15")
                .period("DULDUNG", "2020-01-01", null)
                .school("2020-02-01", null, true)
                .qualification(false).prognosis(true).fdgo(true).deception(false).identity(true).illness(false);
    }

    static Person holder104c() {
        return geduldet().noPeriods().period("DULDUNG", "2020-01-01", "2025-06-30")
                .permit("104c", "2025-07-01", null);
    }

    static Stream<Expectation> cases() {
        return Stream.of(
                // Last day of the 2022 version: the § 104c holder qualifies through Abs. 1 Satz 1.
                Expectation.of("§ 104c holder on 2027-06-30", AUFENTHG_25A, holder104c(), "2027-06-30")
                        .version("AUFENTHG_25A@2022-12-31").condition("25a-1-1", MET).basis(MET, "2027-06-30"),

                // From 2027-07-01 only a Duldung of twelve months opens § 25a; the permit is ongoing.
                Expectation.of("§ 104c holder on 2027-07-01", AUFENTHG_25A, holder104c(), "2027-07-01")
                        .version("AUFENTHG_25A@2027-07-01").condition("25a-1-1", NOT_MET).basis(NOT_MET, null),

                // A geduldete person is not affected.
                Expectation.of("geduldet on 2027-07-01", AUFENTHG_25A, geduldet(), "2027-07-01")
                        .version("AUFENTHG_25A@2027-07-01").condition("25a-1-1", MET).basis(MET, "2027-07-01"),

                // Twelve months of Duldung from 2026-09-01 are complete on 2027-09-01, under the new version.
                Expectation.of("twelve months reached under the new version", AUFENTHG_25A, geduldet().noPeriods()
                                .period("AUFENTHALTSGESTATTUNG", "2020-01-01", "2026-08-31")
                                .period("DULDUNG", "2026-09-01", null), "2027-06-01")
                        .condition("25a-1-1", NOT_MET).basis(NOT_MET, "2027-09-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(Expectation expectation) {
        expectation.verify();
    }
}
