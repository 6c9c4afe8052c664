package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.lotse.casework.LegalDomain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static LegalDomainHistory.Entry period(LegalDomain domain, String from, String to) {
        return new LegalDomainHistory.Entry(UUID.randomUUID(), domain, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), 0);
    }

    @Test
    void aDayBetweenTwoPeriodsIsAGap() {
        var gaps = Timeline.gaps(List.of(period(LegalDomain.ASYLBLG, "2022-01-01", "2024-01-31"),
                period(LegalDomain.SGB_II, "2024-03-01", null)));
        assertThat(gaps).containsExactly(new Timeline.Gap(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29")));
        assertThat(Timeline.gaps(List.of(period(LegalDomain.ASYLBLG, "2022-01-01", "2024-01-30"),
                period(LegalDomain.SGB_II, "2024-02-01", null))))
                .containsExactly(new Timeline.Gap(LocalDate.parse("2024-01-31"), LocalDate.parse("2024-01-31")));
    }

    @Test
    void adjoiningAndOverlappingPeriodsLeaveNoGap() {
        assertThat(Timeline.gaps(List.of(period(LegalDomain.ASYLBLG, "2022-01-01", "2024-02-29"),
                period(LegalDomain.SGB_II, "2024-03-01", null)))).isEmpty();
        // A long period running alongside covers what a shorter one leaves open.
        assertThat(Timeline.gaps(List.of(period(LegalDomain.SGB_VIII, "2021-01-01", "2025-12-31"),
                period(LegalDomain.ASYLBLG, "2022-01-01", "2022-12-31"), period(LegalDomain.SGB_II, "2024-01-01", null)))).isEmpty();
    }

    @Test
    void overlapCountsBothEndsAndOpenEnds() {
        var running = period(LegalDomain.SGB_II, "2024-03-01", null);
        assertThat(Timeline.overlap(LocalDate.parse("2030-01-01"), null, running)).isTrue();
        assertThat(Timeline.overlap(LocalDate.parse("2020-01-01"), LocalDate.parse("2024-03-01"), running)).isTrue();
        assertThat(Timeline.overlap(LocalDate.parse("2020-01-01"), LocalDate.parse("2024-02-29"), running)).isFalse();
    }

    @Test
    void aChangeIsTheNextDomainAfterTheLastOneEndedAndYouthWelfareRunsAlongside() {
        var changes = LegalDomainHistory.changes(List.of(period(LegalDomain.ASYLBLG, "2022-01-01", "2024-01-31"),
                period(LegalDomain.SGB_VIII, "2022-06-01", "2023-06-30"), period(LegalDomain.SGB_II, "2024-03-01", "2025-06-30"),
                period(LegalDomain.SGB_III, "2025-07-01", null)));
        assertThat(changes).containsExactly(
                new LegalDomainHistory.Change(LegalDomain.ASYLBLG, LegalDomain.SGB_II, LocalDate.parse("2024-03-01")),
                new LegalDomainHistory.Change(LegalDomain.SGB_II, LegalDomain.SGB_III, LocalDate.parse("2025-07-01")));
    }

    @Test
    void livelihoodDomainsExcludeOneAnotherAndTheRestRunAlongside() {
        assertThat(LegalDomain.SGB_II.mayRunAlongside(LegalDomain.SGB_VIII)).isTrue();
        assertThat(LegalDomain.SGB_II.mayRunAlongside(LegalDomain.SGB_III)).isTrue();
        assertThat(LegalDomain.SGB_II.mayRunAlongside(LegalDomain.ASYLBLG)).isFalse();
        assertThat(LegalDomain.SGB_XII.mayRunAlongside(LegalDomain.SGB_II)).isFalse();
        assertThat(LegalDomain.SGB_II.mayRunAlongside(LegalDomain.SGB_II)).isFalse();
        assertThat(LegalDomain.NONE.mayRunAlongside(LegalDomain.SGB_VIII)).isFalse();
    }
}
