package de.lotse.residence.internal;

import java.time.LocalDate;
import java.util.List;

import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.PreCheckRequest.Conviction;
import de.lotse.residence.precheck.PreCheckRequest.Livelihood;
import de.lotse.residence.precheck.PreCheckRequest.Person;
import de.lotse.residence.precheck.PreCheckRequest.ResidencePeriod;
import de.lotse.residence.precheck.PreCheckRequest.SchoolAttendance;

/**
 * Invented but typical facts of clients for the demo unit and the screening benchmark: people who meet § 25b,
 * § 25a or § 10 StAG now, who will within weeks, whose proofs are missing, and who are far from it. Dates are
 * relative to the day given, so the demo screening looks the same whenever it is started.
 */
final class DemoFacts {

    static final int KINDS = 10;

    private DemoFacts() {
    }

    /**
     * @param kind  0..9, which kind of person
     * @param shift 0..99, varies birth dates and how many days remain until a basis is met
     */
    static Person person(int kind, int shift, LocalDate today) {
        int days = 10 + shift % 75;
        List<Conviction> none = List.of();
        return switch (kind) {
            // § 25b met: eight years geduldet or gestattet, A2, livelihood mainly from work.
            case 0 -> sustained(today.minusYears(34).minusDays(shift * 11L), today.minusYears(8).minusDays(shift), "A2", true, none);
            // § 25b within the horizon: six years complete in a few weeks.
            case 1 -> sustained(today.minusYears(29).minusDays(shift * 13L), today.minusYears(6).plusDays(days), "A2", true, none);
            // § 25a met: a young person with four years of school here.
            case 2 -> young(today.minusYears(19).minusDays(shift * 3L), today.minusYears(4).minusDays(shift), true);
            // § 25a within the horizon: three years of residence and school complete in a few weeks.
            case 3 -> young(today.minusYears(18).minusDays(shift * 2L), today.minusYears(3).plusDays(days), true);
            // § 10 StAG met: five years with a residence title, B1, test passed.
            case 4 -> naturalisation(today.minusYears(38).minusDays(shift * 17L), today.minusYears(6).minusDays(shift), true);
            // § 10 StAG within the horizon.
            case 5 -> naturalisation(today.minusYears(31).minusDays(shift * 7L), today.minusYears(5).plusDays(days), true);
            // § 25b: long enough here, but German and civic knowledge not yet proven.
            case 6 -> sustained(today.minusYears(41).minusDays(shift * 5L), today.minusYears(7).minusDays(shift), null, null, none);
            // § 25a: everything but the integration prognosis.
            case 7 -> young(today.minusYears(20).minusDays(shift), today.minusYears(5).minusDays(shift), null);
            // § 10 StAG: naturalisation test not yet taken.
            case 8 -> naturalisation(today.minusYears(45).minusDays(shift * 3L), today.minusYears(7).minusDays(shift), null);
            // Far from it: two years of Duldung.
            default -> sustained(today.minusYears(27).minusDays(shift * 19L), today.minusYears(2).minusDays(shift), "A1", null, null);
        };
    }

    /** Asylum procedure, then Duldung up to today (§ 25b). */
    private static Person sustained(LocalDate born, LocalDate arrived, String german, Boolean civic, List<Conviction> convictions) {
        LocalDate tolerated = arrived.plusMonths(18);
        return new Person(born,
                List.of(new ResidencePeriod("AUFENTHALTSGESTATTUNG", arrived, tolerated.minusDays(1), null),
                        new ResidencePeriod("DULDUNG", tolerated, null, null)),
                List.of(), false, german, civic, null, null,
                new Livelihood(null, true, null), true, null, true, false, false, convictions, false, true, false, null, null);
    }

    /** A young person at school here since arriving (§ 25a). */
    private static Person young(LocalDate born, LocalDate arrived, Boolean prognosis) {
        LocalDate tolerated = arrived.plusMonths(14);
        return new Person(born,
                List.of(new ResidencePeriod("AUFENTHALTSGESTATTUNG", arrived, tolerated.minusDays(1), null),
                        new ResidencePeriod("DULDUNG", tolerated, null, null)),
                List.of(new SchoolAttendance(arrived, null, true)),
                false, "B1", null, null, null, new Livelihood(null, null, null), true, prognosis, true, false, false,
                List.of(), false, true, false, null, null);
    }

    /** Work permit, then settlement permit (§ 10 StAG). */
    private static Person naturalisation(LocalDate born, LocalDate arrived, Boolean testPassed) {
        LocalDate settled = arrived.plusYears(3);
        return new Person(born,
                List.of(new ResidencePeriod("AUFENTHALTSERLAUBNIS", arrived, settled.minusDays(1), "18b"),
                        new ResidencePeriod("NIEDERLASSUNGSERLAUBNIS", settled, null, null)),
                List.of(), true, "B1", true, testPassed, null, new Livelihood(true, true, null), true, null, true, false, false,
                List.of(new Conviction(arrived.plusYears(1), 20, false, false)), false, true, false, null, null);
    }

    static PreCheckRequest request(Person person, LocalDate asOf) {
        return new PreCheckRequest(asOf, List.of("AUFENTHG_25A", "AUFENTHG_25B", "AUFENTHG_104C", "STAG_10"), person);
    }
}
