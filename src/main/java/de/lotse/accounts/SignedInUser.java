package de.lotse.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

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
        boolean passwordChangeRequired) implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The user name: what the session store and the logs know the user by. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public SignedInUser withPasswordChanged() {
        return new SignedInUser(id, username, displayName, organisationId, organisationName, roles, false);
    }
}
