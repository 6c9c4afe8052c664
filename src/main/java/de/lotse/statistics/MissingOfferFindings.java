package de.lotse.statistics;

import java.util.Map;

/**
 * Findings filed under the barrier category "fehlendes Angebot" ({@code BarrierCategory.MISSING_OFFER}), per
 * Kommune and life area. Findings may come from cases, so whatever shows them applies {@link SmallNumbers}.
 */
public interface MissingOfferFindings {

    /** Open findings per Kommune and life area; a missing entry means zero. */
    Map<MunicipalityLifeArea, Integer> openFindings();

    /** Whether the counts come from real findings yet (false while no source is connected). */
    boolean connected();
}
