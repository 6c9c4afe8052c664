package de.lotse.casework.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseFiles;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.Client;
import de.lotse.casework.ClientCase;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseFiles} through the same audited services the casework pages use. */
@Service
@Transactional
class CaseFilesService implements CaseFiles {

    private final CaseWork caseWork;
    private final ClientRegistry registry;
    private final Clients clients;
    private final Cases cases;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    CaseFilesService(CaseWork caseWork, ClientRegistry registry, Clients clients, Cases cases, AuditTrail audit,
                     CurrentUser currentUser, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.caseWork = caseWork;
        this.registry = registry;
        this.clients = clients;
        this.cases = cases;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional
    public Optional<ClientCase> caseOf(UUID caseId) {
        return caseWork.get(caseId);
    }

    @Override
    @Transactional
    public Optional<Client> client(UUID clientId) {
        return registry.get(clientId);
    }

    @Override
    @Transactional
    public Map<UUID, Client> clients(Collection<UUID> clientIds, String purpose) {
        SignedInUser user = currentUser.require();
        Map<UUID, Client> found = new LinkedHashMap<>();
        for (Client client : clients.findAllById(clientIds)) {
            if (client.organisationId().equals(user.organisationId())) {
                found.put(client.id(), client);
                audit.record(AuditAction.READ, ClientRegistry.RECORD_TYPE, client.id().toString(), purpose);
            }
        }
        return found;
    }

    @Override
    @Transactional
    public List<ClientCase> openCases(int limit) {
        SignedInUser user = currentUser.require();
        audit.record(AuditAction.READ, CaseWork.RECORD_TYPE, null, ClientRegistry.PURPOSE);
        List<UUID> ids = jdbc.sql("""
                        select id from casework.client_case where organisation_id = :o and status <> :closed
                        order by opened_at, id limit :limit
                        """)
                .param("o", user.organisationId()).param("closed", CaseStatus.CLOSED.name()).param("limit", limit)
                .query(UUID.class).list();
        Map<UUID, ClientCase> found = new java.util.HashMap<>();
        cases.findAllById(ids).forEach(c -> found.put(c.id(), c));
        return ids.stream().map(found::get).toList();
    }
}
