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
