package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.Expectation;
import de.lotse.residence.precheck.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static de.lotse.residence.precheck.LegalBasis.STAG_10;
import static de.lotse.residence.precheck.Outcome.MET;
import static de.lotse.residence.precheck.Outcome.NOT_MET;
import static de.lotse.residence.precheck.Outcome.UNDETERMINED;

/**
 * § 10 StAG, versions D (2024-06-27, five years, three under Abs. 3) and E (2025-10-30, Abs. 3 repealed).
 * Evaluation date 2025-03-01 (version D) unless stated.
 */
class Stag10Version20240627And20251030Test {

    private static final String AS_OF = "2025-03-01";

    /** Blue card holder (§ 18b) since 2019-01-01: 6 years 2 months. */
    static Person eligible() {
        return Person.unknown().born("1985-01-01").permit("18b", "2019-01-01", null)
                .identity(true).fdgo(true).livelihoodSecured(true).noConvictions()
                .german("B1").naturalisationTest(true).illness(false).specialAchievements(false);
    }

    /** On the three-year route of Abs. 3 in version D: special achievements, C1, livelihood secured. */
    static Person threeYearRoute(String permitFrom) {
        return eligible().noPeriods().permit("18b", permitFrom, null).specialAchievements(true).german("C1");
    }

    static Expectation when(String name, Person person) {
        return Expectation.of(name, STAG_10, person, AS_OF);
    }

    static Stream<Expectation> cases() {
        return Stream.of(
                when("eligible person", eligible())
                        .version("STAG_10@2024-06-27").condition("10-1-1-aufenthalt", MET).explains("5 Jahre")
                        .basis(MET, AS_OF),
                // Nr. 4 no longer exists: refusing to give up the previous citizenship does not matter.
                when("previous citizenship kept", eligible().lossOfCitizenship(false)).basis(MET, AS_OF),

                // Five years from 2021-01-01 end on 2026-01-01 (version E, also five years).
                when("four years two months", eligible().noPeriods().permit("18b", "2021-01-01", null))
                        .condition("10-1-1-aufenthalt", NOT_MET).explains("4 Jahre 2 Monate nachgewiesen")
                        .basis(NOT_MET, "2026-01-01"),

                // Abs. 3: three years with special achievements, C1 and § 8 Abs. 1 Nr. 4 (discretion).
                when("three-year route", threeYearRoute("2021-09-01"))
                        .condition("10-1-1-aufenthalt", MET).explains("3 Jahre", "Ermessen").basis(MET, AS_OF),
                // Abs. 3 Nr. 3 needs C1: with B2 only the five years are left (2026-09-01).
                when("three-year route needs C1", threeYearRoute("2021-09-01").german("B2"))
                        .condition("10-1-1-aufenthalt", NOT_MET).basis(NOT_MET, "2026-09-01"),
                // Achievements unknown: undecided now; MET at five years regardless.
                when("achievements unknown", threeYearRoute("2021-09-01").specialAchievements(null))
                        .condition("10-1-1-aufenthalt", UNDETERMINED)
                        .missing("person.specialIntegrationAchievements").basis(UNDETERMINED, "2026-09-01"),

                // The same person around the repeal of Abs. 3 on 2025-10-30.
                Expectation.of("three-year route on 2025-10-29", STAG_10, threeYearRoute("2021-09-01"),
                                "2025-10-29")
                        .version("STAG_10@2024-06-27").basis(MET, "2025-10-29"),
                Expectation.of("three-year route gone on 2025-10-30", STAG_10, threeYearRoute("2021-09-01"),
                                "2025-10-30")
                        .version("STAG_10@2025-10-30").condition("10-1-1-aufenthalt", NOT_MET)
                        .explains("5 Jahre ununterbrochen").basis(NOT_MET, "2026-09-01"),

                // Three years from 2022-08-01 are complete on 2025-08-01, while Abs. 3 still applies.
                Expectation.of("three years reached before the repeal", STAG_10, threeYearRoute("2022-08-01"),
                                "2025-06-01")
                        .condition("10-1-1-aufenthalt", NOT_MET).basis(NOT_MET, "2025-08-01"),
                // Three years from 2022-11-01 would be complete on 2025-11-01, after the repeal: five years then.
                Expectation.of("three years reached after the repeal", STAG_10, threeYearRoute("2022-11-01"),
                                "2025-06-01")
                        .condition("10-1-1-aufenthalt", NOT_MET).basis(NOT_MET, "2027-11-01"),

                // Nr. 2 in this version: § 18d and § 23 Abs. 1 are no longer listed; "Aufenthaltstitel" takes a visa.
                when("§ 18d permit", eligible().noPeriods().permit("18d", "2019-01-01", null))
                        .condition("10-1-1-2", MET).basis(MET, AS_OF),
                when("§ 23 Abs. 1 permit", eligible().noPeriods().permit("23 Abs. 1", "2019-01-01", null))
                        .condition("10-1-1-2", MET).basis(MET, AS_OF),
                when("§ 25 Abs. 5 permit", eligible().noPeriods().permit("25 Abs. 5", "2019-01-01", null))
                        .condition("10-1-1-2", NOT_MET).basis(NOT_MET, null),
                when("visa with purpose", eligible().noPeriods().permit("18b", "2019-01-01", "2024-12-31")
                        .period("VISUM", "2025-01-01", null, "18a"))
                        .condition("10-1-1-2", MET).basis(MET, AS_OF),
                when("visa without purpose", eligible().noPeriods().permit("18b", "2019-01-01", "2024-12-31")
                        .period("VISUM", "2025-01-01", null))
                        .condition("10-1-1-2", UNDETERMINED).missing("person.residencePeriods[1].legalBasis")
                        .basis(UNDETERMINED, null),

                // Nr. 1 and 1a.
                when("no commitment (Nr. 1, 1a)", eligible().fdgo(false))
                        .condition("10-1-1-1", NOT_MET).explains("Nr. 1a").basis(NOT_MET, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(Expectation expectation) {
        expectation.verify();
    }
}
