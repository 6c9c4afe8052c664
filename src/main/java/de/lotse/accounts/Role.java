package de.lotse.accounts;

/**
 * What a user may do in Lotse. A user has one or more roles; the German names are in the message
 * bundles ({@code role.*}). Which routes each role may use is stated in the web module's route table.
 */
public enum Role {
    ADMIN,
    COORDINATOR,
    CASE_MANAGER,
    TEAM_LEAD,
    IMMIGRATION_OFFICER,
    STEERING_MEMBER,
    REPORTER,
    DATA_PROTECTION_OFFICER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
