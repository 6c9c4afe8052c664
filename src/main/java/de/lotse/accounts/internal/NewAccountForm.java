package de.lotse.accounts.internal;

import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record NewAccountForm(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9._-]*", message = "{username.pattern}") String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 254) String email,
        @NotNull UUID organisationId,
        @NotEmpty Set<Role> roles,
        @NotBlank @Size(max = 1024) String initialPassword) {

    static NewAccountForm empty() {
        return new NewAccountForm("", "", "", null, Set.of(), "");
    }
}
