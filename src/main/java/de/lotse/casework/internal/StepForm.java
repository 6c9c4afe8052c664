package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * A step towards a goal: what, who (an organisation is named when one takes it), by when, and where it stands;
 * also the API's request body (a new step is always open).
 */
record StepForm(@NotBlank @Size(max = 1000) String what, @NotNull StepActor actor, UUID organisationId, LocalDate dueOn,
                StepStatus status, Integer planVersion) {

    static StepForm empty(Integer planVersion) {
        return new StepForm("", null, null, null, StepStatus.OPEN, planVersion);
    }

    static StepForm of(PlanView.Step step, Integer planVersion) {
        return new StepForm(step.what(), step.actor(), step.organisationId(), step.dueOn(), step.status(), planVersion);
    }

    StepForm withPlanVersion(Integer version) {
        return new StepForm(what, actor, organisationId, dueOn, status, version);
    }

    /** The rule Bean Validation cannot put at the field: an organisation takes the step only if one is named. */
    void check(Errors errors) {
        if (actor == StepActor.ORGANISATION && organisationId == null && !errors.hasFieldErrors("organisationId")) {
            errors.rejectValue("organisationId", "step.organisation.required");
        }
    }
}
