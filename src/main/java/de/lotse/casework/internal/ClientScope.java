package de.lotse.casework.internal;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a client belongs to the caller's organisation, without reading the person's data (so without an
 * audit entry of its own: the history read or changed after it is audited).
 */
@Component
class ClientScope {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ClientScope(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    boolean visible(UUID clientId) {
        UUID organisation = currentUser.require().organisationId();
        return organisationOf(clientId, false).filter(organisation::equals).isPresent();
    }

    /**
     * Locks the client's row for the rest of the transaction, so that two periods added at once cannot both
     * pass the overlap check; another organisation's client is "not found".
     */
    void lock(UUID clientId) {
        UUID organisation = currentUser.require().organisationId();
        if (organisationOf(clientId, true).filter(organisation::equals).isEmpty()) {
            throw new NoSuchElementException("no such client");
        }
    }

    private Optional<UUID> organisationOf(UUID clientId, boolean forUpdate) {
        return jdbc.sql("select organisation_id from casework.client where id = :id" + (forUpdate ? " for update" : ""))
                .param("id", clientId).query(UUID.class).optional();
    }
}
