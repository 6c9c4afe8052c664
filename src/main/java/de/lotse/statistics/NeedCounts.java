package de.lotse.statistics;

import java.util.Map;

/**
 * Open needs from the case assessments: per Kommune (where the client lives) and life area, the number of
 * current assessments that rate the need HIGH or MEDIUM. These counts derive from case data, so whatever shows
 * them applies {@link SmallNumbers}.
 */
public interface NeedCounts {

    /** Counts per Kommune and life area; a missing entry means zero. */
    Map<MunicipalityLifeArea, Integer> openHighOrMediumNeeds();

    /** Whether the counts come from real assessments yet (false while no source is connected). */
    boolean connected();
}
