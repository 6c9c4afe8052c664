package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A referral to an organisation; also the API's request body.
 *
 * @param offerId an offer of that organisation, or null (picked on the page from the network's offers)
 */
record ReferralForm(@NotNull UUID organisationId, UUID offerId, @NotBlank @Size(max = 2000) String purpose,
                    @NotNull @PastOrPresent LocalDate referredOn) {

    static ReferralForm empty() {
        return new ReferralForm(null, null, "", LocalDate.now());
    }
}
