package de.lotse.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * A user account as administrators see it; never carries the password hash.
 */
public record AccountView(
        UUID id,
        String username,
        String displayName,
        String email,
        UUID organisationId,
        String organisationName,
        Set<Role> roles,
        boolean locked,
        boolean passwordChangeRequired,
        Integer version) {
}
