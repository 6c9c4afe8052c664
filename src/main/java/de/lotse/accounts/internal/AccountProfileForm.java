package de.lotse.accounts.internal;

import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.AccountView;
import de.lotse.accounts.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record AccountProfileForm(
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 254) String email,
        @NotNull UUID organisationId,
        @NotEmpty Set<Role> roles,
        @NotNull Integer version) {

    static AccountProfileForm of(AccountView account) {
        return new AccountProfileForm(account.displayName(), account.email(), account.organisationId(),
                account.roles(), account.version());
    }
}
