package de.lotse.privacy;

/**
 * What was done with personal data. German names in the bundles ({@code audit.action.*}).
 */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    EXPORT,
    DELETE,
    SIGN_IN,
    SIGN_OUT
}
