package de.lotse.network.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Booking a pool interpreter. The pool's rules allow it only for appointments without legal consequences, so the
 * booker must confirm that explicitly; an unticked box is refused at the field.
 */
record BookingForm(
        @NotNull UUID interpreterId,
        @NotNull @FutureOrPresent LocalDate date,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime time,
        @NotBlank @Size(max = 100) String language,
        @NotNull UUID municipalityId,
        @NotBlank @Size(max = 500) String purpose,
        UUID appointmentId,
        @NotNull(message = "{interpreter.booking.confirmation.required}")
        @AssertTrue(message = "{interpreter.booking.confirmation.required}") Boolean noLegalConsequences) {

    static BookingForm empty(UUID interpreterId, String language, UUID appointmentId) {
        return new BookingForm(interpreterId, null, null, language, null, "", appointmentId, false);
    }
}
