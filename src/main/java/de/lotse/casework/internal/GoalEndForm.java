package de.lotse.casework.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** Ending a goal: its outcome, the reason where one is needed, and the day. */
record GoalEndForm(@NotNull GoalOutcome outcome, @Size(max = 2000) String reason, @NotNull @PastOrPresent LocalDate endedOn,
                   Integer planVersion) {

    static GoalEndForm empty(Integer planVersion) {
        return new GoalEndForm(null, "", LocalDate.now(), planVersion);
    }

    GoalEndForm withPlanVersion(Integer version) {
        return new GoalEndForm(outcome, reason, endedOn, version);
    }

    void check(Errors errors) {
        if (outcome != null && outcome.needsReason() && (reason == null || reason.isBlank())) {
            errors.rejectValue("reason", "goal.reason.required");
        }
    }
}
