package de.lotse.structure.internal;

import java.util.List;
import java.util.UUID;

import de.lotse.network.LifeArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Meldebogen: a barrier anyone in the network can report, without personal data. */
record FindingReportForm(
        @NotNull LifeArea lifeArea,
        @NotBlank String barrierCategory,
        List<UUID> organisationIds,
        UUID municipalityId,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 300) String contact) {

    static FindingReportForm empty() {
        return new FindingReportForm(null, null, List.of(), null, "", "");
    }
}
