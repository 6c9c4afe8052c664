package de.lotse.structure.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.accounts.CurrentUser;
import de.lotse.statistics.ProtectedCount;
import de.lotse.statistics.SmallNumbers;
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
 * The topic backlog: coordination opens, changes and moves topics on; the Lenkungsgruppe reads them.
 * The findings of a topic are shown without any contact or case reference.
 */
@Controller
class TopicController {

    private final Topics topics;
    private final Findings findings;
    private final Choices choices;
    private final CurrentUser currentUser;
    private final Groups groups;
    private final de.lotse.network.Organisations organisations;
    private final Decisions decisions;
    private final Measures measures;
    private final TopicEffect effect;
    private final SmallNumbers smallNumbers;

    TopicController(Topics topics, Findings findings, Choices choices, CurrentUser currentUser, Groups groups,
                    de.lotse.network.Organisations organisations, Decisions decisions, Measures measures, TopicEffect effect,
                    SmallNumbers smallNumbers) {
        this.decisions = decisions;
        this.measures = measures;
        this.effect = effect;
        this.smallNumbers = smallNumbers;
        this.groups = groups;
        this.organisations = organisations;
        this.topics = topics;
        this.findings = findings;
        this.choices = choices;
        this.currentUser = currentUser;
    }

    @GetMapping("/topics")
    String list(@RequestParam(required = false) TopicStatus status, Model model) {
        model.addAttribute("topics", topics.all(status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("counts", topics.findingCounts());
        return "structure/topics";
    }

    @GetMapping("/topics/new")
    String form(Model model) {
        return render(model, TopicForm.empty(), null, null);
    }

    @PostMapping("/topics/new")
    String open(@Valid @ModelAttribute("form") TopicForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!choices.activeCategories(form.barrierCategories())) {
            errors.rejectValue("barrierCategories", "NotNull");
        }
        if (errors.hasErrors()) {
            return render(model, form, null, null);
        }
        UUID id = topics.open(form, currentUser.require().id());
        redirect.addFlashAttribute("notice", "topic.opened");
        return "redirect:/topics/" + id;
    }

    @GetMapping("/topics/{id}")
    String show(@PathVariable UUID id, Model model) {
        Topic topic = topics.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("topic", topic);
        model.addAttribute("findings", findings.ofTopic(id));
        var names = choices.municipalityNames();
        model.addAttribute("topicMunicipalities", topic.municipalityIds().stream().map(names::get).filter(java.util.Objects::nonNull).toList());
        // Findings come mostly from cases: their counts are small-number protected for coordination and the Lenkungsgruppe.
        model.addAttribute("byMunicipality", topics.countsByMunicipality(id).stream()
                .map(c -> new ProtectedRow(c.key().isEmpty() ? "" : names.getOrDefault(UUID.fromString(c.key()), ""),
                        smallNumbers.single(c.findings())))
                .toList());
        model.addAttribute("byLifeArea", topics.countsByLifeArea(id).stream()
                .map(c -> new ProtectedRow(c.key(), smallNumbers.single(c.findings()))).toList());
        addDecisionsAndEffect(id, model);
        model.addAttribute("history", topics.history(id));
        var proposals = groups.proposalsOfTopic(id);
        model.addAttribute("proposals", proposals);
        model.addAttribute("groupNames", groups.all().stream().collect(java.util.stream.Collectors.toMap(Groups.Group::id, Groups.Group::name)));
        var organisationNames = organisations.findAll().stream()
                .collect(java.util.stream.Collectors.toMap(de.lotse.network.Organisation::id, de.lotse.network.Organisation::name));
        model.addAttribute("responsibleNames", proposals.stream().collect(java.util.stream.Collectors.toMap(Groups.Proposal::id,
                p -> p.responsibleOrganisationIds().stream().map(organisationNames::get).filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.joining(", ")))));
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("priorities", TopicPriority.values());
        choices.addNamesTo(model);
        return "structure/topic";
    }

    /** A count of findings by one dimension, as it may be shown. */
    record ProtectedRow(String key, ProtectedCount findings) {
    }

    /** The way back from the topic: its decisions with their measures, and what the findings did around each start. */
    private void addDecisionsAndEffect(UUID topicId, Model model) {
        List<Decisions.Decision> taken = decisions.ofTopic(topicId);
        List<Measure> topicMeasures = measures.ofDecisions(taken.stream().map(Decisions.Decision::id).toList());
        model.addAttribute("decisions", taken);
        model.addAttribute("measuresByDecision", topicMeasures.stream().collect(Collectors.groupingBy(Measure::decisionId)));
        model.addAttribute("progress", measures.progressOf(topicMeasures));
        model.addAttribute("effect", effect.of(topicId, topicMeasures, Measures.today()));
    }

    @GetMapping("/topics/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Topic topic = topics.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return render(model, TopicForm.of(topic), id, null);
    }

    @PostMapping("/topics/{id}/edit")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") TopicForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Topic current = topics.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!choices.activeCategories(form.barrierCategories())) {
            errors.rejectValue("barrierCategories", "NotNull");
        }
        if (errors.hasErrors()) {
            return render(model, form, id, null);
        }
        try {
            topics.change(id, form);
        } catch (OptimisticLockingFailureException e) {
            TopicForm withCurrentVersion = new TopicForm(form.title(), form.description(), form.lifeAreas(),
                    form.barrierCategories(), form.municipalityIds(), current.version());
            return render(model, withCurrentVersion, id, form.differencesTo(current));
        }
        redirect.addFlashAttribute("notice", "topic.saved");
        return "redirect:/topics/" + id;
    }

    @PostMapping("/topics/{id}/status")
    String move(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) TopicStatus status,
                RedirectAttributes redirect) {
        if (status == null) {
            redirect.addFlashAttribute("problem", "topic.statusMissing");
            return "redirect:/topics/" + id;
        }
        return step(id, redirect, () -> topics.moveTo(id, status, version, currentUser.require().id()));
    }

    @PostMapping("/topics/{id}/priority")
    String prioritise(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) TopicPriority priority,
                      RedirectAttributes redirect) {
        return step(id, redirect, () -> topics.prioritise(id, priority, version));
    }

    private String step(UUID id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "topic.saved");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "topic.conflict");
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/topics/" + id;
    }

    private String render(Model model, TopicForm form, UUID topicId, java.util.List<String> conflict) {
        model.addAttribute("form", form);
        model.addAttribute("topicId", topicId);
        model.addAttribute("conflict", conflict);
        choices.addTo(model);
        return "structure/topic-form";
    }
}
