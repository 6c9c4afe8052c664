package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.ClientCase;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Appointments and deadlines of cases. Every call goes through the case (so another organisation's case is
 * "not found") and is audited; a change against a stale version is refused with what differs now.
 */
@Service
@Transactional
public class CaseCalendar {

    /** Appointments are entered, shown and exported in the time of the KIM unit. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String APPOINTMENT = "APPOINTMENT";
    static final String DEADLINE = "DEADLINE";

    /** Someone else saved first; nothing was overwritten. */
    public static class ChangedMeanwhile extends RuntimeException {
        private final transient List<String> fields;
        private final Integer currentVersion;

        ChangedMeanwhile(List<String> fields, Integer currentVersion) {
            super("changed meanwhile: " + fields);
            this.fields = fields;
            this.currentVersion = currentVersion;
        }

        public List<String> fields() {
            return fields;
        }

        public Integer currentVersion() {
            return currentVersion;
        }
    }

    private final CaseWork caseWork;
    private final Appointments appointments;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    CaseCalendar(CaseWork caseWork, Appointments appointments, Deadlines deadlines, AuditTrail audit, CurrentUser currentUser,
                 JdbcClient jdbc) {
        this.caseWork = caseWork;
        this.appointments = appointments;
        this.deadlines = deadlines;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    ClientCase requireCase(UUID caseId) {
        return caseWork.get(caseId).orElseThrow(CaseCalendar::notFound);
    }

    // --- appointments ---

    /** Appointments not yet over, soonest first. */
    List<Appointment> upcomingAppointments(UUID caseId, int limit) {
        requireCase(caseId);
        audit.record(AuditAction.READ, APPOINTMENT, null, ClientRegistry.PURPOSE);
        return appointments.findUpcoming(caseId, Instant.now(), limit);
    }

    List<Appointment> appointments(UUID caseId) {
        requireCase(caseId);
        audit.record(AuditAction.READ, APPOINTMENT, null, ClientRegistry.PURPOSE);
        return appointments.findByCase(caseId);
    }

    Optional<Appointment> appointment(UUID caseId, UUID appointmentId) {
        requireCase(caseId);
        Optional<Appointment> found = appointments.findById(appointmentId).filter(a -> a.clientCase().equals(caseId));
        found.ifPresent(a -> audit.record(AuditAction.READ, APPOINTMENT, a.id().toString(), ClientRegistry.PURPOSE));
        return found;
    }

    UUID addAppointment(UUID caseId, AppointmentForm form) {
        requireCase(caseId);
        Instant now = Instant.now();
        Appointment saved = appointments.save(appointment(UUID.randomUUID(), caseId, form, null, now, now));
        audit.record(AuditAction.CREATE, APPOINTMENT, saved.id().toString(), ClientRegistry.PURPOSE);
        return saved.id();
    }

    void changeAppointment(UUID caseId, UUID appointmentId, AppointmentForm form, int version) {
        Appointment current = appointment(caseId, appointmentId).orElseThrow(CaseCalendar::notFound);
        if (current.version() != version) {
            throw new ChangedMeanwhile(form.differencesTo(current), current.version());
        }
        try {
            appointments.save(appointment(current.id(), caseId, form, version, current.createdAt(), Instant.now()));
        } catch (OptimisticLockingFailureException e) {
            Appointment now = appointments.findById(appointmentId).orElseThrow(CaseCalendar::notFound);
            throw new ChangedMeanwhile(form.differencesTo(now), now.version());
        }
        audit.record(AuditAction.UPDATE, APPOINTMENT, current.id().toString(), ClientRegistry.PURPOSE);
    }

    private static Appointment appointment(UUID id, UUID caseId, AppointmentForm form, Integer version, Instant created, Instant updated) {
        return new Appointment(id, caseId, form.date().atTime(form.startTime()).atZone(ZONE).toInstant(),
                form.date().atTime(form.endTime()).atZone(ZONE).toInstant(), AppointmentForm.blankToNull(form.place()),
                AppointmentForm.blankToNull(form.participants()), form.needsInterpreter(),
                form.needsInterpreter() ? AppointmentForm.blankToNull(form.interpreterLanguage()) : null,
                AppointmentForm.blankToNull(form.notes()), version, created, updated);
    }

    /**
     * The signed-in case manager's appointments from today on, of the cases assigned to them in their
     * organisation, for their own calendar. Audited as one export.
     */
    List<Appointment> upcomingOfSignedInCaseManager() {
        SignedInUser user = currentUser.require();
        audit.record(AuditAction.EXPORT, APPOINTMENT, null, ClientRegistry.PURPOSE);
        return jdbc.sql("""
                        select a.id from casework.appointment a join casework.client_case c on c.id = a.client_case
                        where c.organisation_id = :organisation and c.case_manager_id = :me and a.ends_at >= :from
                        order by a.starts_at
                        limit 1000
                        """)
                .param("organisation", user.organisationId()).param("me", user.id())
                .param("from", java.sql.Timestamp.from(LocalDate.now(ZONE).atStartOfDay(ZONE).toInstant()))
                .query(UUID.class).list().stream()
                .map(id -> appointments.findById(id).orElseThrow())
                .toList();
    }

    // --- deadlines ---

    List<Deadline> openDeadlines(UUID caseId) {
        requireCase(caseId);
        audit.record(AuditAction.READ, DEADLINE, null, ClientRegistry.PURPOSE);
        return deadlines.findOpen(caseId);
    }

    List<Deadline> deadlines(UUID caseId) {
        requireCase(caseId);
        audit.record(AuditAction.READ, DEADLINE, null, ClientRegistry.PURPOSE);
        return deadlines.findByCase(caseId);
    }

    Optional<Deadline> deadline(UUID caseId, UUID deadlineId) {
        requireCase(caseId);
        Optional<Deadline> found = deadlines.findById(deadlineId).filter(d -> d.clientCase().equals(caseId));
        found.ifPresent(d -> audit.record(AuditAction.READ, DEADLINE, d.id().toString(), ClientRegistry.PURPOSE));
        return found;
    }

    UUID addDeadline(UUID caseId, DeadlineForm form) {
        requireCase(caseId);
        Instant now = Instant.now();
        Deadline saved = deadlines.save(new Deadline(UUID.randomUUID(), caseId, form.kind(), form.dueOn(), form.description(),
                null, null, now, now));
        audit.record(AuditAction.CREATE, DEADLINE, saved.id().toString(), ClientRegistry.PURPOSE);
        return saved.id();
    }

    void changeDeadline(UUID caseId, UUID deadlineId, DeadlineForm form, int version) {
        Deadline current = deadline(caseId, deadlineId).orElseThrow(CaseCalendar::notFound);
        save(current, new Deadline(current.id(), caseId, form.kind(), form.dueOn(), form.description(), current.doneOn(), version,
                current.createdAt(), Instant.now()), form);
    }

    /** Marks a deadline done on the given day. */
    void markDone(UUID caseId, UUID deadlineId, LocalDate day, int version) {
        Deadline current = deadline(caseId, deadlineId).orElseThrow(CaseCalendar::notFound);
        save(current, new Deadline(current.id(), caseId, current.kind(), current.dueOn(), current.description(), day, version,
                current.createdAt(), Instant.now()), DeadlineForm.of(current).withVersion(version));
    }

    private void save(Deadline current, Deadline changed, DeadlineForm input) {
        if (!current.version().equals(changed.version())) {
            throw new ChangedMeanwhile(input.differencesTo(current), current.version());
        }
        try {
            deadlines.save(changed);
        } catch (OptimisticLockingFailureException e) {
            Deadline now = deadlines.findById(current.id()).orElseThrow(CaseCalendar::notFound);
            throw new ChangedMeanwhile(input.differencesTo(now), now.version());
        }
        audit.record(AuditAction.UPDATE, DEADLINE, current.id().toString(), ClientRegistry.PURPOSE);
    }
}
