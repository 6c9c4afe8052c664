package de.lotse.residence.precheck.time;

import java.time.LocalDate;

/**
 * Calendar arithmetic for ages and periods in years.
 *
 * <p>A period of N years that starts on day S is complete on the N-th anniversary of S: a run starting 2019-03-01
 * completes three years on 2022-03-01, and a person born 2000-03-15 completes the 27th year of life at the end of
 * 2027-03-14, so "vor Vollendung des 27. Lebensjahres" holds up to and including 2027-03-14.
 *
 * <p>Decision for 29 February: {@link LocalDate#plusYears} would put the anniversary on 28 February in a common
 * year. The civil-law rule for periods (§ 188 Abs. 3 BGB, not among the law files, quoted from memory) ends a
 * period whose corresponding day is missing on the last day of the month, so the period is complete only on
 * 1 March. We follow that rule; see docs/precheck.md.
 */
public final class CalendarRules {

    private CalendarRules() {
    }

    /** The first day on which a period of {@code years} years starting on {@code start} is complete. */
    public static LocalDate anniversary(LocalDate start, int years) {
        LocalDate anniversary = start.plusYears(years);
        if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29 && anniversary.getDayOfMonth() == 28) {
            return anniversary.plusDays(1);
        }
        return anniversary;
    }

    /** Epoch-day variant of {@link #anniversary(LocalDate, int)}. */
    public static long anniversary(long startDay, int years) {
        return anniversary(LocalDate.ofEpochDay(startDay), years).toEpochDay();
    }
}
