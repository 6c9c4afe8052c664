package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.Expectation;
import de.lotse.residence.precheck.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static de.lotse.residence.precheck.LegalBasis.AUFENTHG_25A;
import static de.lotse.residence.precheck.Outcome.MET;
import static de.lotse.residence.precheck.Outcome.NOT_MET;
import static de.lotse.residence.precheck.Outcome.UNDETERMINED;

/** § 25a AufenthG in the version from 2022-12-31 (shared/law/aufenthg-25a.md). Evaluation date 2024-03-01. */
class Aufenthg25aVersion20221231Test {

    private static final String AS_OF = "2024-03-01";

    /**
     * Meets every condition on 2024-03-01: 19 years old, geduldet since 2020-01-01 (4 years 2 months, more than
     * twelve months and three years), at school successfully since 2020-02-01 (4 years 1 month).
     */
    static Person eligible() {
        return Person.unknown().born("2004-06-15")
                .period("DULDUNG", "2020-01-01", null)
                .school("2020-02-01", null, true)
                .qualification(false).prognosis(true).fdgo(true).deception(false).identity(true).illness(false);
    }

    static Person with(String... statusFromTo) {
        Person person = eligible().noPeriods();
        for (int i = 0; i < statusFromTo.length; i += 3) {
            person = person.period(statusFromTo[i], statusFromTo[i + 1], statusFromTo[i + 2]);
        }
        return person;
    }

    static Expectation when(String name, Person person) {
        return Expectation.of(name, AUFENTHG_25A, person, AS_OF);
    }

