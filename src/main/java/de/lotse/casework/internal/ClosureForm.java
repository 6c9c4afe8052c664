package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.lotse.casework.ClosureReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * Closing a case: the reason, the day, and for every goal still open its outcome (and reason where needed).
 *
 * @param version     the case version as read
 * @param planVersion the help plan version as read, null without a plan
 */
public record ClosureForm(@NotNull ClosureReason reason, @NotNull @PastOrPresent LocalDate closedOn, Integer version, Integer planVersion,
                   @Valid List<GoalEnding> goals) {

    public record GoalEnding(UUID goalId, GoalOutcome outcome, @Size(max = 2000) String reason) {
    }

    static ClosureForm of(int caseVersion, PlanView plan) {
        List<GoalEnding> goals = new ArrayList<>();
        plan.openGoals().forEach(g -> goals.add(new GoalEnding(g.id(), null, "")));
        return new ClosureForm(null, LocalDate.now(), caseVersion, plan.version(), goals);
    }

    public List<GoalEnding> goalsOrNone() {
        return goals == null ? List.of() : goals;
    }

    /** Whether the form asks exactly for the goals still open in this plan, in its order. */
    boolean matches(PlanView plan) {
        return plan.openGoals().stream().map(PlanView.Goal::id).toList()
                .equals(goalsOrNone().stream().map(GoalEnding::goalId).toList());
    }

    /** The same input for the plan as it is now: one entry per open goal, keeping what was entered for it. */
    ClosureForm alignedTo(Integer caseVersion, PlanView plan) {
        List<GoalEnding> aligned = new ArrayList<>();
        for (PlanView.Goal goal : plan.openGoals()) {
            int i = indexOf(goal.id());
            aligned.add(i < 0 ? new GoalEnding(goal.id(), null, "") : goalsOrNone().get(i));
        }
        return new ClosureForm(reason, closedOn, caseVersion, plan.version(), aligned);
    }

    /** Per open goal: an outcome, and a reason where the outcome needs one. Call after {@link #matches}. */
    void check(Errors errors, PlanView plan) {
        for (PlanView.Goal goal : plan.openGoals()) {
            int i = indexOf(goal.id());
            GoalEnding ending = goalsOrNone().get(i);
            if (ending.outcome() == null) {
                errors.rejectValue("goals[" + i + "].outcome", "closure.goalOutcome.required");
            } else if (ending.outcome().needsReason() && (ending.reason() == null || ending.reason().isBlank())) {
                errors.rejectValue("goals[" + i + "].reason", "goal.reason.required");
            }
        }
    }

    private int indexOf(UUID goalId) {
        List<GoalEnding> all = goalsOrNone();
        for (int i = 0; i < all.size(); i++) {
            if (goalId.equals(all.get(i).goalId())) {
                return i;
            }
        }
        return -1;
    }
}
