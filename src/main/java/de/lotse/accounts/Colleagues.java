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
}
