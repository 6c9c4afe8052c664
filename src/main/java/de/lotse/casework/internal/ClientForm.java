package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.UUID;

import de.lotse.casework.NewClient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registering a client in the browser. Names are entered in Latin letters and, where the person writes them
 * otherwise, in the original script too.
 */
record ClientForm(
        @NotBlank @Size(max = 200) String familyName,
        @NotBlank @Size(max = 200) String givenNames,
        @Size(max = 200) String familyNameOriginal,
        @Size(max = 200) String givenNamesOriginal,
        @Size(max = 500) String otherSpellings,
        @PastOrPresent LocalDate birthDate,
        @Min(1900) @Max(2100) Integer birthYear,
        @Size(max = 100) String gender,
        @Size(max = 300) String nationalities,
        @Size(max = 300) String languages,
        Boolean interpreterNeeded,
        @Size(max = 50) @Pattern(regexp = "[0-9 +()/-]*", message = "{phone.pattern}") String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 200) String street,
        @Pattern(regexp = "(\\d{5})?", message = "{postalCode.pattern}") String postalCode,
        UUID municipalityId,
        Integer version) {

    static ClientForm prefilled(String familyName, String givenNames, Integer birthYear) {
        return new ClientForm(familyName, givenNames, null, null, null, null, birthYear, null, null, null, null,
                null, null, null, null, null, null);
    }

    static ClientForm of(de.lotse.casework.Client c) {
        return new ClientForm(c.familyName(), c.givenNames(), c.familyNameOriginal(), c.givenNamesOriginal(),
                c.otherSpellings(), c.birthDate(), c.birthYear(), c.gender(), c.nationalities(), c.languages(),
                c.interpreterNeeded(), c.phone(), c.email(), c.street(), c.postalCode(), c.municipalityId(), c.version());
    }

    /** The same input, to be saved against another version (after a conflict). */
    ClientForm withVersion(Integer version) {
        return new ClientForm(familyName, givenNames, familyNameOriginal, givenNamesOriginal, otherSpellings, birthDate,
                birthYear, gender, nationalities, languages, interpreterNeeded, phone, email, street, postalCode,
                municipalityId, version);
    }

    /** A birth year given beside a birth date must be the date's year. */
    @AssertTrue(message = "{client.birthYear.mismatch}")
    boolean isBirthYearConsistent() {
        return birthDate == null || birthYear == null || birthDate.getYear() == birthYear;
    }

    NewClient toNewClient() {
        return new NewClient(familyName, givenNames, blankToNull(familyNameOriginal), blankToNull(givenNamesOriginal),
                blankToNull(otherSpellings), birthDate, birthYear, blankToNull(gender), blankToNull(nationalities),
                blankToNull(languages), interpreterNeeded, blankToNull(phone), blankToNull(email), blankToNull(street),
                blankToNull(postalCode), municipalityId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
