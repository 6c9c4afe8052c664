package de.lotse.structure.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.documents.PdfDocuments;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Meetings of the Lenkungsgruppe: the overview, a meeting's page with agenda, decisions, attendance and minutes,
 * its invitation as iCalendar and its minutes as PDF for everybody in the group; planning, the agenda, attendance
 * and minutes for coordination.
 */
@Controller
class SteeringMeetingController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final SteeringMeetings meetings;
    private final SteeringGroup group;
    private final Decisions decisions;
    private final SteeringInvitation invitation;
    private final PdfDocuments pdf;

    SteeringMeetingController(SteeringMeetings meetings, SteeringGroup group, Decisions decisions, SteeringInvitation invitation,
                              PdfDocuments pdf) {
        this.meetings = meetings;
        this.group = group;
        this.decisions = decisions;
        this.invitation = invitation;
        this.pdf = pdf;
    }

    @GetMapping("/steering")
    String overview(Model model) {
        LocalDate today = LocalDate.now(SteeringMeetings.ZONE);
        List<SteeringMeetings.Meeting> all = meetings.all();
        List<SteeringMeetings.Meeting> upcoming = all.stream().filter(m -> m.upcoming(today)).toList().reversed();
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", all.stream().filter(m -> !m.upcoming(today)).toList());
        Map<UUID, Integer> agendaSizes = new HashMap<>();
        Map<UUID, Integer> decisionCounts = new HashMap<>();
        for (SteeringMeetings.Meeting m : all) {
            agendaSizes.put(m.id(), meetings.agenda(m.id()).size());
            decisionCounts.put(m.id(), decisions.ofMeeting(m.id()).size());
        }
        model.addAttribute("agendaSizes", agendaSizes);
        model.addAttribute("decisionCounts", decisionCounts);
        model.addAttribute("today", today);
        return "structure/steering";
    }

    @GetMapping("/steering/meetings/new")
    String newMeeting(Model model) {
        model.addAttribute("meetingForm", MeetingForm.empty(LocalDate.now(SteeringMeetings.ZONE).plusWeeks(4)));
        return meetingFormPage(model, null, null);
    }

    @PostMapping("/steering/meetings/new")
    String plan(@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        checkTimes(form, errors);
        if (errors.hasErrors()) {
            return meetingFormPage(model, null, null);
        }
        UUID id = meetings.plan(form.heldOn(), form.startsAt(), form.endsAt(), form.place(), form.guests());
        redirect.addFlashAttribute("notice", "steering.meeting.planned");
        return "redirect:/steering/meetings/" + id;
    }

    @GetMapping("/steering/meetings/{id}")
    String show(@PathVariable UUID id, Model model) {
        SteeringMeetings.Meeting meeting = require(id);
        return meetingPage(model, meeting, AgendaItemForm.empty());
    }

    @GetMapping("/steering/meetings/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        SteeringMeetings.Meeting meeting = require(id);
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        return meetingFormPage(model, meeting, null);
    }

    @PostMapping("/steering/meetings/{id}/edit")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        SteeringMeetings.Meeting current = require(id);
        checkTimes(form, errors);
        if (errors.hasErrors()) {
            return meetingFormPage(model, current, null);
        }
        try {
            meetings.change(id, form.heldOn(), form.startsAt(), form.endsAt(), form.place(), form.guests(),
                    form.version() == null ? -1 : form.version());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("meetingForm", new MeetingForm(form.heldOn(), form.startsAt(), form.endsAt(), form.place(), form.guests(),
                    current.version()));
            return meetingFormPage(model, current, differences(form, current));
        }
        redirect.addFlashAttribute("notice", "steering.meeting.saved");
        return "redirect:/steering/meetings/" + id;
    }

    @PostMapping("/steering/meetings/{id}/held")
    String markHeld(@PathVariable UUID id, RedirectAttributes redirect) {
        require(id);
        meetings.markHeld(id);
        redirect.addFlashAttribute("notice", "steering.meeting.markedHeld");
        return "redirect:/steering/meetings/" + id;
    }

    // --- agenda ---

    @PostMapping("/steering/meetings/{id}/agenda")
    String addToAgenda(@PathVariable UUID id, @RequestParam(required = false) UUID topicId, @RequestParam(required = false) UUID proposalId,
                       RedirectAttributes redirect) {
        if (require(id).status() != SteeringMeetings.Status.PLANNED) {
            return problem(id, redirect, "steering.agenda.closed");
        }
        if (topicId == null) {
            return problem(id, redirect, "steering.agenda.chooseTopic");
        }
        try {
            meetings.addToAgenda(id, topicId, proposalId);
        } catch (SteeringMeetings.AlreadyOnAgenda e) {
            return problem(id, redirect, "steering.agenda.already");
        } catch (NoSuchElementException e) {
            return problem(id, redirect, "steering.agenda.chooseTopic");
        }
        return notice(id, redirect, "steering.agenda.added");
    }

    @PostMapping("/steering/meetings/{id}/agenda/all")
    String addAll(@PathVariable UUID id, RedirectAttributes redirect) {
        if (require(id).status() != SteeringMeetings.Status.PLANNED) {
            return problem(id, redirect, "steering.agenda.closed");
        }
        meetings.addAllCandidates(id);
        return notice(id, redirect, "steering.agenda.added");
    }

    @PostMapping("/steering/meetings/{id}/agenda/free")
    String addFreeItem(@PathVariable UUID id, @Valid @ModelAttribute("itemForm") AgendaItemForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        SteeringMeetings.Meeting meeting = require(id);
        if (meeting.status() != SteeringMeetings.Status.PLANNED) {
            return problem(id, redirect, "steering.agenda.closed");
        }
        if (errors.hasErrors()) {
            return meetingPage(model, meeting, form);
        }
        meetings.addFreeItem(id, form.title());
        return notice(id, redirect, "steering.agenda.added");
    }

    @PostMapping("/steering/meetings/{id}/agenda/{itemId}/move")
    String move(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) String direction,
                RedirectAttributes redirect) {
        if (require(id).status() != SteeringMeetings.Status.PLANNED) {
            return problem(id, redirect, "steering.agenda.closed");
        }
        try {
            meetings.moveOnAgenda(id, itemId, "up".equals(direction));
        } catch (NoSuchElementException e) {
            throw SteeringMembersController.notFound();
        }
        return notice(id, redirect, "steering.agenda.moved");
    }

    @PostMapping("/steering/meetings/{id}/agenda/{itemId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        if (require(id).status() != SteeringMeetings.Status.PLANNED) {
            return problem(id, redirect, "steering.agenda.closed");
        }
        try {
            if (!meetings.removeFromAgenda(id, itemId)) {
                return problem(id, redirect, "steering.agenda.decided");
            }
        } catch (NoSuchElementException e) {
            throw SteeringMembersController.notFound();
        }
        return notice(id, redirect, "steering.agenda.removed");
    }

    // --- attendance and minutes ---

    @PostMapping("/steering/meetings/{id}/attendance")
    String attendance(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        require(id);
        Map<UUID, SteeringMeetings.Presence> presences = new HashMap<>();
        for (SteeringGroup.Seat seat : group.activeSeats()) {
            String value = params.get("presence-" + seat.id());
            for (SteeringMeetings.Presence p : SteeringMeetings.Presence.values()) {
                if (p.name().equals(value)) {
                    presences.put(seat.id(), p);
                }
            }
        }
        int version;
        try {
            version = Integer.parseInt(params.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        try {
            meetings.recordAttendance(id, presences, version);
        } catch (OptimisticLockingFailureException e) {
            return problem(id, redirect, "steering.conflict", "#attendance");
        }
        redirect.addFlashAttribute("notice", "steering.attendance.saved");
        return "redirect:/steering/meetings/" + id + "#attendance";
    }

    @GetMapping("/steering/meetings/{id}/minutes")
    String minutesForm(@PathVariable UUID id, Model model) {
        SteeringMeetings.Meeting meeting = require(id);
        model.addAttribute("minutesForm", new MinutesForm(meeting.minutes(), meeting.version()));
        return minutesPage(model, meeting, null);
    }

    @PostMapping("/steering/meetings/{id}/minutes")
    String saveMinutes(@PathVariable UUID id, @Valid @ModelAttribute("minutesForm") MinutesForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        SteeringMeetings.Meeting current = require(id);
        if (errors.hasErrors()) {
            return minutesPage(model, current, null);
        }
        try {
            meetings.recordMinutes(id, form.minutes(), form.version() == null ? -1 : form.version());
        } catch (OptimisticLockingFailureException e) {
            // The text typed stays in the form; the coordinator compares it with what is stored now and saves again.
            model.addAttribute("minutesForm", new MinutesForm(form.minutes(), current.version()));
            model.addAttribute("storedMinutes", current.minutes());
            return minutesPage(model, current, List.of("steering.minutes"));
        }
        redirect.addFlashAttribute("notice", "steering.minutes.saved");
        return "redirect:/steering/meetings/" + id + "#minutes";
    }

    // --- documents ---

    @GetMapping("/steering/meetings/{id}/invitation.ics")
    ResponseEntity<byte[]> invitation(@PathVariable UUID id) {
        SteeringMeetings.Meeting meeting = require(id);
        URI link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/steering/meetings/{id}").buildAndExpand(id).toUri();
        UUID chair = group.functions().stream().filter(SteeringGroup.Function::chair).map(SteeringGroup.Function::id).findFirst().orElse(null);
        byte[] body = invitation.ics(meeting, meetings.agenda(id), group.activeSeats(), chair, link, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lenkungsgruppe-" + meeting.heldOn() + ".ics").build().toString())
                .body(body);
    }

    @GetMapping("/steering/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id) {
        SteeringMeetings.Meeting meeting = require(id);
        Map<String, Object> model = new HashMap<>();
        model.put("meeting", meeting);
        model.put("agenda", meetings.agenda(id));
        model.put("decisions", decisions.ofMeeting(id));
        model.put("attendance", meetings.attendance(id));
        byte[] document = pdf.render("documents/steering-minutes", model, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lenkungsgruppe-protokoll-" + meeting.heldOn() + ".pdf").build().toString())
                .body(document);
    }

    private String meetingPage(Model model, SteeringMeetings.Meeting meeting, AgendaItemForm itemForm) {
        List<SteeringMeetings.AgendaItem> agenda = meetings.agenda(meeting.id());
        List<Decisions.Decision> taken = decisions.ofMeeting(meeting.id());
        model.addAttribute("meeting", meeting);
        // The agenda is built while the meeting is planned; once it is held, only decisions are still recorded.
        model.addAttribute("planned", meeting.status() == SteeringMeetings.Status.PLANNED);
        model.addAttribute("agenda", agenda);
        model.addAttribute("decisions", taken);
        model.addAttribute("decisionByItem", taken.stream().filter(d -> d.agendaItemId() != null)
                .collect(Collectors.toMap(Decisions.Decision::agendaItemId, d -> d)));
        model.addAttribute("candidates", meetings.candidates(meeting.id()));
        model.addAttribute("itemForm", itemForm);
        List<SteeringMeetings.Attendance> attendance = meetings.attendance(meeting.id());
        model.addAttribute("attendance", attendance);
        model.addAttribute("presenceBySeat", attendance.stream()
                .collect(Collectors.toMap(SteeringMeetings.Attendance::seatId, SteeringMeetings.Attendance::presence)));
        model.addAttribute("seats", group.activeSeats());
        model.addAttribute("presences", SteeringMeetings.Presence.values());
        Map<SteeringMeetings.Presence, Long> counts = new EnumMap<>(SteeringMeetings.Presence.class);
        attendance.forEach(a -> counts.merge(a.presence(), 1L, Long::sum));
        model.addAttribute("presenceCounts", counts);
        return "structure/steering-meeting";
    }

    private String meetingFormPage(Model model, SteeringMeetings.Meeting meeting, List<String> conflict) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("conflict", conflict);
        return "structure/steering-meeting-form";
    }

    private String minutesPage(Model model, SteeringMeetings.Meeting meeting, List<String> conflict) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("conflict", conflict);
        return "structure/steering-minutes";
    }

    private SteeringMeetings.Meeting require(UUID id) {
        return meetings.get(id).orElseThrow(SteeringMembersController::notFound);
    }

    private static void checkTimes(MeetingForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("endsAt") && !form.endsAfterStart()) {
            errors.rejectValue("endsAt", "steering.meeting.endsBeforeStart");
        }
    }

    private static List<String> differences(MeetingForm form, SteeringMeetings.Meeting current) {
        List<String> keys = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(form.heldOn(), current.heldOn())) {
            keys.add("steering.meeting.date");
        }
        if (!java.util.Objects.equals(form.startsAt(), current.startsAt()) || !java.util.Objects.equals(form.endsAt(), current.endsAt())) {
            keys.add("steering.meeting.time");
        }
        if (!java.util.Objects.equals(form.place() == null ? "" : form.place().strip(), current.place())) {
            keys.add("steering.meeting.place");
        }
        if (!java.util.Objects.equals(form.guests() == null ? "" : form.guests().strip(), current.guests())) {
            keys.add("steering.meeting.guests");
        }
        return keys;
    }

    private static String notice(UUID id, RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("notice", key);
        return "redirect:/steering/meetings/" + id + "#agenda";
    }

    private static String problem(UUID id, RedirectAttributes redirect, String key) {
        return problem(id, redirect, key, "#agenda");
    }

    private static String problem(UUID id, RedirectAttributes redirect, String key, String anchor) {
        redirect.addFlashAttribute("problem", key);
        return "redirect:/steering/meetings/" + id + anchor;
    }
}
