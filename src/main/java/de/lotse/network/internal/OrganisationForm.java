package de.lotse.network.internal;

import java.util.UUID;

import de.lotse.network.Organisation;
import de.lotse.network.OrganisationType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record OrganisationForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type,
        UUID municipalityId,
        @Size(max = 200) String street,
        @Pattern(regexp = "(\\d{5})?", message = "{postalCode.pattern}") String postalCode,
        @Size(max = 100) String city,
        @Size(max = 200) String contactPerson,
        @Size(max = 50) @Pattern(regexp = "[0-9 +()/-]*", message = "{phone.pattern}") String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 300) @Pattern(regexp = "(https?://\\S+)?", message = "{website.pattern}") String website,
        Integer version) {

    static OrganisationForm empty() {
        return new OrganisationForm("", null, null, "", "", "", "", "", "", "", null);
    }

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.name(), o.type(), o.municipalityId(), o.street(), o.postalCode(), o.city(),
                o.contactPerson(), o.phone(), o.email(), o.website(), o.version());
    }

    Organisation applyTo(Organisation organisation) {
        Organisation named = new Organisation(organisation.id(), name, type, municipalityId,
                organisation.street(), organisation.postalCode(), organisation.city(), organisation.contactPerson(),
                organisation.phone(), organisation.email(), organisation.website(), organisation.active(),
                version, organisation.createdAt(), organisation.updatedAt());
        return named.withAddress(blankToNull(street), blankToNull(postalCode), blankToNull(city))
                .withContact(blankToNull(contactPerson), blankToNull(phone), blankToNull(email), blankToNull(website));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
