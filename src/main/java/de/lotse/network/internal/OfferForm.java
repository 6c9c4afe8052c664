package de.lotse.network.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.network.LifeArea;
import de.lotse.network.Offer;
import de.lotse.network.OfferKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creating or changing an offer. Languages and target groups are typed as lists separated by commas, which is
 * how people write them anyway.
 */
record OfferForm(
        @NotNull UUID organisationId,
        @NotBlank @Size(max = 200) String title,
        @NotNull OfferKind kind,
        @NotEmpty Set<LifeArea> lifeAreas,
        @Size(max = 500) String languages,
        @Size(max = 500) String targetGroups,
        List<UUID> municipalityIds,
        @Size(max = 200) String street,
        @Pattern(regexp = "(\\d{5})?", message = "{postalCode.pattern}") String postalCode,
        @Size(max = 100) String city,
        @Size(max = 200) String contactPerson,
        @Size(max = 50) @Pattern(regexp = "[0-9 +()/-]*", message = "{phone.pattern}") String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 300) @Pattern(regexp = "(https?://\\S+)?", message = "{website.pattern}") String website,
        @Min(0) @Max(100_000) Integer capacity,
        @Min(0) @Max(520) Integer waitingWeeks,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @Size(max = 4000) String description,
        Integer version) {

    static OfferForm empty(LocalDate today) {
        return new OfferForm(null, "", null, Set.of(), "Deutsch", "", List.of(), "", "", "", "", "", "", "", null, null,
                today, null, "", null);
    }

    static OfferForm of(Offer o) {
        return new OfferForm(o.organisationId(), o.title(), o.kind(), o.lifeAreas(), String.join(", ", o.languages()),
                String.join(", ", o.targetGroups()), o.municipalityIds(), o.street(), o.postalCode(), o.city(),
                o.contactPerson(), o.phone(), o.email(), o.website(), o.capacity(), o.waitingWeeks(), o.validFrom(),
                o.validTo(), o.description(), o.version());
    }

    boolean periodInOrder() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }

    Offer toOffer(UUID id, boolean active) {
        return new Offer(id, organisationId, title, kind, lifeAreas == null ? Set.of() : lifeAreas, list(languages),
                list(targetGroups), municipalityIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(municipalityIds)),
                blankToNull(street), blankToNull(postalCode), blankToNull(city), blankToNull(contactPerson), blankToNull(phone),
                blankToNull(email), blankToNull(website), capacity, waitingWeeks, validFrom, validTo, blankToNull(description),
                active, version == null ? 0 : version);
    }

    OfferForm withVersion(int current) {
        return new OfferForm(organisationId, title, kind, lifeAreas, languages, targetGroups, municipalityIds, street,
                postalCode, city, contactPerson, phone, email, website, capacity, waitingWeeks, validFrom, validTo,
                description, current);
    }

    static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(commaSeparated.split("[,;]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
