package de.lotse.residence.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ABH/EBH's side of hand-offs: the list, one hand-off with its pre-check, and recording application and decision. */
@Controller
class HandOffController {

    /** The next step as the ABH records it; {@code version} is the one the user saw. */
    record StepForm(@NotNull HandOffStatus status, @NotNull @PastOrPresent LocalDate happenedOn, @Size(max = 500) String note,
                    @NotNull Integer version) {
    }

    private final HandOffs handOffs;

    HandOffController(HandOffs handOffs) {
        this.handOffs = handOffs;
    }

    @GetMapping("/hand-offs")
    String list(Model model) {
        model.addAttribute("handOffs", handOffs.forCallersOffice());
        return "residence/hand-offs";
    }

    @GetMapping("/hand-offs/{id}")
    String show(@PathVariable UUID id, Model model) {
        HandOffs.HandOff handOff = handOffs.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(handOff, new StepForm(null, LocalDate.now(), null, handOff.version()), null, model);
    }

    @PostMapping("/hand-offs/{id}/steps")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("step") StepForm step, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        HandOffs.HandOff handOff = handOffs.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (errors.hasErrors()) {
            return page(handOff, step, errors, model);
        }
        try {
            handOffs.record(id, step.status(), step.happenedOn(), step.note(), step.version());
        } catch (OptimisticLockingFailureException e) {
            HandOffs.HandOff current = handOffs.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            model.addAttribute("conflict", java.util.List.of("handoff.conflict.status"));
            return page(current, new StepForm(step.status(), step.happenedOn(), step.note(), current.version()), null, model);
        } catch (HandOffs.StepNotPossible e) {
            errors.rejectValue("status", "handoff.stepNotPossible");
            return page(handOff, step, errors, model);
        }
        redirect.addFlashAttribute("notice", "handoff.stepRecorded");
        return "redirect:/hand-offs/" + id;
    }

    private String page(HandOffs.HandOff handOff, StepForm step, BindingResult errors, Model model) {
        model.addAttribute("handOff", handOff);
        model.addAttribute("view", PreCheckView.of(handOff.result()));
        model.addAttribute("facts", PreCheckForm.of(handOff.request()));
        model.addAttribute("questions", FactQuestions.GROUPS.stream().flatMap(g -> g.fields().stream()).toList());
        model.addAttribute("history", handOffs.history(handOff.id()));
        model.addAttribute("nextSteps", handOff.status().next().stream().sorted().toList());
        if (errors == null) {
            model.addAttribute("step", step);
        }
        return "residence/hand-off";
    }
}
