package de.lotse.accounts.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordResetForm(@NotBlank @Size(max = 1024) String newPassword) {

    static PasswordResetForm empty() {
        return new PasswordResetForm("");
    }
}
