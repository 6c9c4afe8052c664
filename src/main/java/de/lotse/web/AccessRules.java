package de.lotse.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.lotse.accounts.Role;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may use which route: the one table the security filter chains are built from, the navigation is
 * filtered by, and the access test checks every route against. A route that is not listed here is denied
 * to everybody (deny by default), and the access test fails for any controller route missing from it.
 * Rules are matched in order; the first match wins.
 */
public final class AccessRules {

    /** Who a rule lets in. */
    public enum Audience {
        /** Everybody, signed in or not: sign-in page, static assets, health. */
        PUBLIC,
        /** Every signed-in user, whatever the role. */
        SIGNED_IN,
        /** Signed-in users holding one of the rule's roles. */
        ROLES
    }

    public record Rule(String pattern, Audience audience, Set<Role> roles) {

        private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

        public boolean matches(String path) {
            PathPattern parsed = PARSER.parse(pattern);
            return parsed.matches(PathContainer.parsePath(path));
        }

        public boolean admits(Set<Role> userRoles) {
            return switch (audience) {
                case PUBLIC, SIGNED_IN -> true;
                case ROLES -> userRoles.stream().anyMatch(roles::contains);
            };
        }
    }

    /** Routes of the browser interface (form sign-in, session, CSRF). */
    public static final List<Rule> WEB = List.of(
            open("/login"),
            open("/error"),
            open("/css/**"),
            open("/js/**"),
            open("/vendor/**"),
            open("/favicon.ico"),
            signedIn("/"),
            signedIn("/logout"),
            signedIn("/account/password"),
            signedIn("/v3/api-docs/**"),
            signedIn("/v3/api-docs.yaml"),
            roles("/admin/organisations/**", Role.ADMIN),
            roles("/admin/users/**", Role.ADMIN),
            roles("/admin/audit/**", Role.ADMIN, Role.DATA_PROTECTION_OFFICER),
            roles("/pre-checks/**", Role.IMMIGRATION_OFFICER, Role.CASE_MANAGER),
            roles("/screening/**", Role.IMMIGRATION_OFFICER, Role.CASE_MANAGER),
            roles("/hand-offs/**", Role.IMMIGRATION_OFFICER),
            roles("/clients/**", Role.CASE_MANAGER, Role.TEAM_LEAD),
            roles("/cases/**", Role.CASE_MANAGER, Role.TEAM_LEAD),
            roles("/offers/manage/**", Role.COORDINATOR, Role.ADMIN),
            roles("/offers/**", Role.CASE_MANAGER, Role.TEAM_LEAD, Role.COORDINATOR, Role.ADMIN),
            roles("/interpreters/manage/**", Role.COORDINATOR, Role.ADMIN),
            roles("/interpreters/counts", Role.COORDINATOR, Role.ADMIN),
            roles("/interpreters/book", Role.CASE_MANAGER, Role.TEAM_LEAD),
            roles("/interpreters/bookings/*/confirm", Role.COORDINATOR, Role.ADMIN),
            roles("/interpreters/**", Role.CASE_MANAGER, Role.TEAM_LEAD, Role.COORDINATOR, Role.ADMIN),
            roles("/service-gaps", Role.COORDINATOR),
            roles("/appointments.ics", Role.CASE_MANAGER, Role.TEAM_LEAD),
            // Everybody may report a barrier and follow their own reports; the page decides whose finding it shows.
            signedIn("/findings/**"),
            roles("/backlog/**", Role.COORDINATOR),
            // The Lenkungsgruppe reads the backlog; only coordination opens, changes and moves topics.
            roles("/topics/new", Role.COORDINATOR),
            roles("/topics", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/topics/*", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/topics/**", Role.COORDINATOR),
            roles("/groups/**", Role.COORDINATOR),
            // The Lenkungsgruppe reads its meetings, agendas, decisions, minutes and invitations; coordination prepares
            // and records them. Every change has a path of its own, so a read rule never lets a change through.
            roles("/steering", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/steering/members", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/steering/meetings/new", Role.COORDINATOR),
            roles("/steering/meetings/*", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/steering/meetings/*/invitation.ics", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/steering/meetings/*/minutes.pdf", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/steering/decisions", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/steering/decisions.pdf", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/steering/decisions/*", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/steering/**", Role.COORDINATOR),
            // The Lenkungsgruppe reads measures, progress and history; only coordination creates and changes them.
            roles("/measures/new", Role.COORDINATOR),
            roles("/measures", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/measures/*", Role.COORDINATOR, Role.STEERING_MEMBER),
            roles("/measures/**", Role.COORDINATOR));

    /** Routes for API clients and operations (HTTP Basic, stateless, no CSRF). */
    public static final List<Rule> API = List.of(
            roles("/api/v1/pre-checks", Role.IMMIGRATION_OFFICER, Role.CASE_MANAGER),
            roles("/api/v1/clients/**", Role.CASE_MANAGER, Role.TEAM_LEAD),
            roles("/api/v1/cases/**", Role.CASE_MANAGER, Role.TEAM_LEAD),
            roles("/api/v1/offers/**", Role.CASE_MANAGER, Role.TEAM_LEAD, Role.COORDINATOR, Role.ADMIN),
            open("/actuator/health"),
            open("/actuator/health/**"),
            roles("/actuator/**", Role.ADMIN));

    private AccessRules() {
    }

    public static Optional<Rule> ruleFor(String path) {
        return (path.startsWith("/api/") || path.startsWith("/actuator") ? API : WEB).stream()
                .filter(rule -> rule.matches(path))
                .findFirst();
    }

    /** Whether a signed-in user with these roles may open the path. */
    public static boolean admits(String path, Set<Role> roles) {
        return ruleFor(path).map(rule -> rule.admits(roles)).orElse(false);
    }

    private static Rule open(String pattern) {
        return new Rule(pattern, Audience.PUBLIC, Set.of());
    }

    private static Rule signedIn(String pattern) {
        return new Rule(pattern, Audience.SIGNED_IN, Set.of());
    }

    private static Rule roles(String pattern, Role first, Role... more) {
        return new Rule(pattern, Audience.ROLES, Set.copyOf(EnumSet.of(first, more)));
    }
}
