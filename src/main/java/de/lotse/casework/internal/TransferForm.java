package de.lotse.casework.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A proposed transfer, as the form and the API take it: to a colleague or to another organisation (exactly one,
 * which the service judges), with a note for the receiver.
 */
record TransferForm(UUID toCaseManagerId, UUID toOrganisationId, @NotBlank @Size(max = 2000) String note) {

    static TransferForm empty() {
        return new TransferForm(null, null, null);
    }
}
