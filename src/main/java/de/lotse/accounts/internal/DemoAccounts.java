package de.lotse.accounts.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import de.lotse.accounts.Role;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo user per role, with the user names the README lists. Their common password is
 * {@code LOTSE_DEMO_PASSWORD} or, when unset, a random one chosen at each start and printed once to the
 * console: the hash alone could not be shown again. All demo persons are invented.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    record DemoUser(String username, String displayName, String organisation, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Jana Kowalczyk", "Kommunales Integrationszentrum Kreis Lotsenbrück", Set.of(Role.ADMIN)),
            new DemoUser("koordination", "Tobias Brenner", "Kommunales Integrationszentrum Kreis Lotsenbrück", Set.of(Role.COORDINATOR)),
            new DemoUser("fallmanagement", "Leyla Demir", "Caritasverband für den Kreis Lotsenbrück e. V.", Set.of(Role.CASE_MANAGER)),
            new DemoUser("fallmanagement2", "Markus Albers", "Stadt Lotsenbrück", Set.of(Role.CASE_MANAGER)),
            new DemoUser("teamleitung", "Sabine Hötte", "Caritasverband für den Kreis Lotsenbrück e. V.", Set.of(Role.TEAM_LEAD, Role.CASE_MANAGER)),
            new DemoUser("abh", "Dirk Wessels", "Ausländer- und Einbürgerungsbehörde Kreis Lotsenbrück", Set.of(Role.IMMIGRATION_OFFICER)),
            new DemoUser("lenkungsgruppe", "Dr. Helga Strothmann", "Jobcenter Kreis Lotsenbrück", Set.of(Role.STEERING_MEMBER)),
            new DemoUser("meldung", "Ahmad Karimi", "Jobcenter Kreis Lotsenbrück", Set.of(Role.REPORTER)),
            new DemoUser("datenschutz", "Petra Lindemann", "Kommunales Integrationszentrum Kreis Lotsenbrück", Set.of(Role.DATA_PROTECTION_OFFICER)));

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final String configuredPassword;
    private String password;

    DemoAccounts(UserAccounts accounts, Organisations organisations, PasswordEncoder passwordEncoder,
                 @Value("${lotse.demo.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
        // One hash for all demo users: Argon2 is deliberately slow, and start-up time matters.
        String hash = passwordEncoder.encode(password);
        for (DemoUser demo : USERS) {
            Organisation organisation = organisations.findByName(demo.organisation()).orElseThrow(() ->
                    new IllegalStateException("demo organisation missing: " + demo.organisation()));
            UserAccount account = accounts.findByUsername(demo.username())
                    .map(existing -> existing.withPassword(hash, false).withLocked(false))
                    .orElseGet(() -> UserAccount.create(demo.username(), demo.displayName(), null, organisation.id(), hash, demo.roles())
                            .withPassword(hash, false));
            accounts.save(account);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void printAccounts(ApplicationReadyEvent event) {
        if (password == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append("\n================ Lotse demo KIM unit (Kreis Lotsenbrück, invented) ================\n");
        text.append(String.format("  %-16s %-26s %s%n", "user name", "role", "organisation"));
        for (DemoUser demo : USERS) {
            text.append(String.format("  %-16s %-26s %s%n", demo.username(),
                    demo.roles().stream().map(Enum::name).sorted().reduce((a, b) -> a + "+" + b).orElse(""), demo.organisation()));
        }
        text.append(configuredPassword.isBlank()
                ? "  password for all demo users (new at every start; set LOTSE_DEMO_PASSWORD to fix it): " + password + "\n"
                : "  password for all demo users: the value of LOTSE_DEMO_PASSWORD\n");
        text.append("====================================================================================\n");
        System.out.println(text);
    }

    private static String randomPassword() {
        // 4 groups of 4 from an alphabet without look-alikes: about 80 bits, easy to type from the console.
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder result = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                result.append('-');
            }
            for (int i = 0; i < 4; i++) {
                result.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return result.toString();
    }
}
