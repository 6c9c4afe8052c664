package de.lotse.casework.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases/{id}/help-plan} and {@code /api/v1/cases/{id}/referrals}: the same rules and messages as
 * the pages. A stale plan or referral version answers 409 and changes nothing; a referral without consent
 * answers 400 with the German message at {@code organisationId}.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class CaseApiController {

    private final HelpPlanWork helpPlans;
    private final ReferralWork referrals;
    private final MessageSource messages;

    CaseApiController(HelpPlanWork helpPlans, ReferralWork referrals, MessageSource messages) {
        this.helpPlans = helpPlans;
        this.referrals = referrals;
        this.messages = messages;
    }

    /** A referral as the API shows it. */
    record ReferralView(UUID id, UUID organisationId, String organisationName, UUID offerId, String purpose, LocalDate referredOn,
                        ReferralOutcome outcome, LocalDate expectedOn, String outcomeReason, LocalDate outcomeOn,
                        boolean overdue, Integer version) {

        static ReferralView of(ReferralWork.Entry e) {
            Referral r = e.referral();
            return new ReferralView(r.id(), r.organisationId(), e.organisationName(), r.offerId(), r.purpose(), r.referredOn(),
                    r.outcome(), r.expectedOn(), r.outcomeReason(), r.outcomeOn(), e.overdue(), r.version());
        }
    }

    @GetMapping("/help-plan")
    ResponseEntity<PlanView> helpPlan(@PathVariable UUID id) {
        return ResponseEntity.of(helpPlans.current(id));
    }

    @PostMapping("/help-plan/goals")
    ResponseEntity<?> addGoal(@PathVariable UUID id, @Valid @RequestBody GoalForm request) {
        return created(id, () -> helpPlans.addGoal(id, request.planVersion(), request.lifeArea(), request.wording(), request.agreedOn()),
                goal -> "/api/v1/cases/" + id + "/help-plan");
    }

    @PostMapping("/help-plan/goals/{goalId}/steps")
    ResponseEntity<?> addStep(@PathVariable UUID id, @PathVariable UUID goalId, @Valid @RequestBody StepForm request) {
        Errors errors = new BeanPropertyBindingResult(request, "request");
        request.check(errors);
        if (errors.hasErrors()) {
            return invalid(errors);
        }
        return created(id, () -> helpPlans.addStep(id, goalId, request.planVersion(), request.what(), request.actor(),
                request.organisationId(), request.dueOn()), step -> "/api/v1/cases/" + id + "/help-plan");
    }

    @GetMapping("/referrals")
    ResponseEntity<List<ReferralView>> referrals(@PathVariable UUID id) {
        return ResponseEntity.of(referrals.ofCase(id).map(list -> list.stream().map(ReferralView::of).toList()));
    }

    @PostMapping("/referrals")
    ResponseEntity<?> refer(@PathVariable UUID id, @Valid @RequestBody ReferralForm request) {
        try {
            return created(id, () -> referrals.refer(id, request.organisationId(), request.offerId(), request.purpose(),
                    request.referredOn()), referral -> "/api/v1/cases/" + id + "/referrals/" + referral);
        } catch (ReferralWork.ConsentMissing e) {
            return invalid("organisationId", messages.getMessage("referral.consentMissing", new Object[] {e.organisationName()},
                    LocaleContextHolder.getLocale()));
        } catch (ReferralWork.OfferRefused e) {
            return invalid("offerId", messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale()));
        } catch (IllegalArgumentException e) {
            return invalid("organisationId", messages.getMessage("referral.organisation.unknown", null, LocaleContextHolder.getLocale()));
        }
    }

    @PutMapping("/referrals/{referralId}/outcome")
    ResponseEntity<?> recordOutcome(@PathVariable UUID id, @PathVariable UUID referralId, @Valid @RequestBody OutcomeForm request) {
        Errors errors = new BeanPropertyBindingResult(request, "request");
        request.check(errors);
        if (errors.hasErrors()) {
            return invalid(errors);
        }
        try {
            referrals.recordOutcome(id, referralId, request.version(), request.outcome(), request.expectedOn(), request.reason(),
                    LocalDate.now());
        } catch (NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        } catch (OptimisticLockingFailureException e) {
            return conflict("Jemand anderes hat diese Vermittlung inzwischen geändert. Nichts wurde überschrieben; bitte lesen Sie den aktuellen Stand und ändern Sie erneut.");
        }
        return ResponseEntity.ok(ReferralView.of(referrals.get(id, referralId).orElseThrow()));
    }

    private ResponseEntity<?> created(UUID caseId, Supplier<UUID> create, java.util.function.Function<UUID, String> location) {
        try {
            UUID created = create.get();
            return ResponseEntity.created(URI.create(location.apply(created))).body(Map.of("id", created));
        } catch (NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        } catch (OptimisticLockingFailureException e) {
            return conflict("Jemand anderes hat den Hilfeplan inzwischen geändert. Nichts wurde überschrieben; bitte lesen Sie den aktuellen Stand (planVersion) und ändern Sie erneut.");
        } catch (HelpPlanWork.CaseClosed e) {
            return refused("Der Fall ist abgeschlossen. Um weiter zu planen, eröffnen Sie ihn zuerst wieder.");
        } catch (CaseWork.ConsentMissing e) {
            return refused(messages.getMessage("case.consentMissing", null, LocaleContextHolder.getLocale()));
        }
    }

    private ResponseEntity<?> invalid(Errors errors) {
        List<Map<String, String>> fields = errors.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Ungültige Eingabe", "Einige Angaben sind ungültig.", fields);
    }

    private ResponseEntity<?> invalid(String field, String message) {
        return problem(HttpStatus.BAD_REQUEST, "Ungültige Eingabe", "Einige Angaben sind ungültig.",
                List.of(Map.of("field", field, "message", message)));
    }

    private ResponseEntity<?> conflict(String detail) {
        return problem(HttpStatus.CONFLICT, "Gleichzeitige Änderung", detail, null);
    }

    /** The case is not in a state for this (closed, or without consent to case management). */
    private ResponseEntity<?> refused(String detail) {
        return problem(HttpStatus.CONFLICT, "Im jetzigen Stand des Falls nicht möglich", detail, null);
    }

    private static ResponseEntity<?> problem(HttpStatus status, String title, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
