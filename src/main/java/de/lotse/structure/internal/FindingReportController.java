package de.lotse.structure.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.network.BarrierCategories;
import de.lotse.network.BarrierCategory;
import de.lotse.network.LifeArea;
import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import de.lotse.privacy.PersonalDataScan;
import jakarta.validation.Valid;
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

/**
 * The Meldebogen for everybody signed in, "Meine Meldungen" with the status of each and what became of it.
 */
@Controller
class FindingReportController {

    private final Findings findings;
    private final Notifications notifications;
    private final PersonalDataScan personalData;
    private final BarrierCategories categories;
    private final Municipalities municipalities;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final Trace trace;
    private final Topics topics;

    FindingReportController(Topics topics, Findings findings, Notifications notifications, PersonalDataScan personalData,
                      BarrierCategories categories, Municipalities municipalities, Organisations organisations,
                      CurrentUser currentUser, Trace trace) {
        this.findings = findings;
        this.notifications = notifications;
        this.personalData = personalData;
        this.categories = categories;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.trace = trace;
        this.topics = topics;
    }

    @GetMapping("/findings/new")
    String form(Model model) {
        return render(model, FindingReportForm.empty(), List.of());
    }

    @PostMapping("/findings/new")
    String report(@Valid @ModelAttribute("form") FindingReportForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (form.barrierCategory() != null && !form.barrierCategory().isBlank()
                && categories.findActive().stream().noneMatch(c -> c.code().equals(form.barrierCategory()))) {
            errors.rejectValue("barrierCategory", "NotNull");
        }
        // Nobody in particular is concerned by a report, so there are no known names to look for.
        List<String> found = personalData.scan(form.description(), List.of()).stream().map(kind -> "personalData." + kind).toList();
        if (!found.isEmpty()) {
            errors.rejectValue("description", "finding.personalData");
        }
        if (errors.hasErrors()) {
            return render(model, form, found);
        }
        SignedInUser user = currentUser.require();
        findings.report(new Findings.NewFinding(form.lifeArea().name(), form.barrierCategory(),
                form.organisationIds() == null ? List.of() : form.organisationIds(), form.municipalityId(),
                form.description(), blankToNull(form.contact()), user.id(), user.organisationId(), Instant.now()));
        redirect.addFlashAttribute("notice", "finding.reported");
        return "redirect:/findings/mine";
    }

    private String render(Model model, FindingReportForm form, List<String> personalDataKinds) {
        model.addAttribute("form", form);
        model.addAttribute("lifeAreas", LifeArea.values());
        model.addAttribute("categories", categories.findActive());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        model.addAttribute("organisations", organisations.findActive());
        model.addAttribute("personalDataKinds", personalDataKinds);
        return "structure/finding-new";
    }

    @GetMapping("/findings/mine")
    String mine(Model model) {
        SignedInUser user = currentUser.require();
        List<Finding> own = findings.raisedBy(user.id());
        model.addAttribute("findings", own);
        model.addAttribute("states", trace.statesOf(own));
        model.addAttribute("news", notifications.unread(user.id(), 20));
        model.addAttribute("categoryNames", categoryNames());
        return "structure/findings-mine";
    }

    @PostMapping("/findings/notifications/read")
    String markRead(RedirectAttributes redirect) {
        notifications.markAllRead(currentUser.require().id());
        redirect.addFlashAttribute("notice", "finding.news.read");
        return "redirect:/findings/mine";
    }

    /** A finding and what became of it: for the person who raised it and for coordination. */
    @GetMapping("/findings/{id}")
    String show(@PathVariable UUID id, Model model) {
        SignedInUser user = currentUser.require();
        Finding finding = findings.get(id).filter(f -> maySee(f, user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("finding", finding);
        model.addAttribute("categoryNames", categoryNames());
        model.addAttribute("municipalityName", finding.municipalityId() == null ? null
                : municipalities.findById(finding.municipalityId()).map(Municipality::name).orElse(null));
        model.addAttribute("organisationNames", organisationNames(finding.organisationIds()));
        // The case behind a finding is casework's: only its own organisation's case workers see the reference.
        model.addAttribute("showCaseReference", finding.caseReference() != null && caseWorkerOf(finding, user));
        model.addAttribute("showContact", user.has(Role.COORDINATOR) || finding.raisedBy().equals(user.id()));
        model.addAttribute("chain", trace.of(finding, user.has(Role.COORDINATOR) || user.has(Role.STEERING_MEMBER)));
        model.addAttribute("topicHistory", finding.topicId() == null ? List.of() : topics.history(finding.topicId()));
        model.addAttribute("mayTriage", user.has(Role.COORDINATOR) && finding.status() == FindingStatus.NEW);
        return "structure/finding";
    }

    /**
     * The person who raised it, coordination, and, for a finding raised on a case, the case workers of the
     * organisation the case belongs to. Nobody else learns that it exists.
     */
    static boolean maySee(Finding finding, SignedInUser user) {
        return finding.raisedBy().equals(user.id()) || user.has(Role.COORDINATOR)
                || (finding.source() == FindingSource.CASE && caseWorkerOf(finding, user));
    }

    /** Case workers of the organisation that raised the finding: they may see the case behind it. */
    static boolean caseWorkerOf(Finding finding, SignedInUser user) {
        return finding.raisedByOrganisation().equals(user.organisationId())
                && (user.has(Role.CASE_MANAGER) || user.has(Role.TEAM_LEAD));
    }

    Map<String, String> categoryNames() {
        return categories.findAllInOrder().stream().collect(Collectors.toMap(BarrierCategory::code,
                c -> c.name(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
    }

    List<String> organisationNames(List<UUID> ids) {
        Map<UUID, String> names = organisations.findAllById(ids).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
        return ids.stream().map(names::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
