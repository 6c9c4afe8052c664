package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.casework.ClientHistories;
import de.lotse.casework.EndingLegalDomain;
import de.lotse.casework.ExpiringDocument;
import de.lotse.casework.LegalDomain;
import de.lotse.casework.LegalDomainPeriod;
import de.lotse.casework.ResidencePeriod;
import de.lotse.casework.ResidenceStatus;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ClientHistories} for other modules, on the same audited paths as the case page. */
@Service
@Transactional
class ClientHistoryService implements ClientHistories {

    private final ResidenceHistory residence;
    private final LegalDomainHistory legalDomains;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    ClientHistoryService(ResidenceHistory residence, LegalDomainHistory legalDomains, JdbcClient jdbc, AuditTrail audit,
                         CurrentUser currentUser) {
        this.residence = residence;
        this.legalDomains = legalDomains;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Override
    public List<ResidencePeriod> residencePeriods(UUID clientId) {
        return residence.of(clientId, LocalDate.now())
                .map(o -> o.periods().stream().map(ResidenceHistory.Entry::toPeriod).toList())
                .orElse(List.of());
    }

    @Override
    public List<LegalDomainPeriod> legalDomainPeriods(UUID clientId) {
        return legalDomains.of(clientId)
                .map(o -> o.periods().stream().map(e -> new LegalDomainPeriod(e.domain(), e.from(), e.to())).toList())
                .orElse(List.of());
    }

    @Override
    public List<ExpiringDocument> documentsExpiring(UUID organisationId, LocalDate from, LocalDate until) {
        if (!currentUser.require().organisationId().equals(organisationId)) {
            return List.of();
        }
        List<ExpiringDocument> found = jdbc.sql("""
                        select c.id, c.given_names, c.family_name, p.status, p.document_valid_until,
                               (select k.id from casework.client_case k where k.client_id = c.id and k.organisation_id = c.organisation_id
                                and k.status <> 'CLOSED' order by k.opened_at desc limit 1) as case_id
                        from casework.residence_period p join casework.client c on c.id = p.client_id
                        where c.organisation_id = :organisation and p.valid_to is null
                          and p.document_valid_until between :from and :until
                        order by p.document_valid_until, c.family_name, c.given_names""")
                .param("organisation", organisationId).param("from", from).param("until", until)
                .query((rs, n) -> new ExpiringDocument(rs.getObject(1, UUID.class), rs.getObject(6, UUID.class),
                        rs.getString(2) + " " + rs.getString(3), ResidenceStatus.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class)))
                .list();
        found.forEach(d -> audit.record(AuditAction.READ, ResidenceHistory.RECORD_TYPE, d.clientId().toString(), ClientRegistry.PURPOSE));
        return found;
    }

    @Override
    public List<EndingLegalDomain> legalDomainsEnding(UUID organisationId, LocalDate from, LocalDate until) {
        if (!currentUser.require().organisationId().equals(organisationId)) {
            return List.of();
        }
        // Ending, not ended: a following period of the same domain means the benefit goes on.
        List<EndingLegalDomain> found = jdbc.sql("""
                        select c.id, c.given_names, c.family_name, p.domain, p.valid_to,
                               (select k.id from casework.client_case k where k.client_id = c.id and k.organisation_id = c.organisation_id
                                and k.status <> 'CLOSED' order by k.opened_at desc limit 1) as case_id
                        from casework.legal_domain_period p join casework.client c on c.id = p.client_id
                        where c.organisation_id = :organisation and p.valid_to between :from and :until
                          and not exists (select 1 from casework.legal_domain_period n where n.client_id = p.client_id
                                          and n.domain = p.domain and n.valid_from = p.valid_to + 1)
                        order by p.valid_to, c.family_name, c.given_names""")
                .param("organisation", organisationId).param("from", from).param("until", until)
                .query((rs, n) -> new EndingLegalDomain(rs.getObject(1, UUID.class), rs.getObject(6, UUID.class),
                        rs.getString(2) + " " + rs.getString(3), LegalDomain.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)))
                .list();
        found.forEach(d -> audit.record(AuditAction.READ, LegalDomainHistory.RECORD_TYPE, d.clientId().toString(), ClientRegistry.PURPOSE));
        return found;
    }
}
