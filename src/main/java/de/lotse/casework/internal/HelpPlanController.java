package de.lotse.casework.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.casework.ClientCase;
import de.lotse.network.LifeArea;
import de.lotse.network.Organisations;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The help plan's pages: add and change goals and steps, end a goal, and read earlier versions. A change
 * against a plan someone else changed meanwhile shows the conflict message with the input kept.
 */
@Controller
@RequestMapping("/cases/{id}/help-plan")
class HelpPlanController {

    private final HelpPlanWork helpPlans;
    private final CaseHeader header;
    private final Organisations organisations;

    HelpPlanController(HelpPlanWork helpPlans, CaseHeader header, Organisations organisations) {
        this.helpPlans = helpPlans;
        this.header = header;
        this.organisations = organisations;
    }

    /** Something that changes the plan and may find it changed meanwhile, closed, or without consent. */
    private interface PlanChange {
        void run();
    }

    @GetMapping("/goals/new")
    String newGoal(@PathVariable UUID id, Model model) {
        PlanView plan = plan(id, model);
        model.addAttribute("form", GoalForm.empty(plan.version()));
        return goalForm(model, null);
    }

    @PostMapping("/goals")
    String addGoal(@PathVariable UUID id, @Valid @ModelAttribute("form") GoalForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        plan(id, model);
        if (errors.hasErrors()) {
            return goalForm(model, null);
        }
        return save(id, model, redirect, "helpPlan.goalAdded", () -> helpPlans.addGoal(id, form.planVersion(), form.lifeArea(),
                form.wording(), form.agreedOn()), version -> {
            model.addAttribute("form", form.withPlanVersion(version));
            return goalForm(model, null);
        });
    }

    @GetMapping("/goals/{goalId}/edit")
    String editGoal(@PathVariable UUID id, @PathVariable UUID goalId, Model model) {
        PlanView plan = plan(id, model);
        PlanView.Goal goal = plan.goal(goalId).filter(PlanView.Goal::open).orElseThrow(CaseHeader::notFound);
        model.addAttribute("form", GoalForm.of(goal, plan.version()));
        return goalForm(model, goalId);
    }

    @PostMapping("/goals/{goalId}")
    String changeGoal(@PathVariable UUID id, @PathVariable UUID goalId, @Valid @ModelAttribute("form") GoalForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        plan(id, model).goal(goalId).orElseThrow(CaseHeader::notFound);
        if (errors.hasErrors()) {
            return goalForm(model, goalId);
        }
        return save(id, model, redirect, "helpPlan.goalChanged", () -> helpPlans.changeGoal(id, goalId, form.planVersion(),
                form.lifeArea(), form.wording(), form.agreedOn()), version -> {
            model.addAttribute("form", form.withPlanVersion(version));
            return goalForm(model, goalId);
        });
    }

    @GetMapping("/goals/{goalId}/end")
    String endGoalForm(@PathVariable UUID id, @PathVariable UUID goalId, Model model) {
        PlanView plan = plan(id, model);
        model.addAttribute("goal", plan.goal(goalId).filter(PlanView.Goal::open).orElseThrow(CaseHeader::notFound));
        model.addAttribute("form", GoalEndForm.empty(plan.version()));
        return endForm(model);
    }

    @PostMapping("/goals/{goalId}/end")
    String endGoal(@PathVariable UUID id, @PathVariable UUID goalId, @Valid @ModelAttribute("form") GoalEndForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("goal", plan(id, model).goal(goalId).orElseThrow(CaseHeader::notFound));
        form.check(errors);
        if (errors.hasErrors()) {
            return endForm(model);
        }
        return save(id, model, redirect, "helpPlan.goalEnded", () -> helpPlans.endGoal(id, goalId, form.planVersion(),
                new HelpPlanWork.Ending(form.outcome(), form.reason()), form.endedOn()), version -> {
            model.addAttribute("form", form.withPlanVersion(version));
            return endForm(model);
        });
    }

    @GetMapping("/goals/{goalId}/steps/new")
    String newStep(@PathVariable UUID id, @PathVariable UUID goalId, Model model) {
        PlanView plan = plan(id, model);
        model.addAttribute("goal", plan.goal(goalId).filter(PlanView.Goal::open).orElseThrow(CaseHeader::notFound));
        model.addAttribute("form", StepForm.empty(plan.version()));
        return stepForm(model, null);
    }

