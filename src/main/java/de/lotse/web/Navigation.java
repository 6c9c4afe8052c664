package de.lotse.web;

import java.util.List;
import java.util.Set;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The main navigation. Each user sees exactly the entries that the route table lets their roles open, so
 * the menu can never promise a page that then says "access denied". Templates use it as {@code @navigation}.
 */
@Component("navigation")
public class Navigation {

    static final List<NavItem> ITEMS = List.of(
            new NavItem("/", "nav.start", "nav.start.description"),
            new NavItem("/cases", "nav.cases", "nav.cases.description"),
            new NavItem("/clients", "nav.clients", "nav.clients.description"),
            new NavItem("/pre-checks", "nav.precheck", "nav.precheck.description"),
            new NavItem("/screening", "nav.screening", "nav.screening.description"),
            new NavItem("/hand-offs", "nav.handOffs", "nav.handOffs.description"),
            new NavItem("/offers", "nav.offers", "nav.offers.description"),
            new NavItem("/interpreters", "nav.interpreters", "nav.interpreters.description"),
            new NavItem("/service-gaps", "nav.serviceGaps", "nav.serviceGaps.description"),
            new NavItem("/findings/mine", "nav.findings", "nav.findings.description"),
            new NavItem("/backlog", "nav.backlog", "nav.backlog.description"),
            new NavItem("/topics", "nav.topics", "nav.topics.description"),
            new NavItem("/groups", "nav.groups", "nav.groups.description"),
            new NavItem("/steering", "nav.steering", "nav.steering.description"),
            new NavItem("/measures", "nav.measures", "nav.measures.description"),
            new NavItem("/admin/organisations", "nav.organisations", "nav.organisations.description"),
            new NavItem("/admin/users", "nav.users", "nav.users.description"),
            new NavItem("/admin/audit", "nav.audit", "nav.audit.description"),
            new NavItem("/account/password", "nav.account", "nav.account.description"));

    public List<NavItem> itemsFor(Authentication authentication) {
        Set<Role> roles = roles(authentication);
        if (roles == null) {
            return List.of();
        }
        return ITEMS.stream().filter(item -> AccessRules.admits(item.path(), roles)).toList();
    }

    /** The start page's tiles: what the user can do, without the start page itself. */
    public List<NavItem> tilesFor(Authentication authentication) {
        return itemsFor(authentication).stream().filter(item -> !item.path().equals("/")).toList();
    }

    private static Set<Role> roles(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.roles();
        }
        return null;
    }
}
