package de.lotse.accounts.internal;

import java.util.List;
import java.util.Set;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignInThrottledException;
import de.lotse.accounts.SignedInUser;
import de.lotse.network.Organisations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs people in with user name and password, for the sign-in form and for HTTP Basic on the API alike.
 * The throttle is asked before the password is checked, so a locked-out guesser learns nothing more.
 * The password check itself is Spring Security's, which also spends the hashing time for unknown
 * accounts, so response times do not reveal whether an account exists.
 */
@Component
public class AccountAuthenticationProvider implements AuthenticationProvider {

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwordCheck;

    AccountAuthenticationProvider(UserAccounts accounts, Organisations organisations, SignInThrottle throttle,
                                  PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.throttle = throttle;
        this.passwordCheck = new DaoAuthenticationProvider(username -> accounts.findByUsername(username)
                .map(account -> User.withUsername(account.username())
                        .password(account.passwordHash())
                        .accountLocked(account.locked())
                        .authorities(authorities(account.roles()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown")));
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String address = clientAddress(authentication);
        if (throttle.refuses(username, address)) {
            throw new SignInThrottledException();
        }
        try {
            passwordCheck.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials()));
        } catch (AuthenticationException e) {
            throttle.record(username, address, false);
            throw e;
        }
        throttle.record(username, address, true);
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        String organisationName = organisations.findById(account.organisationId()).map(o -> o.name()).orElse("");
        SignedInUser user = new SignedInUser(account.id(), account.username(), account.displayName(),
                account.organisationId(), organisationName, account.roles(), account.passwordChangeRequired());
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(account.roles()));
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static List<SimpleGrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