    @PostMapping("/goals/{goalId}/steps")
    String addStep(@PathVariable UUID id, @PathVariable UUID goalId, @Valid @ModelAttribute("form") StepForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("goal", plan(id, model).goal(goalId).orElseThrow(CaseHeader::notFound));
        form.check(errors);
        if (errors.hasErrors()) {
            return stepForm(model, null);
        }
        return save(id, model, redirect, "helpPlan.stepAdded", () -> helpPlans.addStep(id, goalId, form.planVersion(), form.what(),
                form.actor(), form.organisationId(), form.dueOn()), version -> {
            model.addAttribute("form", form.withPlanVersion(version));
            return stepForm(model, null);
        });
    }

    @GetMapping("/steps/{stepId}/edit")
    String editStep(@PathVariable UUID id, @PathVariable UUID stepId, Model model) {
        PlanView plan = plan(id, model);
        PlanView.Step step = plan.step(stepId).orElseThrow(CaseHeader::notFound);
        PlanView.Goal goal = goalOf(plan, stepId);
        if (!goal.open()) {
            throw CaseHeader.notFound();
        }
        model.addAttribute("goal", goal);
        model.addAttribute("form", StepForm.of(step, plan.version()));
        return stepForm(model, stepId);
    }

    @PostMapping("/steps/{stepId}")
    String changeStep(@PathVariable UUID id, @PathVariable UUID stepId, @Valid @ModelAttribute("form") StepForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        PlanView plan = plan(id, model);
        plan.step(stepId).orElseThrow(CaseHeader::notFound);
        model.addAttribute("goal", goalOf(plan, stepId));
        form.check(errors);
        if (form.status() == null && !errors.hasFieldErrors("status")) {
            errors.rejectValue("status", "NotNull");
        }
        if (errors.hasErrors()) {
            return stepForm(model, stepId);
        }
        return save(id, model, redirect, "helpPlan.stepChanged", () -> helpPlans.changeStep(id, stepId, form.planVersion(),
                form.what(), form.actor(), form.organisationId(), form.dueOn(), form.status()), version -> {
            model.addAttribute("form", form.withPlanVersion(version));
            return stepForm(model, stepId);
        });
    }

    @GetMapping("/versions")
    String versions(@PathVariable UUID id, Model model) {
        header.load(id, model);
        model.addAttribute("versions", helpPlans.versions(id));
        return "casework/help-plan/versions";
    }

    @GetMapping("/versions/{number}")
    String version(@PathVariable UUID id, @PathVariable int number, Model model) {
        header.load(id, model);
        model.addAttribute("plan", helpPlans.version(id, number).orElseThrow(CaseHeader::notFound));
        model.addAttribute("entry", helpPlans.versions(id).stream().filter(v -> v.number() == number).findFirst().orElseThrow());
        return "casework/help-plan/version";
    }

    private PlanView plan(UUID id, Model model) {
        ClientCase clientCase = header.load(id, model);
        return helpPlans.of(clientCase);
    }

    private static PlanView.Goal goalOf(PlanView plan, UUID stepId) {
        return plan.goals().stream().filter(g -> g.steps().stream().anyMatch(s -> s.id().equals(stepId))).findFirst()
                .orElseThrow(CaseHeader::notFound);
    }

    private String save(UUID id, Model model, RedirectAttributes redirect, String notice, PlanChange change,
                        java.util.function.Function<Integer, String> conflict) {
        try {
            change.run();
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("conflict", List.of());
            return conflict.apply(helpPlans.current(id).map(PlanView::version).orElse(null));
        } catch (HelpPlanWork.CaseClosed e) {
            redirect.addFlashAttribute("problem", "helpPlan.caseClosed");
            return "redirect:/cases/" + id;
        } catch (CaseWork.ConsentMissing e) {
            redirect.addFlashAttribute("problem", "case.consentMissing");
            return "redirect:/cases/" + id;
        } catch (NoSuchElementException e) {
            throw CaseHeader.notFound();
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/cases/" + id + "#help-plan";
    }

    private String goalForm(Model model, UUID goalId) {
        model.addAttribute("goalId", goalId);
        model.addAttribute("lifeAreas", LifeArea.values());
        return "casework/help-plan/goal-form";
    }

    private String stepForm(Model model, UUID stepId) {
        model.addAttribute("stepId", stepId);
        model.addAttribute("actors", StepActor.values());
        model.addAttribute("statuses", StepStatus.values());
        model.addAttribute("organisations", organisations.findActive());
        return "casework/help-plan/step-form";
    }

    private String endForm(Model model) {
        model.addAttribute("outcomes", GoalOutcome.values());
        return "casework/help-plan/goal-end";
    }
}
