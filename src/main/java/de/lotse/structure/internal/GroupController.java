package de.lotse.structure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.network.Organisations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Working and project groups for coordination: members, meetings with agenda and minutes, tasks and proposals.
 * Every change is a small form on the group page that comes back to it with a notice or a problem.
 */
@Controller
class GroupController {

    private final Groups groups;
    private final Topics topics;
    private final Organisations organisations;
    private final Colleagues colleagues;

    GroupController(Groups groups, Topics topics, Organisations organisations, Colleagues colleagues) {
        this.groups = groups;
        this.topics = topics;
        this.organisations = organisations;
        this.colleagues = colleagues;
    }

    @GetMapping("/groups")
    String list(Model model) {
        model.addAttribute("groups", groups.all());
        model.addAttribute("kinds", Groups.Kind.values());
        model.addAttribute("topics", openTopics());
        return "structure/groups";
    }

    @PostMapping("/groups/new")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) Groups.Kind kind,
                  @RequestParam(required = false) UUID topicId, @RequestParam(required = false) String description,
                  RedirectAttributes redirect) {
        if (blank(name, 200) || kind == null || (kind == Groups.Kind.PROJECT && topicId == null)) {
            redirect.addFlashAttribute("problem", "group.incomplete");
            return "redirect:/groups";
        }
        UUID id = groups.create(name, kind, kind == Groups.Kind.PROJECT ? topicId : null, description);
        redirect.addFlashAttribute("notice", "group.created");
        return "redirect:/groups/" + id;
    }

    @GetMapping("/groups/{id}")
    String show(@PathVariable UUID id, Model model) {
        Groups.Group group = require(id);
        List<Groups.Member> members = groups.members(id);
        model.addAttribute("group", group);
        model.addAttribute("topic", group.topicId() == null ? null : topics.get(group.topicId()).orElse(null));
        model.addAttribute("members", members);
        model.addAttribute("memberNames", members.stream().collect(java.util.stream.Collectors.toMap(Groups.Member::id, Groups.Member::name)));
        model.addAttribute("meetings", groups.meetings(id));
        model.addAttribute("tasks", groups.tasks(id));
        model.addAttribute("proposals", groups.proposalsOfGroup(id));
        model.addAttribute("topics", openTopics());
        model.addAttribute("topicTitles", topics.all(null).stream().collect(java.util.stream.Collectors.toMap(Topic::id, Topic::title)));
        model.addAttribute("organisations", organisations.findActive());
        return "structure/group";
    }

    @PostMapping("/groups/{id}/members")
    String addMember(@PathVariable UUID id, @RequestParam(required = false) String username,
                     @RequestParam(required = false) String externalName, @RequestParam(required = false) String externalOrganisation,
                     RedirectAttributes redirect) {
        require(id);
        if (username != null && !username.isBlank()) {
            SignedInUser user = colleagues.asSignedIn(username).orElse(null);
            if (user == null) {
                return problem(id, redirect, "group.member.unknownUser");
            }
            groups.addMember(id, user.id(), user.displayName(), user.organisationName());
        } else if (!blank(externalName, 200) && !blank(externalOrganisation, 200)) {
            groups.addMember(id, null, externalName, externalOrganisation);
        } else {
            return problem(id, redirect, "group.member.incomplete");
        }
        return notice(id, redirect, "group.member.added");
    }

    @PostMapping("/groups/{id}/meetings")
    String planMeeting(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                       @RequestParam(required = false) String agenda, RedirectAttributes redirect) {
        require(id);
        if (heldOn == null || blank(agenda, 4000)) {
            return problem(id, redirect, "group.meeting.incomplete");
        }
        groups.planMeeting(id, heldOn, agenda);
        return notice(id, redirect, "group.meeting.planned");
    }

    @PostMapping("/groups/{id}/meetings/{meetingId}/minutes")
    String minutes(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestParam int version,
                   @RequestParam(required = false) String minutes, RedirectAttributes redirect) {
        require(id);
        if (blank(minutes, 20000)) {
            return problem(id, redirect, "group.minutes.missing");
        }
        return change(id, redirect, "group.minutes.saved", () -> {
            groups.recordMinutes(id, meetingId, minutes, version);
            return null;
        });
    }

    @PostMapping("/groups/{id}/tasks")
    String addTask(@PathVariable UUID id, @RequestParam(required = false) String title, @RequestParam(required = false) UUID ownerId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                   RedirectAttributes redirect) {
        require(id);
        if (blank(title, 300) || ownerId == null || dueOn == null
                || groups.members(id).stream().noneMatch(m -> m.id().equals(ownerId))) {
            return problem(id, redirect, "group.task.incomplete");
        }
        groups.addTask(id, title, ownerId, dueOn);
        return notice(id, redirect, "group.task.added");
    }

    @PostMapping("/groups/{id}/tasks/{taskId}/done")
    String completeTask(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam int version, RedirectAttributes redirect) {
        require(id);
        return change(id, redirect, "group.task.done", () -> {
            groups.completeTask(id, taskId, version);
            return null;
        });
    }

    @PostMapping("/groups/{id}/proposals")
    String draftProposal(@PathVariable UUID id, @RequestParam(required = false) UUID topicId,
                         @RequestParam(required = false) String wording, @RequestParam(required = false) String expectedEffect,
                         @RequestParam(required = false) String cost, @RequestParam(required = false) List<UUID> organisationIds,
                         RedirectAttributes redirect) {
        require(id);
        if (topicId == null || topics.get(topicId).isEmpty() || blank(wording, 8000)) {
            return problem(id, redirect, "proposal.incomplete");
        }
        groups.draftProposal(id, topicId, wording, expectedEffect, cost, organisationIds == null ? List.of() : organisationIds);
        return notice(id, redirect, "proposal.drafted");
    }

    @PostMapping("/groups/{id}/proposals/{proposalId}/submit")
    String submitProposal(@PathVariable UUID id, @PathVariable UUID proposalId, @RequestParam int version,
                          RedirectAttributes redirect) {
        require(id);
        return change(id, redirect, "proposal.submitted", () -> {
            groups.submitProposal(id, proposalId, version);
            return null;
        });
    }

    private List<Topic> openTopics() {
        return topics.all(null).stream().filter(t -> t.status() != TopicStatus.CLOSED).toList();
    }

    private Groups.Group require(UUID id) {
        return groups.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String change(UUID id, RedirectAttributes redirect, String notice, Supplier<Void> change) {
        try {
            change.get();
        } catch (OptimisticLockingFailureException e) {
            return problem(id, redirect, "group.conflict");
        }
        return notice(id, redirect, notice);
    }

    private static String notice(UUID id, RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("notice", key);
        return "redirect:/groups/" + id;
    }

    private static String problem(UUID id, RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("problem", key);
        return "redirect:/groups/" + id;
    }

    private static boolean blank(String text, int max) {
        return text == null || text.isBlank() || text.length() > max;
    }
}
