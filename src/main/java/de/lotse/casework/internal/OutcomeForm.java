package de.lotse.casework.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** What became of a referral; also the API's request body. {@code version} is the referral's, as read. */
record OutcomeForm(@NotNull ReferralOutcome outcome, LocalDate expectedOn, @Size(max = 2000) String reason, Integer version) {

    static OutcomeForm of(Referral referral) {
        return new OutcomeForm(referral.outcome(), referral.expectedOn(), referral.outcomeReason(), referral.version());
    }

    OutcomeForm withVersion(Integer version) {
        return new OutcomeForm(outcome, expectedOn, reason, version);
    }

    void check(Errors errors) {
        if (outcome != null && outcome.needsExpectedDate() && expectedOn == null && !errors.hasFieldErrors("expectedOn")) {
            errors.rejectValue("expectedOn", "referral.expectedOn.required");
        }
        if (outcome != null && outcome.needsReason() && (reason == null || reason.isBlank())) {
            errors.rejectValue("reason", "referral.reason.required");
        }
        if (version == null) {
            errors.rejectValue("version", "NotNull");
        }
    }
}
