package de.lotse.structure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.Role;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Measures of the Lenkungsgruppe's decisions: coordination creates and keeps them up to date, the Lenkungsgruppe
 * reads them (the route table admits steering members to the list and the measure page only). Nothing here is
 * personal data of clients; the number of findings behind a measure is small-number protected.
 */
@Controller
class MeasureController {

    private final Measures measures;
    private final Decisions decisions;
    private final Topics topics;
    private final TopicEffect effect;
    private final Organisations organisations;
    private final CurrentUser currentUser;

    MeasureController(Measures measures, Decisions decisions, Topics topics, TopicEffect effect, Organisations organisations,
                      CurrentUser currentUser) {
        this.measures = measures;
        this.decisions = decisions;
        this.topics = topics;
        this.effect = effect;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    @GetMapping("/measures")
    String list(@RequestParam(required = false) MeasureStatus status, @RequestParam(required = false) UUID owner,
                @RequestParam(required = false) boolean overdue, @RequestParam(required = false) UUID decision, Model model) {
        LocalDate today = Measures.today();
        model.addAttribute("lines", measures.find(new Measures.Filter(status, owner, overdue, decision), today));
        model.addAttribute("status", status);
        model.addAttribute("owner", owner);
        model.addAttribute("overdue", overdue);
        model.addAttribute("decision", decision == null ? null : decisions.get(decision).orElse(null));
        model.addAttribute("statuses", MeasureStatus.values());
        var owners = measures.owners();
        model.addAttribute("organisations", organisations.findAllByOrderByName().stream().filter(o -> owners.contains(o.id())).toList());
        model.addAttribute("organisationNames", organisationNames());
        return "structure/measures";
    }

    @GetMapping("/measures/new")
    String form(@RequestParam(required = false) UUID decision, Model model) {
        UUID chosen = decision != null && decisions.get(decision).filter(Decisions.Decision::consensus).isPresent()
                ? decision : null;
        return render(model, MeasureForm.forDecision(chosen), null, null);
    }

    @PostMapping("/measures/new")
    String create(@Valid @ModelAttribute("form") MeasureForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.decisionId() == null && !errors.hasFieldErrors("decisionId")) {
            errors.rejectValue("decisionId", "NotNull");
        }
        check(form, errors);
        if (errors.hasErrors()) {
            return render(model, form, null, null);
        }
        UUID id = measures.create(form, currentUser.require());
        redirect.addFlashAttribute("notice", "measure.created");
        return "redirect:/measures/" + id;
    }

    @GetMapping("/measures/{id}")
    String show(@PathVariable UUID id, Model model) {
        Measure measure = require(id);
        if (!model.containsAttribute("milestoneForm")) {
            model.addAttribute("milestoneForm", MilestoneForm.empty());
        }
        return renderMeasure(model, measure);
    }

    @GetMapping("/measures/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return render(model, MeasureForm.of(require(id)), id, null);
    }

