package de.lotse.structure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Findings per quarter and the finding rate over the same span before and after a measure's start. */
class FindingRatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void quartersRunFromTheFirstFindingToTodayWithEmptyQuartersIncluded() {
        List<FindingRates.Quarter> quarters = FindingRates.perQuarter(
                List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 10, 1)), List.of(), TODAY);

        assertThat(quarters).extracting(FindingRates.Quarter::label).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(quarters).extracting(FindingRates.Quarter::findings).containsExactly(2, 0, 0, 1);
    }

    @Test
    void aMeasureStartBeforeTheFirstFindingWidensTheAxis() {
        List<FindingRates.Quarter> quarters = FindingRates.perQuarter(List.of(LocalDate.of(2026, 5, 1)),
                List.of(LocalDate.of(2025, 12, 1)), TODAY);

        assertThat(quarters.getFirst().label()).isEqualTo("2025-Q4");
        assertThat(quarters.getFirst().findings()).isZero();
    }

    @Test
    void beforeAndAfterCoverTheSameSpanTheTimeSinceTheStart() {
        LocalDate start = LocalDate.of(2026, 7, 15);
        List<LocalDate> findings = List.of(
                LocalDate.of(2026, 3, 14),   // before the four months before the start: not counted
                LocalDate.of(2026, 3, 15),   // first day of the span before
                LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 7, 14),   // last day before the start
                LocalDate.of(2026, 7, 15),   // the start itself counts as after
                LocalDate.of(2026, 11, 14)); // last day of the span after

        FindingRates.Span span = FindingRates.around(start, findings, TODAY).orElseThrow();

        assertThat(span.months()).isEqualTo(4);
        assertThat(span.before()).isEqualTo(3);
        assertThat(span.after()).isEqualTo(2);
        assertThat(span.ratePerMonthBefore()).isCloseTo(0.75, within(1e-9));
        assertThat(span.ratePerMonthAfter()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theSpanIsCappedAtTwelveMonths() {
        LocalDate start = LocalDate.of(2024, 1, 10);
        List<LocalDate> findings = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2022, 1, 1); day.isBefore(TODAY); day = day.plusMonths(1)) {
            findings.add(day);
        }

        FindingRates.Span span = FindingRates.around(start, findings, TODAY).orElseThrow();

        assertThat(span.months()).isEqualTo(FindingRates.MAX_SPAN_MONTHS);
        assertThat(span.before()).isEqualTo(12);
        assertThat(span.after()).isEqualTo(12);
        assertThat(span.ratePerMonthBefore()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void lessThanAWholeMonthAfterTheStartIsTooEarlyToCompare() {
        assertThat(FindingRates.around(TODAY.minusDays(20), List.of(TODAY.minusDays(40)), TODAY)).isEmpty();
        assertThat(FindingRates.around(TODAY.minusMonths(1), List.of(), TODAY)).isPresent();
    }

    @Test
    void aStartIsPlacedWithinItsQuarter() {
        List<FindingRates.Quarter> quarters = FindingRates.perQuarter(List.of(LocalDate.of(2026, 1, 5)), List.of(), TODAY);

        FindingRates.Position first = FindingRates.position(LocalDate.of(2026, 1, 1), quarters).orElseThrow();
        FindingRates.Position middle = FindingRates.position(LocalDate.of(2026, 5, 16), quarters).orElseThrow();

        assertThat(first.index()).isZero();
        assertThat(first.fraction()).isZero();
        assertThat(middle.index()).isEqualTo(1);
        assertThat(middle.fraction()).isCloseTo(0.5, within(0.02));
        assertThat(FindingRates.position(LocalDate.of(2025, 12, 31), quarters)).isEmpty();
    }
}
