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
 * § 10 StAG, versions A (2021-08-20), B (2022-12-31) and C (2024-06-01), all with eight years, Abs. 3 shortening and
 * Nr. 4 (shared/law/stag-10.md). Evaluation date 2022-06-01 (version A) unless stated.
 */
class Stag10Version20210820To20240626Test {

    private static final String AS_OF = "2022-06-01";

    /** Residence permit (§ 25 Abs. 1) since 2013-01-01: 9 years 5 months; everything else met. */
    static Person eligible() {
        return Person.unknown().born("1980-01-01").permit("25 Abs. 1", "2013-01-01", null)
                .identity(true).fdgo(true).livelihoodSecured(true).lossOfCitizenship(true).noConvictions()
                .german("B1").naturalisationTest(true).illness(false);
    }

    static Person permitSince(String legalBasis, String from) {
        return eligible().noPeriods().permit(legalBasis, from, null);
    }

    static Expectation when(String name, Person person) {
        return Expectation.of(name, STAG_10, person, AS_OF);
    }

    static Stream<Expectation> cases() {
        return Stream.of(
                when("eligible person", eligible())
                        .version("STAG_10@2021-08-20").condition("10-1-1-aufenthalt", MET)
                        .explains("8 Jahre", "9 Jahre 5 Monate nachgewiesen").basis(MET, AS_OF),

                // Abs. 1 Satz 1: eight years; 7 years 5 months without course or achievements. Eight years on
                // 2023-01-01 (version B, same requirements).
                when("seven years five months", permitSince("25 Abs. 1", "2015-01-01")
                        .integrationCourse(false).specialAchievements(false))
                        .condition("10-1-1-aufenthalt", NOT_MET).basis(NOT_MET, "2023-01-01"),
                // Abs. 3 Satz 1: seven years with the integration course certificate.
                when("integration course: seven years", permitSince("25 Abs. 1", "2015-01-01")
                        .integrationCourse(true).specialAchievements(false))
                        .condition("10-1-1-aufenthalt", MET).basis(MET, AS_OF),
                // Course unknown: undecided now, MET at eight years regardless.
                when("integration course unknown", permitSince("25 Abs. 1", "2015-01-01")
                        .integrationCourse(null).specialAchievements(false))
                        .condition("10-1-1-aufenthalt", UNDETERMINED)
                        .missing("person.integrationCourseCertificate").basis(UNDETERMINED, "2023-01-01"),
                // Abs. 3 Satz 2: down to six years for special integration achievements (discretion).
                when("special achievements: six years", permitSince("25 Abs. 1", "2016-01-01")
                        .integrationCourse(false).specialAchievements(true))
                        .condition("10-1-1-aufenthalt", MET).explains("Ermessen").basis(MET, AS_OF),

                // Only lawful residence with a title counts: the Gestattung years do not.
                when("Gestattung does not count", eligible().noPeriods()
                        .period("AUFENTHALTSGESTATTUNG", "2012-01-01", "2014-12-31")
                        .permit("25 Abs. 2", "2015-01-01", null).integrationCourse(false).specialAchievements(false))
                        .condition("10-1-1-aufenthalt", NOT_MET).explains("ununterbrochen seit 01.01.2015")
                        .basis(NOT_MET, "2023-01-01"),

                // A one-day gap (2016-12-31) restarts the run in 2017: 5 years 5 months on 2022-06-01. Eight years
                // would end 2025-01-01, but from 2024-06-27 five years suffice (version D).
                when("gap restarts the run; five years from 2024-06-27", eligible().noPeriods()
                        .permit("25 Abs. 1", "2012-01-01", "2016-12-30").permit("25 Abs. 1", "2017-01-01", null)
                        .integrationCourse(false).specialAchievements(false))
                        .condition("10-1-1-aufenthalt", NOT_MET).basis(NOT_MET, "2024-06-27"),

                // Nr. 2: listed purposes exclude; an unlimited right always qualifies.
                when("temporary protection permit (§ 24)", permitSince("24", "2013-01-01"))
                        .condition("10-1-1-2", NOT_MET).basis(NOT_MET, null),
                when("§ 25 Abs. 3 permit", permitSince("25 Abs. 3", "2013-01-01"))
                        .condition("10-1-1-2", NOT_MET).basis(NOT_MET, null),
                when("§ 25 without Absatz", permitSince("25", "2013-01-01"))
                        .condition("10-1-1-2", UNDETERMINED).missing("person.residencePeriods[0].legalBasis")
                        .basis(UNDETERMINED, null),
                when("legal basis unknown", permitSince(null, "2013-01-01"))
                        .condition("10-1-1-2", UNDETERMINED).missing("person.residencePeriods[0].legalBasis")
                        .basis(UNDETERMINED, null),
                when("Niederlassungserlaubnis", eligible().noPeriods()
                        .period("NIEDERLASSUNGSERLAUBNIS", "2013-01-01", null))
                        .condition("10-1-1-2", MET).basis(MET, AS_OF),
                // § 18d is listed until 2024-06-26 and no longer from 2024-06-27.
                when("§ 18d permit", permitSince("18d", "2013-01-01"))
                        .condition("10-1-1-2", NOT_MET).basis(NOT_MET, "2024-06-27"),
                // A visa is no Aufenthaltserlaubnis in this wording.
                when("visa", eligible().noPeriods().permit("25 Abs. 1", "2013-01-01", "2021-12-31")
                        .period("VISUM", "2022-01-01", null))
                        .condition("10-1-1-2", NOT_MET),
                // Version B lists § 104c.
                Expectation.of("§ 104c permit listed from 2022-12-31", STAG_10, eligible().noPeriods()
                                .permit("25 Abs. 1", "2013-01-01", "2023-02-28").permit("104c", "2023-03-01", null),
                                "2023-06-01")
                        .version("STAG_10@2022-12-31").condition("10-1-1-2", NOT_MET).basis(NOT_MET, null),
                // Version C lists § 20a, version B does not.
                Expectation.of("§ 20a permit under version B", STAG_10, eligible().noPeriods()
                                .permit("25 Abs. 1", "2013-01-01", "2024-04-30").permit("20a", "2024-05-01", null),
                                "2024-05-15")
                        .version("STAG_10@2022-12-31").condition("10-1-1-2", MET).basis(MET, "2024-05-15"),
                Expectation.of("§ 20a permit under version C", STAG_10, eligible().noPeriods()
                                .permit("25 Abs. 1", "2013-01-01", "2024-04-30").permit("20a", "2024-05-01", null),
                                "2024-06-10")
                        .version("STAG_10@2024-06-01").condition("10-1-1-2", NOT_MET).basis(NOT_MET, null),

                // Nr. 4 is required until 2024-06-26 and repealed from 2024-06-27.
                Expectation.of("no loss of citizenship: met once Nr. 4 is repealed", STAG_10,
                                eligible().lossOfCitizenship(false), "2024-03-01")
                        .condition("10-1-1-4", NOT_MET).basis(NOT_MET, "2024-06-27"),

                // Nr. 3.
                when("livelihood not secured", eligible().livelihoodSecured(false))
                        .condition("10-1-1-3", NOT_MET).basis(NOT_MET, null),
                // Identity (Abs. 1 Satz 1).
                when("identity not clarified", eligible().identity(false))
                        .condition("10-1-1-identitaet", NOT_MET).basis(NOT_MET, null),
                when("identity unknown", eligible().identity(null))
                        .condition("10-1-1-identitaet", UNDETERMINED).missing("person.identityClarified")
                        .basis(UNDETERMINED, null),

                // Nr. 6 (B1, Abs. 4) and Nr. 7 (test, Abs. 5), both waivable (Abs. 6).
                when("German A2", eligible().german("A2"))
                        .condition("10-1-1-6", NOT_MET).basis(NOT_MET, null),
                when("German A2 waived for illness", eligible().german("A2").illness(true))
                        .condition("10-1-1-6", MET).explains("§ 10 Abs. 6 StAG").basis(MET, AS_OF),
                when("test failed", eligible().naturalisationTest(false))
                        .condition("10-1-1-7", NOT_MET).basis(NOT_MET, null),
                when("test unknown", eligible().naturalisationTest(null))
                        .condition("10-1-1-7", UNDETERMINED).missing("person.naturalisationTestPassed")
                        .basis(UNDETERMINED, null),

                // Nr. 5 with § 12a Abs. 1: fines up to 90 Tagessätze disregarded, several summed.
                when("fine of 90", eligible().conviction("2020-01-01", 90, false, false))
                        .condition("10-1-1-5", MET).basis(MET, AS_OF),
                when("fine of 91", eligible().conviction("2020-01-01", 91, true, false))
                        .condition("10-1-1-5", NOT_MET).explains("§ 12a Abs. 1 Satz 4 StAG").basis(NOT_MET, null),
                when("fines of 60 and 31", eligible().conviction("2019-01-01", 60, false, false)
                        .conviction("2020-01-01", 31, false, false))
                        .condition("10-1-1-5", NOT_MET).basis(NOT_MET, null),
                when("juvenile educational measure", eligible().conviction("2019-01-01", null, false, true))
                        .condition("10-1-1-5", MET).basis(MET, AS_OF),
                when("punishment unknown", eligible().conviction("2019-01-01", null, false, false))
                        .condition("10-1-1-5", UNDETERMINED).missing("person.convictions[0].dailyRates")
                        .basis(UNDETERMINED, null),

                // No version is stored before 2021-08-20; the first stored version gives MET.
                Expectation.of("before the first stored version", STAG_10, eligible(), "2021-08-19")
                        .version("STAG_10@before-2021-08-20").condition("10-nicht-anwendbar", NOT_MET)
                        .basis(NOT_MET, "2021-08-20"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(Expectation expectation) {
        expectation.verify();
    }
}