    @PostMapping("/measures/{id}/edit")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") MeasureForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Measure current = require(id);
        // The decision a measure follows from is not changed afterwards: the form carries it for display only.
        MeasureForm own = new MeasureForm(current.decisionId(), form.title(), form.description(), form.ownerOrganisationId(),
                form.responsiblePerson(), form.startedOn(), form.version());
        check(own, errors);
        if (errors.hasErrors()) {
            return render(model, own, id, null);
        }
        try {
            measures.change(id, own, currentUser.require());
        } catch (OptimisticLockingFailureException e) {
            Measure now = require(id);
            return render(model, own.withVersion(now.version()), id, own.differencesTo(now));
        }
        redirect.addFlashAttribute("notice", "measure.saved");
        return "redirect:/measures/" + id;
    }

    @PostMapping("/measures/{id}/status")
    String move(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) MeasureStatus status,
                RedirectAttributes redirect) {
        require(id);
        if (status == null) {
            return problem(id, redirect, "measure.statusMissing");
        }
        return step(id, redirect, "measure.statusChanged", () -> measures.moveTo(id, status, version, currentUser.require()));
    }

    @PostMapping("/measures/{id}/milestones")
    String addMilestone(@PathVariable UUID id, @Valid @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        Measure measure = require(id);
        if (errors.hasErrors()) {
            // The measure page again, with the problems at the milestone form's fields.
            return renderMeasure(model, measure);
        }
        measures.addMilestone(id, form, currentUser.require());
        redirect.addFlashAttribute("notice", "milestone.added");
        return "redirect:/measures/" + id + "#milestones";
    }

    @GetMapping("/measures/{id}/milestones/{milestoneId}/edit")
    String editMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId, Model model) {
        Measure measure = require(id);
        Milestone milestone = requireMilestone(id, milestoneId);
        return renderMilestone(model, measure, milestoneId, MilestoneForm.of(milestone), false);
    }

    @PostMapping("/measures/{id}/milestones/{milestoneId}/edit")
    String changeMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId,
                           @Valid @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        Measure measure = require(id);
        requireMilestone(id, milestoneId);
        if (errors.hasErrors()) {
            return renderMilestone(model, measure, milestoneId, form, false);
        }
        try {
            measures.changeMilestone(id, milestoneId, form, currentUser.require());
        } catch (OptimisticLockingFailureException e) {
            Milestone now = requireMilestone(id, milestoneId);
            return renderMilestone(model, measure, milestoneId,
                    new MilestoneForm(form.title(), form.dueOn(), form.weight(), now.version()), true);
        }
        redirect.addFlashAttribute("notice", "milestone.saved");
        return "redirect:/measures/" + id + "#milestones";
    }

    @PostMapping("/measures/{id}/milestones/{milestoneId}/done")
    String completeMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId, @RequestParam int version,
                             RedirectAttributes redirect) {
        require(id);
        return step(id, redirect, "milestone.completed",
                () -> measures.completeMilestone(id, milestoneId, version, Measures.today(), currentUser.require()));
    }

    @PostMapping("/measures/{id}/milestones/{milestoneId}/reopen")
    String reopenMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId, @RequestParam int version,
                           RedirectAttributes redirect) {
        require(id);
        return step(id, redirect, "milestone.reopened", () -> measures.reopenMilestone(id, milestoneId, version, currentUser.require()));
    }

    private String renderMeasure(Model model, Measure measure) {
        LocalDate today = Measures.today();
        List<Milestone> milestones = measures.milestones(measure.id());
        Decisions.Decision decision = decisions.get(measure.decisionId()).orElseThrow();
        Progress progress = Progress.of(milestones);
        boolean overdue = !measure.status().finished() && milestones.stream().anyMatch(m -> m.overdueOn(today));
        model.addAttribute("measure", measure);
        model.addAttribute("decision", decision);
        model.addAttribute("topic", topics.get(decision.topicId()).orElseThrow());
        model.addAttribute("findingCount", effect.findingsOf(decision.topicId()));
        model.addAttribute("milestones", milestones);
        model.addAttribute("progress", progress);
        model.addAttribute("today", today);
        model.addAttribute("overdue", overdue);
        // Lotse never sets "verzögert" itself (a status change is news for the reporters); it suggests it instead.
        model.addAttribute("suggestDelayed", overdue && measure.status() != MeasureStatus.DELAYED);
        model.addAttribute("suggestImplemented", !measure.status().finished() && progress.totalWeight() > 0
                && progress.doneWeight() == progress.totalWeight());
        model.addAttribute("history", measures.history(measure.id()));
        model.addAttribute("ownerName", organisationNames().get(measure.ownerOrganisationId()));
        model.addAttribute("organisationNames", organisationNames());
        model.addAttribute("statuses", MeasureStatus.values());
        model.addAttribute("mayChange", currentUser.get().map(u -> u.has(Role.COORDINATOR)).orElse(false));
        return "structure/measure";
    }

    private String renderMilestone(Model model, Measure measure, UUID milestoneId, MilestoneForm form, boolean conflict) {
        model.addAttribute("measure", measure);
        model.addAttribute("milestoneId", milestoneId);
        model.addAttribute("milestoneForm", form);
        model.addAttribute("conflict", conflict ? List.of() : null);
        return "structure/milestone-form";
    }

    private String render(Model model, MeasureForm form, UUID measureId, List<String> conflict) {
        model.addAttribute("form", form);
        model.addAttribute("measureId", measureId);
        model.addAttribute("conflict", conflict);
        model.addAttribute("decisions", decisions.consensus());
        model.addAttribute("decision", form.decisionId() == null ? null : decisions.get(form.decisionId()).orElse(null));
        model.addAttribute("organisations", organisations.findActive());
        return "structure/measure-form";
    }

    /** What Bean Validation cannot know: the decision must be a consensus, the owner an organisation of the network. */
    private void check(MeasureForm form, BindingResult errors) {
        if (form.decisionId() != null && !errors.hasFieldErrors("decisionId")
                && decisions.get(form.decisionId()).filter(Decisions.Decision::consensus).isEmpty()) {
            errors.rejectValue("decisionId", "measure.decision.unknown");
        }
        if (form.ownerOrganisationId() != null && !errors.hasFieldErrors("ownerOrganisationId")
                && organisations.findById(form.ownerOrganisationId()).isEmpty()) {
            errors.rejectValue("ownerOrganisationId", "NotNull");
        }
    }

    private Map<UUID, String> organisationNames() {
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }

    private Measure require(UUID id) {
        return measures.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Milestone requireMilestone(UUID measureId, UUID milestoneId) {
        return measures.milestone(measureId, milestoneId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String step(UUID id, RedirectAttributes redirect, String notice, Runnable change) {
        try {
            change.run();
        } catch (OptimisticLockingFailureException e) {
            return problem(id, redirect, "measure.conflict");
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/measures/" + id;
    }

    private static String problem(UUID id, RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("problem", key);
        return "redirect:/measures/" + id;
    }
}
