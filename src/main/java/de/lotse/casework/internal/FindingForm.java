package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import de.lotse.network.LifeArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A finding as the case page's form and the API take it. */
record FindingForm(
        @NotNull LifeArea lifeArea,
        @NotBlank String barrierCategory,
        List<UUID> organisationIds,
        UUID municipalityId,
        @NotBlank @Size(max = 4000) String description) {

    static FindingForm empty(UUID municipalityId) {
        return new FindingForm(null, null, List.of(), municipalityId, null);
    }

    List<UUID> organisations() {
        return organisationIds == null ? List.of() : organisationIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
