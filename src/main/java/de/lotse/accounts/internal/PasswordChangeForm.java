package de.lotse.accounts.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordChangeForm(
        @NotBlank @Size(max = 1024) String currentPassword,
        @NotBlank @Size(max = 1024) String newPassword,
        @NotBlank @Size(max = 1024) String confirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
