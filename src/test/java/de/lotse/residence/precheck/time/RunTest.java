package de.lotse.residence.precheck.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Uninterrupted runs over dated spans, independent of any statute. */
class RunTest {

    /** A span tagged with how it counts. */
    record Tagged(long fromDay, long toDay, SpanKind kind) implements Span {
    }

    private static final SpanCounting<Tagged> BY_TAG = Tagged::kind;

    private static Tagged span(String from, String to, SpanKind kind) {
        return new Tagged(LocalDate.parse(from).toEpochDay(), to == null ? Span.ONGOING
                : LocalDate.parse(to).toEpochDay(), kind);
    }

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void threeYearsFromTheFirstOfMarchAreCompleteOnTheThirdAnniversary() {
        Run<Tagged> run = Run.on(List.of(span("2019-03-01", null, SpanKind.CREDITED)), day("2022-02-28"), BY_TAG);
        assertThat(LocalDate.ofEpochDay(run.completionDay(3))).isEqualTo(LocalDate.parse("2022-03-01"));
        assertThat(run.creditedDaysBefore(day("2022-03-01"))).isEqualTo(1096);
    }

    @Test
    void adjacentSpansJoinAndAOneDayGapSplits() {
        List<Tagged> spans = List.of(
                span("2019-01-01", "2019-12-31", SpanKind.CREDITED),
                span("2020-01-01", "2020-06-30", SpanKind.CREDITED),
                span("2020-07-02", null, SpanKind.CREDITED));
        assertThat(LocalDate.ofEpochDay(Run.on(spans, day("2020-06-30"), BY_TAG).startDay()))
                .isEqualTo(LocalDate.parse("2019-01-01"));
        assertThat(Run.on(spans, day("2020-07-01"), BY_TAG)).as("no run on the gap day").isNull();
        assertThat(LocalDate.ofEpochDay(Run.on(spans, day("2021-01-01"), BY_TAG).startDay()))
                .isEqualTo(LocalDate.parse("2020-07-02"));
    }

    @Test
    void aBreakingSpanEndsTheRunAndANeutralOneOnlyDelaysIt() {
        List<Tagged> breaking = List.of(
                span("2019-01-01", "2019-12-31", SpanKind.CREDITED),
                span("2020-01-01", "2020-12-31", SpanKind.BREAKS),
                span("2021-01-01", null, SpanKind.CREDITED));
        assertThat(LocalDate.ofEpochDay(Run.on(breaking, day("2021-06-01"), BY_TAG).startDay()))
                .isEqualTo(LocalDate.parse("2021-01-01"));

        List<Tagged> neutral = List.of(
                span("2019-01-01", "2019-12-31", SpanKind.CREDITED),
                span("2020-01-01", "2020-12-31", SpanKind.NEUTRAL),
                span("2021-01-01", null, SpanKind.CREDITED));
        Run<Tagged> run = Run.on(neutral, day("2021-06-01"), BY_TAG);
        assertThat(LocalDate.ofEpochDay(run.startDay())).isEqualTo(LocalDate.parse("2019-01-01"));
        assertThat(run.neutralDaysBefore(day("2021-06-01"))).isEqualTo(366);
        // Two years from 2019-01-01 are 731 days; 365 credited in 2019, the other 366 from 2021-01-01.
        assertThat(LocalDate.ofEpochDay(run.completionDay(2))).isEqualTo(LocalDate.parse("2022-01-02"));
    }

    @Test
    void aRunEndingBeforeTheAnniversaryNeverCompletes() {
        Run<Tagged> run = Run.on(List.of(span("2019-01-01", "2021-12-31", SpanKind.CREDITED)), day("2020-01-01"),
                BY_TAG);
        long completion = run.completionDay(3);
        assertThat(LocalDate.ofEpochDay(completion)).isEqualTo(LocalDate.parse("2022-01-01"));
        assertThat(run.covers(completion)).as("the run does not reach its own anniversary").isFalse();
        assertThat(run.completionDay(4)).isEqualTo(Span.ONGOING);
    }
}
