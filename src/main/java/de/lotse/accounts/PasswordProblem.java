package de.lotse.accounts;

/**
 * Why a new password is refused. The German messages are in the bundles ({@code password.problem.*}).
 */
public enum PasswordProblem {
    TOO_SHORT,
    TOO_LONG,
    TOO_COMMON,
    CONTAINS_USERNAME;

    public String messageKey() {
        return "password.problem." + name();
    }
}
