package de.lotse.casework.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.casework.CaseStatus;
import de.lotse.casework.ClientCase;
import de.lotse.casework.ClosureReason;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The closure page of a case: reason, closure date and the outcome of every goal still open, in one step.
 */
@Controller
class ClosureController {

    private final CaseClosure closure;
    private final HelpPlanWork helpPlans;
    private final CaseHeader header;

    ClosureController(CaseClosure closure, HelpPlanWork helpPlans, CaseHeader header) {
        this.closure = closure;
        this.helpPlans = helpPlans;
        this.header = header;
    }

    @GetMapping("/cases/{id}/closure")
    String form(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        ClientCase clientCase = header.load(id, model);
        if (clientCase.status() == CaseStatus.CLOSED) {
            redirect.addFlashAttribute("problem", "closure.alreadyClosed");
            return "redirect:/cases/" + id;
        }
        PlanView plan = helpPlans.of(clientCase);
        model.addAttribute("form", ClosureForm.of(clientCase.version(), plan));
        return page(model, plan);
    }

    @PostMapping("/cases/{id}/closure")
    String close(@PathVariable UUID id, @Valid @ModelAttribute("form") ClosureForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        ClientCase clientCase = header.load(id, model);
        if (clientCase.status() == CaseStatus.CLOSED) {
            redirect.addFlashAttribute("problem", "closure.alreadyClosed");
            return "redirect:/cases/" + id;
        }
        PlanView plan = helpPlans.of(clientCase);
        if (form.version() == null || !form.matches(plan)) {
            return conflict(model, form, clientCase, plan);
        }
        form.check(errors, plan);
        if (errors.hasErrors()) {
            return page(model, plan);
        }
        Map<UUID, HelpPlanWork.Ending> endings = new HashMap<>();
        form.goalsOrNone().forEach(g -> endings.put(g.goalId(), new HelpPlanWork.Ending(g.outcome(), g.reason())));
        try {
            closure.close(id, form.version(), form.planVersion(), form.reason(), form.closedOn(), endings);
        } catch (OptimisticLockingFailureException e) {
            ClientCase now = header.load(id, model);
            return conflict(model, form, now, helpPlans.of(now));
        } catch (NoSuchElementException e) {
            throw CaseHeader.notFound();
        }
        redirect.addFlashAttribute("notice", "closure.done");
        return "redirect:/cases/" + id;
    }

    /** Someone changed the case or its goals meanwhile: the input stays, aligned to the goals open now. */
    private String conflict(Model model, ClosureForm form, ClientCase now, PlanView plan) {
        model.addAttribute("conflict", java.util.List.of());
        model.addAttribute("form", form.alignedTo(now.version(), plan));
        return page(model, plan);
    }

    private String page(Model model, PlanView plan) {
        model.addAttribute("plan", plan);
        model.addAttribute("closureReasons", ClosureReason.values());
        model.addAttribute("outcomes", GoalOutcome.values());
        return "casework/closure";
    }
}
