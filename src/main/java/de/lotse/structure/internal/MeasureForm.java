package de.lotse.structure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creating or changing a measure. The status is not part of it: a status change is its own step, because it
 * tells the reporters and may move the topic on. {@code version} is the one the coordinator saw. The decision is
 * chosen when the measure is created (the controller requires it then) and never changed afterwards.
 */
record MeasureForm(
        UUID decisionId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull UUID ownerOrganisationId,
        @NotBlank @Size(max = 200) String responsiblePerson,
        LocalDate startedOn,
        Integer version) {

    static MeasureForm forDecision(UUID decisionId) {
        return new MeasureForm(decisionId, "", "", null, "", null, null);
    }

    static MeasureForm of(Measure measure) {
        return new MeasureForm(measure.decisionId(), measure.title(), measure.description(), measure.ownerOrganisationId(),
                measure.responsiblePerson(), measure.startedOn(), measure.version());
    }

    MeasureForm withVersion(int current) {
        return new MeasureForm(decisionId, title, description, ownerOrganisationId, responsiblePerson, startedOn, current);
    }

    String descriptionOrEmpty() {
        return description == null ? "" : description;
    }

    /** Message keys of the fields where this form differs from the measure as it is stored now. */
    List<String> differencesTo(Measure current) {
        List<String> keys = new ArrayList<>();
        if (!Objects.equals(title, current.title())) {
            keys.add("measure.title");
        }
        if (!Objects.equals(descriptionOrEmpty(), current.description())) {
            keys.add("measure.description");
        }
        if (!Objects.equals(ownerOrganisationId, current.ownerOrganisationId())) {
            keys.add("measure.owner");
        }
        if (!Objects.equals(responsiblePerson, current.responsiblePerson())) {
            keys.add("measure.responsible");
        }
        if (!Objects.equals(startedOn, current.startedOn())) {
            keys.add("measure.startedOn");
        }
        return keys;
    }
}
