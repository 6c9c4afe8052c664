package de.lotse.accounts;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this account name or from this address within the window.
 */
public class SignInThrottledException extends AuthenticationException {

    public SignInThrottledException() {
        super("sign-in throttled");
    }
}
