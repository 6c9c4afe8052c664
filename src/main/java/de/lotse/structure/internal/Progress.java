package de.lotse.structure.internal;

import java.util.List;

/**
 * How far a measure is: the weight of its milestones done over the weight of all its milestones. A measure
 * without milestones has no progress to show ({@link #percent()} is null), rather than a misleading 0 or 100 %.
 */
record Progress(int doneWeight, int totalWeight) {

    static Progress of(List<Milestone> milestones) {
        int done = 0;
        int total = 0;
        for (Milestone m : milestones) {
            total += m.weight();
            if (m.done()) {
                done += m.weight();
            }
        }
        return new Progress(done, total);
    }

    /** Whole percent, rounded down, so that 100 % means every milestone is done. */
    public Integer percent() {
        return totalWeight == 0 ? null : (int) (100L * doneWeight / totalWeight);
    }
}
