package de.lotse.residence.precheck.time;

import java.util.Arrays;
import java.util.List;

/**
 * Dated spans sorted by start, with the days on which anything about them changes, and their runs.
 *
 * <p>A timeline belongs to the facts of one pre-check, which asks for the run around many days under a handful of
 * countings (one per statutory rule). So the runs are built once per counting and kept: building them classifies
 * every span once, and each {@link Run} remembers its completion days. The cache tolerates races (a lost entry is
 * rebuilt; entries are immutable holders published through final fields), so sharing a timeline is safe, merely
 * not useful.
 *
 * @param <T> the kind of span
 */
public final class Timeline<T extends Span> {

    private static final int CACHED_COUNTINGS = 8;

    private final Span[] spans;
    private final long[] changeDays;
    private final RunsOfCounting[] runsCache = new RunsOfCounting[CACHED_COUNTINGS];

    /** The runs of one counting, by index of span (null where the span breaks runs). */
    private record RunsOfCounting(SpanCounting<?> counting, Run<?>[] runBySpan) {
    }

    public Timeline(List<T> unsorted) {
        this(unsorted.toArray(new Span[0]));
    }

    /** @param spans spans of type T in any order; the array is sorted in place and kept */
    public Timeline(Span[] spans) {
        sortByStart(spans);
        this.spans = spans;
        long[] days = new long[spans.length * 2];
        int count = 0;
        for (Span span : spans) {
            days[count++] = span.fromDay();
            if (span.toDay() != Span.ONGOING) {
                days[count++] = span.toDay() + 1;
            }
        }
        long[] used = Arrays.copyOf(days, count);
        Arrays.sort(used);
        this.changeDays = used;
    }

    /** Insertion sort: a person has a handful of periods, usually already in order. */
    private static void sortByStart(Span[] spans) {
        for (int i = 1; i < spans.length; i++) {
            Span span = spans[i];
            int j = i - 1;
            while (j >= 0 && spans[j].fromDay() > span.fromDay()) {
                spans[j + 1] = spans[j];
                j--;
            }
            spans[j + 1] = span;
        }
    }

    /** The spans sorted by start. */
    @SuppressWarnings("unchecked")
    public List<T> spans() {
        return (List<T>) List.of(spans);
    }

    public boolean isEmpty() {
        return spans.length == 0;
    }

    /** The span covering {@code day}, or null. */
    @SuppressWarnings("unchecked")
    public T spanOn(long day) {
        int index = indexOn(day);
        return index < 0 ? null : (T) spans[index];
    }

    private int indexOn(long day) {
        for (int i = spans.length - 1; i >= 0; i--) {
            Span span = spans[i];
            if (span.fromDay() <= day && span.toDay() >= day) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first day after {@code day} on which a span starts or the day after one ends, i.e. the next day on which
     * the status or a run can change; {@link Span#ONGOING} if there is none.
     */
    public long nextChangeAfter(long day) {
        for (long change : changeDays) {
            if (change > day) {
                return change;
            }
        }
        return Span.ONGOING;
    }

    /** The uninterrupted run containing {@code day} under the given counting, or null. */
    @SuppressWarnings("unchecked")
    public Run<T> runOn(long day, SpanCounting<? super T> counting) {
        int index = indexOn(day);
        return index < 0 ? null : (Run<T>) runsOf(counting)[index];
    }

    private Run<?>[] runsOf(SpanCounting<? super T> counting) {
        for (int i = 0; i < CACHED_COUNTINGS; i++) {
            RunsOfCounting cached = runsCache[i];
            if (cached == null) {
                Run<?>[] runs = buildRuns(counting);
                runsCache[i] = new RunsOfCounting(counting, runs);
                return runs;
            }
            if (cached.counting() == counting) {
                return cached.runBySpan();
            }
        }
        return buildRuns(counting);
    }

    /** Classifies every span once and joins them into maximal runs. */
    @SuppressWarnings("unchecked")
    private Run<?>[] buildRuns(SpanCounting<? super T> counting) {
        SpanKind[] kinds = new SpanKind[spans.length];
        for (int i = 0; i < spans.length; i++) {
            kinds[i] = counting.kindOf((T) spans[i]);
        }
        Run<?>[] runs = new Run<?>[spans.length];
        int i = 0;
        while (i < spans.length) {
            if (kinds[i] == SpanKind.BREAKS) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < spans.length && kinds[last + 1] != SpanKind.BREAKS
                    && spans[last].toDay() >= spans[last + 1].fromDay() - 1) {
                last++;
            }
            Run<T> run = new Run<>(spans, kinds, i, last);
            Arrays.fill(runs, i, last + 1, run);
            i = last + 1;
        }
        return runs;
    }
}