    static Stream<Expectation> cases() {
        return Stream.of(
                // All of Abs. 1 Satz 1 Nr. 1-5, Satz 3 and (not applicable) Abs. 6 are met: MET today.
                when("eligible person", eligible())
                        .version("AUFENTHG_25A@2022-12-31").condition("25a-1-1-1", MET)
                        .explains("3 Jahre ununterbrochen erlaubt, geduldet oder mit Aufenthaltsgestattung erforderlich",
                                "4 Jahre 2 Monate nachgewiesen")
                        .basis(MET, AS_OF),

                // Abs. 1 Satz 1 opening words: an Aufenthaltsgestattung is neither a Duldung nor a § 104c permit, and
                // an ongoing Gestattung never turns into one while the facts stay as given.
                when("Aufenthaltsgestattung only", with("AUFENTHALTSGESTATTUNG", "2020-01-01", null))
                        .condition("25a-1-1", NOT_MET).basis(NOT_MET, null),

                // Twelve months of Duldung (Abs. 1 Satz 1) are complete on 2024-06-01, the first anniversary of the
                // Duldung; residence (Gestattung then Duldung) already runs since 2020.
                when("Duldung held nine months", with("AUFENTHALTSGESTATTUNG", "2020-01-01", "2023-05-31",
                        "DULDUNG", "2023-06-01", null))
                        .condition("25a-1-1", NOT_MET).explains("12 Monate", "9 Monate nachgewiesen")
                        .basis(NOT_MET, "2024-06-01"),

                // A § 104c permit holder qualifies without a current Duldung (Abs. 1 Satz 1, first alternative).
                when("§ 104c permit holder", with("DULDUNG", "2020-01-01", "2023-02-28")
                        .permit("104c", "2023-03-01", null))
                        .condition("25a-1-1", MET).basis(MET, AS_OF),

                // A residence permit of unknown legal basis may or may not be one under § 104c.
                when("permit with unknown legal basis", with("DULDUNG", "2020-01-01", "2023-02-28")
                        .permit(null, "2023-03-01", null))
                        .condition("25a-1-1", UNDETERMINED).missing("person.residencePeriods[1].legalBasis")
                        .basis(UNDETERMINED, null),

                // Nr. 1: Duldung since 2022-01-01 gives 2 years 2 months; three years are complete on 2025-01-01.
                when("two years two months of residence", with("DULDUNG", "2022-01-01", null))
                        .condition("25a-1-1-1", NOT_MET).explains("2 Jahre 2 Monate nachgewiesen",
                                "erreicht am 01.01.2025, wenn der Aufenthalt so fortbesteht")
                        .basis(NOT_MET, "2025-01-01"),

                // Nr. 1: "gestattet" and "geduldet" join into one uninterrupted run when the Duldung starts the day
                // after the Gestattung ends.
                when("Gestattung then Duldung without gap", with("AUFENTHALTSGESTATTUNG", "2020-01-01", "2021-12-31",
                        "DULDUNG", "2022-01-01", null))
                        .condition("25a-1-1-1", MET).explains("ununterbrochen seit 01.01.2020").basis(MET, AS_OF),

                // Nr. 1 "ununterbrochen": no status on 2022-06-01, so the run restarts on 2022-06-02 and three years
                // are complete on 2025-06-02.
                when("one-day gap interrupts", with("DULDUNG", "2019-01-01", "2022-05-31",
                        "DULDUNG", "2022-06-02", null))
                        .condition("25a-1-1-1", NOT_MET).explains("1 Jahr 8 Monate 28 Tage nachgewiesen")
                        .basis(NOT_MET, "2025-06-02"),

                // Nr. 1 with § 60b Abs. 5 Satz 1: the § 60b year 2022 continues the run but is not credited. On
                // 2023-06-01: 2020 and 2021 (731 days) plus 151 days of 2023 = 2 years 5 months credited. Three
                // years (1096 days from 2020-01-01) are complete 365 days after 2023-01-01, on 2024-01-01.
                Expectation.of("§ 60b year not credited but not interrupting", AUFENTHG_25A,
                                with("DULDUNG", "2020-01-01", "2021-12-31",
                                        "DULDUNG_UNGEKLAERTE_IDENTITAET", "2022-01-01", "2022-12-31",
                                        "DULDUNG", "2023-01-01", null), "2023-06-01")
                        .condition("25a-1-1-1", NOT_MET)
                        .explains("2 Jahre 5 Monate nachgewiesen", "nicht angerechnet: 1 Jahr Duldung nach § 60b")
                        .basis(NOT_MET, "2024-01-01"),

                // Abs. 5: for a § 104c permit holder the § 60b year is credited: 3 years 5 months on 2023-06-01.
                Expectation.of("§ 60b year credited for § 104c holder (Abs. 5)", AUFENTHG_25A,
                                with("DULDUNG", "2020-01-01", "2021-12-31",
                                        "DULDUNG_UNGEKLAERTE_IDENTITAET", "2022-01-01", "2022-12-31")
                                        .permit("104c", "2023-01-01", null), "2023-06-01")
                        .condition("25a-1-1-1", MET).explains("§ 25a Abs. 5 AufenthG", "3 Jahre 5 Monate")
                        .basis(MET, "2023-06-01"),

                // Nr. 2: school since 2022-09-01 is 1 year 6 months; three years on 2025-09-01.
                when("school attended 1 year 6 months", eligible().withSchool(null).school("2022-09-01", null, true))
                        .condition("25a-1-1-2", NOT_MET).explains("1 Jahr 6 Monate nachgewiesen")
                        .basis(NOT_MET, "2025-09-01"),

                // Nr. 2 second alternative: a recognised qualification replaces the years at school.
                when("recognised qualification", eligible().withSchool(null).school("2022-09-01", null, true)
                        .qualification(true))
                        .condition("25a-1-1-2", MET).basis(MET, AS_OF),

                // Nr. 2 "erfolgreich": success unknown, so the years may or may not count.
                when("school success unknown", eligible().withSchool(null).school("2020-02-01", null, null))
                        .condition("25a-1-1-2", UNDETERMINED).missing("person.schoolAttendance[0].successful")
                        .basis(UNDETERMINED, null),

                // Nr. 2 Satz 2 (new in this version): waived for illness or disability.
                when("illness waives school attendance", eligible().withSchool(null)
                        .school("2022-09-01", null, true).illness(true))
                        .condition("25a-1-1-2", MET).explains("§ 25a Abs. 1 Satz 1 Nr. 2 Satz 2").basis(MET, AS_OF),

                // Nr. 2 undecided now (qualification unknown), but on 2025-09-01 three years at school suffice
                // without the unknown fact.
                when("qualification unknown", eligible().withSchool(null).school("2022-09-01", null, true)
                        .qualification(null))
                        .condition("25a-1-1-2", UNDETERMINED)
                        .missing("person.recognisedSchoolOrVocationalQualification")
                        .basis(UNDETERMINED, "2025-09-01"),

                // Nr. 2: an unsuccessful school year ends the run; it restarts 2022-08-01, complete 2025-08-01.
                when("unsuccessful year interrupts", eligible().withSchool(null)
                        .school("2019-09-01", "2021-07-31", true).school("2021-08-01", "2022-07-31", false)
                        .school("2022-08-01", null, true))
                        .condition("25a-1-1-2", NOT_MET).basis(NOT_MET, "2025-08-01"),

                // Nr. 3: born 1997-03-15, the 27th year is completed at the end of 2024-03-14: last day to apply.
                Expectation.of("last day before 27th birthday", AUFENTHG_25A, eligible().born("1997-03-15"),
                                "2024-03-14")
                        .condition("25a-1-1-3", MET).explains("mit Ablauf des 14.03.2024 vollendet")
                        .basis(MET, "2024-03-14"),

                // Nr. 3: on the 27th birthday the application is too late, for good.
                Expectation.of("27th birthday", AUFENTHG_25A, eligible().born("1997-03-15"), "2024-03-15")
                        .condition("25a-1-1-3", NOT_MET).basis(NOT_MET, null),

                // Nr. 1 complete on 2025-01-01, but the 27th birthday (2024-12-01) comes first: never eligible.
                when("age limit passes before residence is complete", with("DULDUNG", "2022-01-01", null)
                        .born("1997-12-01"))
                        .condition("25a-1-1-1", NOT_MET).basis(NOT_MET, null),

                // Nr. 1 complete on 2025-01-01, before the 27th birthday on 2025-06-15.
                when("residence complete before age limit", with("DULDUNG", "2022-01-01", null).born("1998-06-15"))
                        .condition("25a-1-1-3", MET).basis(NOT_MET, "2025-01-01"),

                // Nr. 3, born on 29 February: the 27th year ends with 28 February 2027 (decision in CalendarRules),
                // so an application that day is still in time and one on 1 March is not.
                Expectation.of("leap-day birth: last day 2027-02-28", AUFENTHG_25A, eligible().born("2000-02-29"),
                                "2027-02-28")
                        .condition("25a-1-1-3", MET).basis(MET, "2027-02-28"),
                Expectation.of("leap-day birth: too late on 2027-03-01", AUFENTHG_25A, eligible().born("2000-02-29"),
                                "2027-03-01")
                        .condition("25a-1-1-3", NOT_MET).basis(NOT_MET, null),

                when("birth date unknown", eligible().born(null))
                        .condition("25a-1-1-3", UNDETERMINED).missing("person.birthDate").basis(UNDETERMINED, null),

                // Nr. 4.
                when("integration prognosis negative", eligible().prognosis(false))
                        .condition("25a-1-1-4", NOT_MET).basis(NOT_MET, null),
                when("integration prognosis unknown", eligible().prognosis(null))
                        .condition("25a-1-1-4", UNDETERMINED).missing("person.integrationPrognosisPositive")
                        .basis(UNDETERMINED, null),

                // Nr. 5.
                when("indications against the free democratic basic order", eligible().fdgo(false))
                        .condition("25a-1-1-5", NOT_MET).basis(NOT_MET, null),

                // Satz 3: mandatory refusal for deception.
                when("deception about identity", eligible().deception(true))
                        .condition("25a-1-3", NOT_MET).basis(NOT_MET, null),

                // Abs. 6: a § 104c holder needs a clarified identity (§ 5 Abs. 1 Nr. 1a).
                when("§ 104c holder, identity not clarified", with("DULDUNG", "2020-01-01", "2023-02-28")
                        .permit("104c", "2023-03-01", null).identity(false))
                        .condition("25a-6", NOT_MET).explains("Ermessen").basis(NOT_MET, null),
                when("§ 104c holder, identity unknown", with("DULDUNG", "2020-01-01", "2023-02-28")
                        .permit("104c", "2023-03-01", null).identity(null))
                        .condition("25a-6", UNDETERMINED).missing("person.identityClarified")
                        .basis(UNDETERMINED, null),

                // Abs. 6 does not apply to a geduldete person.
                when("Abs. 6 not applicable without § 104c permit", eligible().identity(false))
                        .condition("25a-6", MET).explains("Entfällt").basis(MET, AS_OF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(Expectation expectation) {
        expectation.verify();
    }
}
