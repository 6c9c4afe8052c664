package de.lotse.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The display names of users, for showing who is responsible for something (a case, a task). Names of
 * colleagues are working information, not a reading of their account, so this is not audited.
 */
@Component
public class Colleagues {

    private final JdbcClient jdbc;

    Colleagues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account behind a user name, for demo data that acts as a given person. */
    public java.util.Optional<SignedInUser> asSignedIn(String username) {
        return jdbc.sql("""
                        select a.id, a.username, a.display_name, a.organisation_id, o.name
                        from accounts.user_account a join network.organisation o on o.id = a.organisation_id
                        where lower(a.username) = lower(:u)
                        """)
                .param("u", username)
                .query((rs, n) -> new SignedInUser(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rolesOf(rs.getObject(1, UUID.class)), false))
                .optional();
    }

    private java.util.Set<Role> rolesOf(UUID id) {
        return java.util.Set.copyOf(jdbc.sql("select role from accounts.user_role where user_account = :id").param("id", id)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list());
    }

    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name from accounts.user_account where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return names;
    }

    /** A colleague who can take on cases: id and display name. */
    public record Colleague(UUID id, String displayName) {
    }

    /**
     * The people of an organisation who can take on cases (case managers and team leads, not locked), by name.
     * For choosing the receiver of a case transfer.
     */
    public java.util.List<Colleague> caseManagersOf(UUID organisationId) {
        return jdbc.sql("""
                        select a.id, a.display_name from accounts.user_account a
                        where a.organisation_id = :o and not a.locked
                          and exists (select 1 from accounts.user_role r where r.user_account = a.id
                                      and r.role in ('CASE_MANAGER', 'TEAM_LEAD'))
                        order by lower(a.display_name)
                        """)
                .param("o", organisationId)
                .query((rs, n) -> new Colleague(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    /** The organisations where somebody can take on cases: the possible receivers of a transfer. */
    public java.util.Set<UUID> organisationsWithCaseManagement() {
        return java.util.Set.copyOf(jdbc.sql("""
                        select distinct a.organisation_id from accounts.user_account a
                        join accounts.user_role r on r.user_account = a.id
                        where not a.locked and r.role in ('CASE_MANAGER', 'TEAM_LEAD')
                        """)
                .query((rs, n) -> rs.getObject(1, UUID.class)).list());
    }
}
