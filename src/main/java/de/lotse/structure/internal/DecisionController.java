package de.lotse.structure.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.documents.PdfDocuments;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Decisions of the Lenkungsgruppe: coordination records them on an agenda item; the list (by year, searchable),
 * a decision's page and the year's list as PDF are for everybody in the group.
 */
@Controller
class DecisionController {

    private final Decisions decisions;
    private final SteeringMeetings meetings;
    private final CurrentUser currentUser;
    private final PdfDocuments pdf;

    DecisionController(Decisions decisions, SteeringMeetings meetings, CurrentUser currentUser, PdfDocuments pdf) {
        this.decisions = decisions;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.pdf = pdf;
    }

    @GetMapping("/steering/meetings/{id}/agenda/{itemId}/decision")
    String form(@PathVariable UUID id, @PathVariable UUID itemId, Model model) {
        Context context = context(id, itemId);
        model.addAttribute("decisionForm", DecisionForm.proposing(context.item().proposalWording()));
        return formPage(model, context);
    }

    @PostMapping("/steering/meetings/{id}/agenda/{itemId}/decision")
    String record(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Context context = context(id, itemId);
        if (!errors.hasFieldErrors("postponementReason") && form.postponedWithoutReason()) {
            errors.rejectValue("postponementReason", "steering.decision.reasonMissing");
        }
        if (errors.hasErrors()) {
            return formPage(model, context);
        }
        UUID decision;
        try {
            decision = decisions.record(id, itemId, form.toRecord(), currentUser.require().id());
        } catch (Decisions.AlreadyDecided e) {
            redirect.addFlashAttribute("problem", "steering.decision.already");
            return "redirect:/steering/meetings/" + id + "#agenda";
        } catch (NoSuchElementException e) {
            throw SteeringMembersController.notFound();
        }
        redirect.addFlashAttribute("notice", "steering.decision.recorded");
        return "redirect:/steering/decisions/" + decision;
    }

    @GetMapping("/steering/decisions")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Model model) {
        List<Integer> years = decisions.years();
        model.addAttribute("decisions", decisions.search(year, q));
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("pdfYear", year != null ? year : years.isEmpty() ? null : years.getFirst());
        return "structure/steering-decisions";
    }

    @GetMapping("/steering/decisions/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("decision", decisions.get(id).orElseThrow(SteeringMembersController::notFound));
        return "structure/steering-decision";
    }

    @GetMapping("/steering/decisions.pdf")
    ResponseEntity<byte[]> listPdf(@RequestParam(required = false) Integer year) {
        int shown = year != null ? year : LocalDate.now(SteeringMeetings.ZONE).getYear();
        Map<String, Object> model = new HashMap<>();
        model.put("year", shown);
        model.put("decisions", decisions.search(shown, null).reversed());
        byte[] document = pdf.render("documents/steering-decisions", model, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lenkungsgruppe-beschluesse-" + shown + ".pdf").build().toString())
                .body(document);
    }

    private record Context(SteeringMeetings.Meeting meeting, SteeringMeetings.AgendaItem item, Decisions.Decision decided) {
    }

    private Context context(UUID meetingId, UUID itemId) {
        SteeringMeetings.Meeting meeting = meetings.get(meetingId).orElseThrow(SteeringMembersController::notFound);
        SteeringMeetings.AgendaItem item = meetings.agendaItem(meetingId, itemId).filter(SteeringMeetings.AgendaItem::decidable)
                .orElseThrow(SteeringMembersController::notFound);
        Decisions.Decision decided = decisions.ofMeeting(meetingId).stream().filter(d -> itemId.equals(d.agendaItemId())).findFirst()
                .orElse(null);
        return new Context(meeting, item, decided);
    }

    private String formPage(Model model, Context context) {
        model.addAttribute("meeting", context.meeting());
        model.addAttribute("item", context.item());
        model.addAttribute("decided", context.decided());
        model.addAttribute("outcomes", Decisions.Outcome.values());
        model.addAttribute("priorities", TopicPriority.values());
        return "structure/steering-decision-form";
    }
}
