package de.lotse.structure.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A decision as the coordinator records it on an agenda item: the wording, consensus or postponed (then with the
 * reason), and optionally the priority the Lenkungsgruppe gave the topic.
 */
record DecisionForm(
        @NotBlank @Size(max = 8000) String wording,
        @NotNull Decisions.Outcome outcome,
        @Size(max = 2000) String postponementReason,
        TopicPriority priority) {

    static DecisionForm proposing(String wording) {
        return new DecisionForm(wording == null ? "" : wording, null, "", null);
    }

    boolean postponedWithoutReason() {
        return outcome == Decisions.Outcome.POSTPONED && (postponementReason == null || postponementReason.isBlank());
    }

    Decisions.Record toRecord() {
        return new Decisions.Record(wording, outcome, postponementReason, priority);
    }
}
