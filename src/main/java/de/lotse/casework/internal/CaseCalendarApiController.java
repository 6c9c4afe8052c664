package de.lotse.casework.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases/{id}/appointments}, {@code .../deadlines} and {@code .../journal}: the same records, rules
 * and audited services as the pages. A change carries the version that was read; a stale one answers 409
 * with the fields that differ now.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class CaseCalendarApiController {

    record AppointmentView(UUID id, UUID caseId, Instant startsAt, Instant endsAt, LocalDate date, LocalTime startTime,
                           LocalTime endTime, String place, String participants, boolean interpreterNeeded,
                           String interpreterLanguage, String notes, Integer version) {

        static AppointmentView of(Appointment a) {
            AppointmentForm local = AppointmentForm.of(a);
            return new AppointmentView(a.id(), a.clientCase(), a.startsAt(), a.endsAt(), local.date(), local.startTime(),
                    local.endTime(), a.place(), a.participants(), a.interpreterNeeded(), a.interpreterLanguage(), a.notes(), a.version());
        }
    }

    record DeadlineView(UUID id, UUID caseId, DeadlineKind kind, LocalDate dueOn, String description, LocalDate doneOn,
                        boolean overdue, Integer version) {

        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.id(), d.clientCase(), d.kind(), d.dueOn(), d.description(), d.doneOn(),
                    d.overdueOn(LocalDate.now(CaseCalendar.ZONE)), d.version());
        }
    }

    /** A journal entry as the API takes it (documents are uploaded in the browser). */
    record JournalRequest(@NotNull JournalEntryKind kind, @NotNull Instant occurredAt, @NotBlank @Size(max = 4000) String summary) {
    }

    record JournalView(UUID id, JournalEntryKind kind, Instant occurredAt, String summary, List<CaseJournal.DocumentInfo> documents) {
    }

    private final CaseCalendar calendar;
    private final CaseJournal journal;
    private final MessageSource messages;

    CaseCalendarApiController(CaseCalendar calendar, CaseJournal journal, MessageSource messages) {
        this.calendar = calendar;
        this.journal = journal;
        this.messages = messages;
    }

    @GetMapping("/appointments")
    List<AppointmentView> appointments(@PathVariable UUID id) {
        return calendar.appointments(id).stream().map(AppointmentView::of).toList();
    }

    @PostMapping("/appointments")
    ResponseEntity<?> addAppointment(@PathVariable UUID id, @Valid @RequestBody AppointmentForm request) {
        calendar.requireCase(id);
        if (!request.endsAfterStart()) {
            return fieldProblem("endTime", "appointment.endTime.beforeStart", id);
        }
        UUID created = calendar.addAppointment(id, request);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/appointments/" + created))
                .body(AppointmentView.of(calendar.appointment(id, created).orElseThrow()));
    }

    @PutMapping("/appointments/{appointmentId}")
    ResponseEntity<?> changeAppointment(@PathVariable UUID id, @PathVariable UUID appointmentId,
                                        @Valid @RequestBody AppointmentForm request) {
        calendar.appointment(id, appointmentId).orElseThrow(CaseCalendar::notFound);
        if (request.version() == null) {
            return fieldProblem("version", "NotNull", id);
        }
        if (!request.endsAfterStart()) {
            return fieldProblem("endTime", "appointment.endTime.beforeStart", id);
        }
        try {
            calendar.changeAppointment(id, appointmentId, request, request.version());
        } catch (CaseCalendar.ChangedMeanwhile e) {
            return conflict(e);
        }
        return ResponseEntity.ok(AppointmentView.of(calendar.appointment(id, appointmentId).orElseThrow()));
    }

    @GetMapping("/deadlines")
    List<DeadlineView> deadlines(@PathVariable UUID id) {
        return calendar.deadlines(id).stream().map(DeadlineView::of).toList();
    }

    @PostMapping("/deadlines")
    ResponseEntity<DeadlineView> addDeadline(@PathVariable UUID id, @Valid @RequestBody DeadlineForm request) {
        UUID created = calendar.addDeadline(id, request);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/deadlines/" + created))
                .body(DeadlineView.of(calendar.deadline(id, created).orElseThrow()));
    }

    @PutMapping("/deadlines/{deadlineId}")
    ResponseEntity<?> changeDeadline(@PathVariable UUID id, @PathVariable UUID deadlineId, @Valid @RequestBody DeadlineForm request) {
        calendar.deadline(id, deadlineId).orElseThrow(CaseCalendar::notFound);
        if (request.version() == null) {
            return fieldProblem("version", "NotNull", id);
        }
        try {
            calendar.changeDeadline(id, deadlineId, request, request.version());
        } catch (CaseCalendar.ChangedMeanwhile e) {
            return conflict(e);
        }
        return ResponseEntity.ok(DeadlineView.of(calendar.deadline(id, deadlineId).orElseThrow()));
    }

    @GetMapping("/journal")
    List<JournalView> journal(@PathVariable UUID id) {
        List<JournalEntry> entries = journal.entries(id);
        Map<UUID, List<CaseJournal.DocumentInfo>> documents = journal.documentsOf(id);
        return entries.stream().map(e -> new JournalView(e.id(), e.kind(), e.occurredAt(), e.summary(),
                documents.getOrDefault(e.id(), List.of()))).toList();
    }

    @PostMapping("/journal")
    ResponseEntity<JournalView> write(@PathVariable UUID id, @Valid @RequestBody JournalRequest request) {
        UUID created = journal.write(id, request.kind(), request.occurredAt(), request.summary(), null);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/journal/" + created))
                .body(new JournalView(created, request.kind(), request.occurredAt(), request.summary(), List.of()));
    }

    private ResponseEntity<?> fieldProblem(String field, String key, UUID caseId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Einige Angaben sind ungültig.");
        problem.setTitle("Ungültige Eingabe");
        problem.setProperty("errors", List.of(Map.of("field", field,
                "message", messages.getMessage(key, null, LocaleContextHolder.getLocale()))));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<?> conflict(CaseCalendar.ChangedMeanwhile e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Jemand anderes hat diesen Eintrag inzwischen geändert. Nichts wurde überschrieben; bitte lesen Sie den aktuellen Stand und ändern Sie erneut.");
        problem.setTitle("Gleichzeitige Änderung");
        problem.setProperty("changedFields", e.fields());
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
