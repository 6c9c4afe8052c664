package de.lotse.casework.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Assessing one life area, in the browser and through the API alike. {@code version} is the one read, null for a
 * life area not assessed yet.
 */
record AssessmentForm(@Size(max = 4000) String situation, @NotNull Need need, @Size(max = 4000) String resources,
                      @Size(max = 4000) String notes, Integer version) {

    static AssessmentForm of(AssessmentEntry entry) {
        return entry == null ? new AssessmentForm(null, null, null, null, null)
                : new AssessmentForm(entry.situation(), entry.need(), entry.resources(), entry.notes(), entry.version());
    }

    Assessments.Input input() {
        return new Assessments.Input(blankToNull(situation), need, blankToNull(resources), blankToNull(notes));
    }

    AssessmentForm withVersion(Integer version) {
        return new AssessmentForm(situation, need, resources, notes, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
