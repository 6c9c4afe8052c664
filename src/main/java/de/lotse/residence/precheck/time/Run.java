package de.lotse.residence.precheck.time;

import java.util.List;

/**
 * The uninterrupted run of spans that contains a given day.
 *
 * <p>Spans join into a run while each starts at the latest on the day after the previous one ends; a gap of one day
 * or more, or a span of kind {@link SpanKind#BREAKS}, ends the run. Required time is counted on credited days only,
 * starting from the first credited day: N years are complete on the day on which the credited days reach the
 * number of days from the first credited day to its N-th anniversary. Without neutral days this is exactly the
 * calendar anniversary of the first credited day; neutral days (§ 60b) push it back day for day.
 *
 * <p>Runs are built by {@link Timeline}, which keeps them for the pre-check they belong to.
 *
 * @param <T> the kind of span
 */
public final class Run<T extends Span> {

    /** The statutes ask for at most eight years; longer periods are computed without the memo. */
    private static final int MEMO_YEARS = 8;

    private final Span[] spans;
    private final SpanKind[] kinds;
    private final int first;
    private final int last;
    private final long firstCredited;
    /** Completion day per number of years, 0 = not computed yet. Benign races: every thread computes the same. */
    private final long[] completions = new long[MEMO_YEARS + 1];

    Run(Span[] spans, SpanKind[] kinds, int first, int last) {
        this.spans = spans;
        this.kinds = kinds;
        this.first = first;
        this.last = last;
        this.firstCredited = firstDayOf(SpanKind.CREDITED);
    }

    /** The run containing {@code day} among spans sorted by start, or null. Convenience for tests and one-offs. */
    public static <T extends Span> Run<T> on(List<T> spans, long day, SpanCounting<? super T> counting) {
        return new Timeline<>(spans).runOn(day, counting);
    }

    public long startDay() {
        return spans[first].fromDay();
    }

    /** Last day of the run, {@link Span#ONGOING} if it has no end. */
    public long endDay() {
        return spans[last].toDay();
    }

    /** First credited day of the run, {@link Span#ONGOING} if the run has none. */
    public long firstCreditedDay() {
        return firstCredited;
    }

    /** First day of the first span of {@code kind} in the run, {@link Span#ONGOING} if there is none. */
    public long firstDayOf(SpanKind kind) {
        for (int i = first; i <= last; i++) {
            if (kinds[i] == kind) {
                return spans[i].fromDay();
            }
        }
        return Span.ONGOING;
    }

    /** Credited days in the run before {@code day} (exclusive). */
    public long creditedDaysBefore(long day) {
        return daysOfKindBefore(SpanKind.CREDITED, day);
    }

    /** Neutral (not credited, not interrupting) days in the run before {@code day} (exclusive). */
    public long neutralDaysBefore(long day) {
        return daysOfKindBefore(SpanKind.NEUTRAL, day);
    }

    private long daysOfKindBefore(SpanKind kind, long day) {
        long days = 0;
        for (int i = first; i <= last; i++) {
            Span span = spans[i];
            if (span.fromDay() >= day) {
                break;
            }
            if (kinds[i] == kind) {
                long end = Math.min(span.toDay(), day - 1);
                days += end - span.fromDay() + 1;
            }
        }
        return days;
    }

    /**
     * The first day on which {@code years} years of credited time are complete, or {@link Span#ONGOING} if the run
     * ends (or has no credited day) before. The result may be the day after the run ends, which the run does not
     * reach; callers check {@link #covers(long)}.
     */
    public long completionDay(int years) {
        if (years > MEMO_YEARS) {
            return computeCompletionDay(years);
        }
        long known = completions[years];
        if (known == 0) {
            known = computeCompletionDay(years);
            completions[years] = known;
        }
        return known;
    }

    private long computeCompletionDay(int years) {
        if (firstCredited == Span.ONGOING) {
            return Span.ONGOING;
        }
        long required = CalendarRules.anniversary(firstCredited, years) - firstCredited;
        long credited = 0;
        for (int i = first; i <= last; i++) {
            if (kinds[i] != SpanKind.CREDITED) {
                continue;
            }
            Span span = spans[i];
            if (span.toDay() == Span.ONGOING || credited + (span.toDay() - span.fromDay() + 1) >= required) {
                return span.fromDay() + (required - credited);
            }
            credited += span.toDay() - span.fromDay() + 1;
        }
        return Span.ONGOING;
    }

    /** Whether the run covers {@code day}. */
    public boolean covers(long day) {
        return startDay() <= day && day <= endDay();
    }
}
