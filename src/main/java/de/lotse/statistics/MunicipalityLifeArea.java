package de.lotse.statistics;

import java.util.UUID;

import de.lotse.network.LifeArea;

/** One cell of the district's map of needs: a Kommune and a life area. */
public record MunicipalityLifeArea(UUID municipalityId, LifeArea lifeArea) {
}
