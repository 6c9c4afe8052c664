package de.lotse.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * The person behind the current request, as the session remembers them. Carries no credentials.
 * Serializable because sessions live in PostgreSQL, so any application node can serve the next request.
 */
public record SignedInUser(
        UUID id,
        String username,
        String displayName,
        UUID organisationId,
        String organisationName,
        Set<Role> roles,
        boolean passwordChangeRequired) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public SignedInUser withPasswordChanged() {
        return new SignedInUser(id, username, displayName, organisationId, organisationName, roles, false);
    }
}
