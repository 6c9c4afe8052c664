package de.lotse.support;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signed-in users for MockMvc requests, without going through the (deliberately slow) password check.
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor as(Role... roles) {
        return authentication(token(new SignedInUser(UUID.randomUUID(), "test-" + Arrays.toString(roles),
                "Test Person", UUID.randomUUID(), "Testorganisation", Set.of(roles), false)));
    }

    public static RequestPostProcessor as(SignedInUser user) {
        return authentication(token(user));
    }

    public static UsernamePasswordAuthenticationToken token(SignedInUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    public static RequestPostProcessor from(String clientAddress) {
        return request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        };
    }
}
