package de.lotse.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client (Klient:in): a person with Einwanderungsgeschichte supported by case management. The record
 * belongs to the organisation that collected it (the controller); names keep their original script beside
 * the Latin form.
 *
 * @param birthYear known even when the exact birth date is not
 * @param gender as the person states it, free text
 * @param familyKey folded Latin family name, for trigram search
 * @param familyCodes Daitch-Mokotoff Soundex codes of the family name
 */
@Table(schema = "casework", name = "client")
public record Client(
        @Id UUID id,
        UUID organisationId,
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
        UUID municipalityId,
        String familyKey,
        String givenKey,
        List<String> familyCodes,
        List<String> givenCodes,
        @Version Integer version,
        Instant createdAt,
        Instant updatedAt) {

    /** Used by Spring Data after each save; the version comes from the database. */
    public Client withVersion(Integer version) {
        return new Client(id, organisationId, familyName, givenNames, familyNameOriginal, givenNamesOriginal,
                otherSpellings, birthDate, birthYear, gender, nationalities, languages, interpreterNeeded, phone, email,
                street, postalCode, municipalityId, familyKey, givenKey, familyCodes, givenCodes, version, createdAt, updatedAt);
    }
}
