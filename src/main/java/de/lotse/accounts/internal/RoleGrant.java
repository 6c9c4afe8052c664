package de.lotse.accounts.internal;

import de.lotse.accounts.Role;
import org.springframework.data.relational.core.mapping.Table;

/** One role held by a user account. */
@Table(schema = "accounts", name = "user_role")
record RoleGrant(Role role) {
}
