package de.lotse.accounts.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.accounts.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user of Lotse: belongs to exactly one organisation and holds one or more roles.
 *
 * @param passwordHash Argon2id hash; the password itself is never stored
 * @param passwordChangeRequired set when an administrator chose the password, so only the user knows the next one
 * @param locked locked by an administrator (throttling after failed sign-ins is separate and expires by itself)
 */
@Table(schema = "accounts", name = "user_account")
record UserAccount(
        @Id UUID id,
        String username,
        String displayName,
        String email,
        UUID organisationId,
        String passwordHash,
        boolean passwordChangeRequired,
        boolean locked,
        @MappedCollection(idColumn = "user_account") Set<RoleGrant> roleGrants,
        @Version Integer version,
        Instant createdAt,
        Instant updatedAt) {

    static UserAccount create(String username, String displayName, String email, UUID organisationId,
                              String passwordHash, Set<Role> roles) {
        Instant now = Instant.now();
        return new UserAccount(UUID.randomUUID(), username, displayName, email, organisationId, passwordHash,
                true, false, grants(roles), null, now, now);
    }

    Set<Role> roles() {
        return roleGrants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    UserAccount withProfile(String displayName, String email, UUID organisationId, Set<Role> roles, Integer version) {
        return new UserAccount(id, username, displayName, email, organisationId, passwordHash,
                passwordChangeRequired, locked, grants(roles), version, createdAt, Instant.now());
    }

    UserAccount withPassword(String passwordHash, boolean changeRequired) {
        return new UserAccount(id, username, displayName, email, organisationId, passwordHash,
                changeRequired, locked, roleGrants, version, createdAt, Instant.now());
    }

    UserAccount withLocked(boolean locked) {
        return new UserAccount(id, username, displayName, email, organisationId, passwordHash,
                passwordChangeRequired, locked, roleGrants, version, createdAt, Instant.now());
    }

    /** Used by Spring Data after each save; the version comes from the database. */
    UserAccount withVersion(Integer version) {
        return new UserAccount(id, username, displayName, email, organisationId, passwordHash,
                passwordChangeRequired, locked, roleGrants, version, createdAt, updatedAt);
    }

    private static Set<RoleGrant> grants(Set<Role> roles) {
        return roles.stream().map(RoleGrant::new).collect(Collectors.toUnmodifiableSet());
    }
}
