package de.lotse.network.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import de.lotse.network.Interpreter;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adding or changing an interpreter of the pool: deliberately only what booking needs. */
record InterpreterForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 500) String languages,
        List<UUID> municipalityIds,
        @Size(max = 1000) String availability,
        @Size(max = 50) @Pattern(regexp = "[0-9 +()/-]*", message = "{phone.pattern}") String phone,
        @Email @Size(max = 254) String email,
        Integer version) {

    static InterpreterForm empty() {
        return new InterpreterForm("", "", List.of(), "", "", "", null);
    }

    static InterpreterForm of(Interpreter i) {
        return new InterpreterForm(i.name(), String.join(", ", i.languages()), i.municipalityIds(), i.availability(),
                i.phone(), i.email(), i.version());
    }

    Interpreter toInterpreter(UUID id, boolean active) {
        return new Interpreter(id, name, OfferForm.list(languages),
                municipalityIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(municipalityIds)),
                blankToNull(availability), blankToNull(phone), blankToNull(email), active, version == null ? 0 : version);
    }

    InterpreterForm withVersion(int current) {
        return new InterpreterForm(name, languages, municipalityIds, availability, phone, email, current);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
