package de.lotse.structure.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A step of a measure with a due date; its weight says how much of the measure it is. */
record Milestone(UUID id, UUID measureId, String title, LocalDate dueOn, int weight, LocalDate doneOn, int version) {

    public boolean done() {
        return doneOn != null;
    }

    public boolean overdueOn(LocalDate day) {
        return doneOn == null && dueOn.isBefore(day);
    }
}
