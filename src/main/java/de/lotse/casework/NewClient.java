package de.lotse.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What registering a client takes: the Latin names are required, everything else may follow later.
 */
public record NewClient(
        String familyName,
        String givenNames,
        String familyNameOriginal,
        String givenNamesOriginal,
        String otherSpellings,
        LocalDate birthDate,
        Integer birthYear,
        String gender,
        String nationalities,
        String languages,
        Boolean interpreterNeeded,
        String phone,
        String email,
        String street,
        String postalCode,
        UUID municipalityId) {
}
