package de.lotse.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, an account name or a client
 * address is refused until the window has passed. Attempts are kept in PostgreSQL so that every application
 * node sees the same count. Unknown account names are counted exactly like known ones, so the refusal does
 * not reveal whether an account exists.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Duration window;
    private final int maxFailuresPerAccount;
    private final int maxFailuresPerAddress;

    SignInThrottle(JdbcClient jdbc,
                   @Value("${lotse.sign-in.window}") Duration window,
                   @Value("${lotse.sign-in.max-failures-per-account}") int maxFailuresPerAccount,
                   @Value("${lotse.sign-in.max-failures-per-address}") int maxFailuresPerAddress) {
        this.jdbc = jdbc;
        this.window = window;
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
    }

    @Transactional(readOnly = true)
    boolean refuses(String username, String clientAddress) {
        Instant since = Instant.now().minus(window);
        // A successful sign-in ends the count for the account, so a user who finally remembered the
        // password is not locked out by the mistakes before it.
        int accountFailures = jdbc.sql("""
                        select count(*) from accounts.sign_in_attempt a
                        where a.username = :username and not a.succeeded and a.attempted_at > :since
                          and a.attempted_at > coalesce((select max(s.attempted_at) from accounts.sign_in_attempt s
                                                        where s.username = :username and s.succeeded), '-infinity')
                        """)
                .param("username", key(username))
                .param("since", java.sql.Timestamp.from(since))
                .query(Integer.class).single();
        if (accountFailures >= maxFailuresPerAccount) {
            return true;
        }
        int addressFailures = jdbc.sql("""
                        select count(*) from accounts.sign_in_attempt
                        where client_address = :address and not succeeded and attempted_at > :since
                        """)
                .param("address", clientAddress)
                .param("since", java.sql.Timestamp.from(since))
                .query(Integer.class).single();
        return addressFailures >= maxFailuresPerAddress;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(String username, String clientAddress, boolean succeeded) {
        jdbc.sql("insert into accounts.sign_in_attempt (username, client_address, succeeded) values (:u, :a, :s)")
                .param("u", key(username))
                .param("a", clientAddress)
                .param("s", succeeded)
                .update();
    }

    /** Sign-in attempts are personal data; keep them no longer than throttling and security review need. */
    @Scheduled(cron = "0 17 3 * * *")
    @Transactional
    void forgetOldAttempts() {
        jdbc.sql("delete from accounts.sign_in_attempt where attempted_at < now() - interval '30 days'").update();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
