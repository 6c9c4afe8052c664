package de.lotse.casework.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An appointment as the form and the API take it: a day and the times on it in Europe/Berlin, as people
 * say them, rather than instants.
 */
record AppointmentForm(
        @NotNull LocalDate date,
        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime startTime,
        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime endTime,
        @Size(max = 300) String place,
        @Size(max = 500) String participants,
        Boolean interpreterNeeded,
        @Size(max = 100) String interpreterLanguage,
        @Size(max = 2000) String notes,
        Integer version) {

    static AppointmentForm empty(LocalDate day) {
        return new AppointmentForm(day, LocalTime.of(10, 0), LocalTime.of(11, 0), null, null, false, null, null, null);
    }

    static AppointmentForm of(Appointment a) {
        ZonedDateTime start = a.startsAt().atZone(CaseCalendar.ZONE);
        return new AppointmentForm(start.toLocalDate(), start.toLocalTime(), a.endsAt().atZone(CaseCalendar.ZONE).toLocalTime(),
                a.place(), a.participants(), a.interpreterNeeded(), a.interpreterLanguage(), a.notes(), a.version());
    }

    AppointmentForm withVersion(Integer version) {
        return new AppointmentForm(date, startTime, endTime, place, participants, interpreterNeeded, interpreterLanguage, notes, version);
    }

    /** Checked by the page and the API after Bean Validation, so the message lands at the end time. */
    boolean endsAfterStart() {
        return date == null || startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    boolean needsInterpreter() {
        return Boolean.TRUE.equals(interpreterNeeded);
    }

    /** The message keys of the fields in which this input differs from the appointment as it is now. */
    List<String> differencesTo(Appointment current) {
        AppointmentForm now = of(current);
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(date, now.date)) {
            fields.add("appointment.date");
        }
        if (!Objects.equals(startTime, now.startTime)) {
            fields.add("appointment.startTime");
        }
        if (!Objects.equals(endTime, now.endTime)) {
            fields.add("appointment.endTime");
        }
        if (!Objects.equals(blankToNull(place), now.place)) {
            fields.add("appointment.place");
        }
        if (!Objects.equals(blankToNull(participants), now.participants)) {
            fields.add("appointment.participants");
        }
        if (needsInterpreter() != now.needsInterpreter() || !Objects.equals(blankToNull(interpreterLanguage), now.interpreterLanguage)) {
            fields.add("appointment.interpreterNeeded");
        }
        if (!Objects.equals(blankToNull(notes), now.notes)) {
            fields.add("appointment.notes");
        }
        return fields;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
