package de.lotse.casework.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
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
 * Appointments and deadlines of a case in the browser: forms to add and change them, marking deadlines done,
 * and the iCalendar files of one appointment and of all of the signed-in case manager's appointments.
 */
@Controller
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CaseCalendar calendar;
    private final CalendarExport export;

    CalendarController(CaseCalendar calendar, CalendarExport export) {
        this.calendar = calendar;
        this.export = export;
    }

    // --- appointments ---

    @GetMapping("/cases/{id}/appointments/new")
    String newAppointment(@PathVariable UUID id, Model model) {
        calendar.requireCase(id);
        model.addAttribute("form", AppointmentForm.empty(LocalDate.now(CaseCalendar.ZONE).plusDays(1)));
        return appointmentPage(id, null, model);
    }

    @PostMapping("/cases/{id}/appointments")
    String addAppointment(@PathVariable UUID id, @Valid @ModelAttribute("form") AppointmentForm form, BindingResult errors,
                          Model model, RedirectAttributes redirect) {
        calendar.requireCase(id);
        checkTimes(form, errors);
        if (errors.hasErrors()) {
            return appointmentPage(id, null, model);
        }
        calendar.addAppointment(id, form);
        redirect.addFlashAttribute("notice", "appointment.added");
        return "redirect:/cases/" + id + "#appointments";
    }

    @GetMapping("/cases/{id}/appointments/{appointmentId}")
    String editAppointment(@PathVariable UUID id, @PathVariable UUID appointmentId, Model model) {
        model.addAttribute("form", AppointmentForm.of(calendar.appointment(id, appointmentId).orElseThrow(CaseCalendar::notFound)));
        return appointmentPage(id, appointmentId, model);
    }

    @PostMapping("/cases/{id}/appointments/{appointmentId}")
    String changeAppointment(@PathVariable UUID id, @PathVariable UUID appointmentId, @Valid @ModelAttribute("form") AppointmentForm form,
                             BindingResult errors, Model model, RedirectAttributes redirect) {
        calendar.appointment(id, appointmentId).orElseThrow(CaseCalendar::notFound);
        checkTimes(form, errors);
        if (errors.hasErrors() || form.version() == null) {
            return appointmentPage(id, appointmentId, model);
        }
        try {
            calendar.changeAppointment(id, appointmentId, form, form.version());
        } catch (CaseCalendar.ChangedMeanwhile e) {
            model.addAttribute("conflict", e.fields());
            model.addAttribute("form", form.withVersion(e.currentVersion()));
            return appointmentPage(id, appointmentId, model);
        }
        redirect.addFlashAttribute("notice", "appointment.saved");
        return "redirect:/cases/" + id + "#appointments";
    }

    @GetMapping("/cases/{id}/appointments/{appointmentId}.ics")
    ResponseEntity<byte[]> appointmentIcs(@PathVariable UUID id, @PathVariable UUID appointmentId) {
        Appointment appointment = calendar.appointment(id, appointmentId).orElseThrow(CaseCalendar::notFound);
        return ics(List.of(appointment), "termin-" + CalendarExport.reference(appointment).toLowerCase(java.util.Locale.ROOT) + ".ics");
    }

    /** All of the signed-in case manager's appointments from today on, for their calendar program. */
    @GetMapping("/appointments.ics")
    ResponseEntity<byte[]> myAppointments() {
        return ics(calendar.upcomingOfSignedInCaseManager(), "lotse-termine.ics");
    }

    private ResponseEntity<byte[]> ics(List<Appointment> appointments, String fileName) {
        URI base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
        byte[] body = export.ics(appointments, a -> base.resolve("/cases/" + a.clientCase()));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    private static void checkTimes(AppointmentForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("endTime") && !form.endsAfterStart()) {
            errors.rejectValue("endTime", "appointment.endTime.beforeStart");
        }
    }

    private String appointmentPage(UUID caseId, UUID appointmentId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("appointmentId", appointmentId);
        return "casework/appointment";
    }

    // --- deadlines ---

    @GetMapping("/cases/{id}/deadlines/new")
    String newDeadline(@PathVariable UUID id, Model model) {
        calendar.requireCase(id);
        model.addAttribute("form", DeadlineForm.empty());
        return deadlinePage(id, null, model);
    }

    @PostMapping("/cases/{id}/deadlines")
    String addDeadline(@PathVariable UUID id, @Valid @ModelAttribute("form") DeadlineForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        calendar.requireCase(id);
        if (errors.hasErrors()) {
            return deadlinePage(id, null, model);
        }
        calendar.addDeadline(id, form);
        redirect.addFlashAttribute("notice", "deadline.added");
        return "redirect:/cases/" + id + "#deadlines";
    }

    @GetMapping("/cases/{id}/deadlines/{deadlineId}")
    String editDeadline(@PathVariable UUID id, @PathVariable UUID deadlineId, Model model) {
        model.addAttribute("form", DeadlineForm.of(calendar.deadline(id, deadlineId).orElseThrow(CaseCalendar::notFound)));
        return deadlinePage(id, deadlineId, model);
    }

    @PostMapping("/cases/{id}/deadlines/{deadlineId}")
    String changeDeadline(@PathVariable UUID id, @PathVariable UUID deadlineId, @Valid @ModelAttribute("form") DeadlineForm form,
                          BindingResult errors, Model model, RedirectAttributes redirect) {
        calendar.deadline(id, deadlineId).orElseThrow(CaseCalendar::notFound);
        if (errors.hasErrors() || form.version() == null) {
            return deadlinePage(id, deadlineId, model);
        }
        try {
            calendar.changeDeadline(id, deadlineId, form, form.version());
        } catch (CaseCalendar.ChangedMeanwhile e) {
            model.addAttribute("conflict", e.fields());
            model.addAttribute("form", form.withVersion(e.currentVersion()));
            return deadlinePage(id, deadlineId, model);
        }
        redirect.addFlashAttribute("notice", "deadline.saved");
        return "redirect:/cases/" + id + "#deadlines";
    }

    @PostMapping("/cases/{id}/deadlines/{deadlineId}/done")
    String markDone(@PathVariable UUID id, @PathVariable UUID deadlineId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            calendar.markDone(id, deadlineId, LocalDate.now(CaseCalendar.ZONE), version);
            redirect.addFlashAttribute("notice", "deadline.markedDone");
        } catch (CaseCalendar.ChangedMeanwhile e) {
            redirect.addFlashAttribute("problem", "deadline.conflict");
        }
        return "redirect:/cases/" + id + "#deadlines";
    }

    private String deadlinePage(UUID caseId, UUID deadlineId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("deadlineId", deadlineId);
        model.addAttribute("kinds", DeadlineKind.values());
        return "casework/deadline";
    }
}
