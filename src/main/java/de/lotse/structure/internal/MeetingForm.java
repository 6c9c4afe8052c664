package de.lotse.structure.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** Planning or changing a meeting of the Lenkungsgruppe. {@code version} is the one the coordinator saw. */
record MeetingForm(
        @NotNull LocalDate heldOn,
        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime startsAt,
        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime endsAt,
        @Size(max = 300) String place,
        @Size(max = 2000) String guests,
        Integer version) {

    static MeetingForm empty(LocalDate heldOn) {
        return new MeetingForm(heldOn, LocalTime.of(14, 0), LocalTime.of(16, 0), "", "", null);
    }

    static MeetingForm of(SteeringMeetings.Meeting meeting) {
        return new MeetingForm(meeting.heldOn(), meeting.startsAt(), meeting.endsAt(), meeting.place(), meeting.guests(), meeting.version());
    }

    boolean endsAfterStart() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }
}
