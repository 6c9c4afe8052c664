package de.lotse.network;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking of a pool interpreter for an appointment. The pool may only be booked for appointments without
 * legal consequences (no hearing, no signing of contracts, no medical consent), so every booking carries the
 * booker's explicit confirmation of that.
 *
 * @param appointmentId the casework appointment it belongs to, if any (a plain reference)
 */
public record InterpreterBooking(UUID id, UUID interpreterId, Instant startsAt, String language, UUID municipalityId,
                                 String purpose, UUID bookedBy, UUID bookedByOrganisation, UUID appointmentId,
                                 Status status, int version) {

    public enum Status {
        REQUESTED,
        CONFIRMED,
        CANCELLED
    }
}
