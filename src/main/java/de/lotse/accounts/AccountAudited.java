package de.lotse.accounts;

import java.util.UUID;

/**
 * Published whenever a user account (the personal data of staff) is read, created or changed, so that the
 * privacy module writes the audit entry in the same transaction. Accounts cannot call the audit trail
 * directly: privacy depends on accounts, and modules must not form cycles.
 *
 * @param action one of READ, CREATE, UPDATE, DELETE (the audit trail's actions)
 * @param userId the account read or changed; {@code null} for a list of accounts
 * @param detail what exactly happened, for the reader of the audit trail (never a password)
 */
public record AccountAudited(String action, UUID userId, String detail) {

    public static final String PURPOSE = "ACCOUNT_ADMINISTRATION";
}
