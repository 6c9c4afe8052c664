package de.lotse.structure.internal;

import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Triage of new findings for coordination: file under an existing topic (related ones suggested, best first),
 * open a new topic from the finding, or answer it on its own.
 */
@Controller
class BacklogController {

    private final Findings findings;
    private final Topics topics;
    private final Choices choices;
    private final Triage triage;
    private final CurrentUser currentUser;

    BacklogController(Findings findings, Topics topics, Choices choices, Triage triage, CurrentUser currentUser) {
        this.triage = triage;
        this.findings = findings;
        this.topics = topics;
        this.choices = choices;
        this.currentUser = currentUser;
    }

    @GetMapping("/backlog")
    String waiting(Model model) {
        model.addAttribute("findings", findings.waiting());
        choices.addNamesTo(model);
        return "structure/backlog";
    }

    @GetMapping("/backlog/findings/{id}")
    String triage(@PathVariable UUID id, Model model) {
        Finding finding = findings.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("finding", finding);
        model.addAttribute("suggestions", topics.relatedTo(id, 5));
        model.addAttribute("openTopics", topics.all(null).stream()
                .filter(t -> t.status() != TopicStatus.CLOSED).toList());
        choices.addNamesTo(model);
        return "structure/triage";
    }

    @PostMapping("/backlog/findings/{id}/file")
    String file(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) UUID topicId,
                @RequestParam(required = false) UUID otherTopicId, RedirectAttributes redirect) {
        UUID chosen = topicId != null ? topicId : otherTopicId;
        if (chosen == null) {
            redirect.addFlashAttribute("problem", "triage.topicMissing");
            return "redirect:/backlog/findings/" + id;
        }
        Topic topic = topics.get(chosen).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return step(id, redirect, "triage.filed", () -> findings.file(id, topic.id(), topic.title(), version));
    }

    @PostMapping("/backlog/findings/{id}/new-topic")
    String openTopic(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String title,
                     RedirectAttributes redirect) {
        if (title == null || title.isBlank() || title.length() > 200) {
            redirect.addFlashAttribute("problem", "triage.titleMissing");
            return "redirect:/backlog/findings/" + id;
        }
        try {
            UUID topicId = triage.openTopicFrom(id, title, version, currentUser.require().id());
            redirect.addFlashAttribute("notice", "triage.topicOpened");
            return "redirect:/topics/" + topicId;
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "triage.conflict");
            return "redirect:/backlog/findings/" + id;
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/backlog/findings/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String answer,
                  RedirectAttributes redirect) {
        if (answer == null || answer.isBlank() || answer.length() > 4000) {
            redirect.addFlashAttribute("problem", "triage.answerMissing");
            return "redirect:/backlog/findings/" + id;
        }
        return step(id, redirect, "triage.answered", () -> findings.answer(id, answer, version));
    }

    private String step(UUID id, RedirectAttributes redirect, String notice, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/backlog";
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "triage.conflict");
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/backlog/findings/" + id;
    }
}
