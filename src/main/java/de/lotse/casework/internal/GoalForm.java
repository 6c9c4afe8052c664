package de.lotse.casework.internal;

import java.time.LocalDate;

import de.lotse.network.LifeArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A goal of the help plan as agreed with the client; also the API's request body.
 *
 * @param planVersion the plan version that was read; null before the plan's first goal
 */
record GoalForm(@NotNull LifeArea lifeArea, @NotBlank @Size(max = 1000) String wording, @NotNull @PastOrPresent LocalDate agreedOn,
                Integer planVersion) {

    static GoalForm empty(Integer planVersion) {
        return new GoalForm(null, "", LocalDate.now(), planVersion);
    }

    static GoalForm of(PlanView.Goal goal, Integer planVersion) {
        return new GoalForm(goal.lifeArea(), goal.wording(), goal.agreedOn(), planVersion);
    }

    GoalForm withPlanVersion(Integer version) {
        return new GoalForm(lifeArea, wording, agreedOn, version);
    }
}
