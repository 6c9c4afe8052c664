package de.lotse.structure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A measure's progress is the weight of its milestones done over the weight of all of them. */
class ProgressTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private static Milestone milestone(int weight, boolean done) {
        return new Milestone(UUID.randomUUID(), UUID.randomUUID(), "Schritt", DUE, weight, done ? DUE.minusDays(3) : null, 0);
    }

    @Test
    void heavierMilestonesCountForMore() {
        Progress progress = Progress.of(List.of(milestone(1, true), milestone(3, false)));

        assertThat(progress.doneWeight()).isEqualTo(1);
        assertThat(progress.totalWeight()).isEqualTo(4);
        assertThat(progress.percent()).isEqualTo(25);
    }

    @Test
    void equalWeightsCountEachMilestoneTheSame() {
        assertThat(Progress.of(List.of(milestone(1, true), milestone(1, true), milestone(1, false))).percent()).isEqualTo(66);
    }

    @Test
    void hundredPercentOnlyWhenEveryMilestoneIsDone() {
        assertThat(Progress.of(List.of(milestone(99, true), milestone(1, false))).percent()).isEqualTo(99);
        assertThat(Progress.of(List.of(milestone(99, true), milestone(1, true))).percent()).isEqualTo(100);
    }

    @Test
    void aMeasureWithoutMilestonesHasNoProgressToShow() {
        assertThat(Progress.of(List.of()).percent()).isNull();
    }

    @Test
    void aMilestoneIsOverdueOnlyWhileOpenAfterItsDay() {
        Milestone open = milestone(1, false);
        assertThat(open.overdueOn(DUE)).isFalse();
        assertThat(open.overdueOn(DUE.plusDays(1))).isTrue();
        assertThat(milestone(1, true).overdueOn(DUE.plusDays(1))).isFalse();
    }
}
