package de.lotse.structure.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The effect view's arithmetic: findings of a topic per quarter, and the finding rate before and after a measure
 * started. Before and after are compared over the same span, the time since the start in whole months, capped at
 * {@link #MAX_SPAN_MONTHS}: a measure that started four months ago is compared with the four months before it.
 * Pure functions of dates, so they are tested without a database.
 */
final class FindingRates {

    static final int MAX_SPAN_MONTHS = 12;

    /** A calendar quarter and the findings raised in it. */
    record Quarter(int year, int quarter, LocalDate firstDay, int findings) {

        public String label() {
            return year + "-Q" + quarter;
        }

        LocalDate nextFirstDay() {
            return firstDay.plusMonths(3);
        }
    }

    /**
     * Findings in the same number of months before and after a measure's start; {@code months} is at least 1.
     * The after-window is {@code [start, start + months)}, the before-window {@code [start - months, start)}.
     */
    record Span(LocalDate start, int months, int before, int after) {

        double ratePerMonthBefore() {
            return (double) before / months;
        }

        double ratePerMonthAfter() {
            return (double) after / months;
        }
    }

    /** Where a day falls on the quarter axis: the quarter's index and how far into the quarter (0 to 1). */
    record Position(int index, double fraction) {
    }

    private FindingRates() {
    }

    /**
     * Findings per quarter, quarters without findings included, from the earliest of the findings and the other
     * days given (measure starts) to the quarter of {@code today}. Days after today are not counted.
     */
    static List<Quarter> perQuarter(Collection<LocalDate> findings, Collection<LocalDate> alsoShow, LocalDate today) {
        LocalDate first = today;
        for (LocalDate day : findings) {
            first = day.isBefore(first) ? day : first;
        }
        for (LocalDate day : alsoShow) {
            first = day.isBefore(first) ? day : first;
        }
        List<Quarter> quarters = new ArrayList<>();
        for (LocalDate from = firstDayOfQuarter(first); !from.isAfter(today); from = from.plusMonths(3)) {
            LocalDate start = from;
            LocalDate end = from.plusMonths(3);
            int count = (int) findings.stream().filter(d -> !d.isBefore(start) && d.isBefore(end) && !d.isAfter(today)).count();
            quarters.add(new Quarter(from.getYear(), from.get(IsoFields.QUARTER_OF_YEAR), from, count));
        }
        return quarters;
    }

    /**
     * The findings before and after a start over the same span; empty while less than a whole month has passed,
     * because a rate over days says nothing yet.
     */
    static Optional<Span> around(LocalDate start, Collection<LocalDate> findings, LocalDate today) {
        long since = ChronoUnit.MONTHS.between(start, today);
        if (since < 1) {
            return Optional.empty();
        }
        int months = (int) Math.min(since, MAX_SPAN_MONTHS);
        LocalDate from = start.minusMonths(months);
        LocalDate to = start.plusMonths(months);
        int before = (int) findings.stream().filter(d -> !d.isBefore(from) && d.isBefore(start)).count();
        int after = (int) findings.stream().filter(d -> !d.isBefore(start) && d.isBefore(to)).count();
        return Optional.of(new Span(start, months, before, after));
    }

    /** The position of a day among the quarters, or empty when it falls outside them. */
    static Optional<Position> position(LocalDate day, List<Quarter> quarters) {
        for (int i = 0; i < quarters.size(); i++) {
            Quarter q = quarters.get(i);
            if (!day.isBefore(q.firstDay()) && day.isBefore(q.nextFirstDay())) {
                double length = ChronoUnit.DAYS.between(q.firstDay(), q.nextFirstDay());
                return Optional.of(new Position(i, ChronoUnit.DAYS.between(q.firstDay(), day) / length));
            }
        }
        return Optional.empty();
    }

    static LocalDate firstDayOfQuarter(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
    }
}
