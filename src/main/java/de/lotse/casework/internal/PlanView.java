package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.lotse.network.LifeArea;

/**
 * A help plan as people read it: the current one, or an earlier version restored from its snapshot. The same
 * records are stored as the snapshot (JSON), so an old version reads exactly as it was shown then.
 *
 * @param version the optimistic lock to send back with a change; null before the first goal
 * @param number  the plan version; 0 before the first goal
 */
public record PlanView(Integer version, int number, List<Goal> goals) {

    public static PlanView empty() {
        return new PlanView(null, 0, List.of());
    }

    public List<Goal> openGoals() {
        return goals.stream().filter(Goal::open).toList();
    }

    public java.util.Optional<Goal> goal(UUID id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public java.util.Optional<Step> step(UUID id) {
        return goals.stream().flatMap(g -> g.steps().stream()).filter(s -> s.id().equals(id)).findFirst();
    }

    public record Goal(UUID id, LifeArea lifeArea, String wording, LocalDate agreedOn, GoalOutcome outcome,
                       String outcomeReason, LocalDate endedOn, List<Step> steps) {

        public boolean open() {
            return outcome == null;
        }
    }

    /** @param organisationName kept in the snapshot, so an old version names the organisation as it was named */
    public record Step(UUID id, String what, StepActor actor, UUID organisationId, String organisationName, LocalDate dueOn,
                       StepStatus status) {

        public boolean overdueOn(LocalDate day) {
            return status == StepStatus.OPEN && dueOn != null && dueOn.isBefore(day);
        }
    }
}
