package de.lotse.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseFiles;
import de.lotse.casework.Client;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening list: the caller's clients who meet a legal basis now or will within the horizon, or for whom only
 * proofs are missing, from the stored results of {@link ScreeningComputation}. Consent is checked when the list is
 * read, so a revocation takes effect at once. Case managers see their organisation's clients with a valid consent
 * to case management; ABH staff see only clients handed off to their organisation whose consent to the hand-off
 * names it, under the names of the hand-off's snapshot.
 */
@Service
@Transactional
class Screening {

    static final String PURPOSE = "RESIDENCE_SCREENING";
    static final int MAX_CLIENTS = 500;

    record Basis(LegalBasis legalBasis, Outcome outcome, LocalDate earliestDate, List<PreCheckView.MissingFact> missingFacts) {
    }

    /**
     * @param link where the person's record is: the client page for case managers, the hand-off for the ABH
     */
    record Entry(UUID clientId, String name, LocalDate birthDate, String link, List<Basis> bases, LocalDate computedOn) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ConsentLedger consents;
    private final CaseFiles caseFiles;
    private final AuditTrail audit;
    private final ScreeningComputation computation;
    private final Clock clock = Clock.systemDefaultZone();

    Screening(JdbcClient jdbc, CurrentUser currentUser, ConsentLedger consents, CaseFiles caseFiles, AuditTrail audit,
              ScreeningComputation computation) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.consents = consents;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.computation = computation;
    }

    private record Found(UUID clientId, UUID controllerId, UUID handOffId, String familyName, String givenNames,
                         LocalDate birthDate, Basis basis, LocalDate computedOn) {
    }

    List<Entry> list(int horizonDays) {
        SignedInUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        LocalDate limit = today.plusDays(horizonDays);
        boolean immigrationOffice = user.has(Role.IMMIGRATION_OFFICER) && !user.has(Role.CASE_MANAGER);
        List<Found> found = immigrationOffice ? handedOff(user.organisationId(), limit) : ownClients(user.organisationId(), limit);
        audit.record(AuditAction.READ, "SCREENING", null, PURPOSE);
        Map<UUID, List<Found>> byClient = new LinkedHashMap<>();
        for (Found f : found) {
            byClient.computeIfAbsent(f.clientId(), k -> new ArrayList<>()).add(f);
        }
        // Consent first: a client without it is neither named nor read.
        byClient.values().removeIf(rows -> !permitted(rows.getFirst(), user, today));
        List<UUID> ids = byClient.keySet().stream().limit(MAX_CLIENTS).toList();
        Map<UUID, Client> clients = immigrationOffice ? Map.of() : caseFiles.clients(ids, PURPOSE);
        List<Entry> entries = new ArrayList<>();
        for (UUID id : ids) {
            List<Found> rows = byClient.get(id);
            Found first = rows.getFirst();
            List<Basis> bases = rows.stream().map(Found::basis).toList();
            if (immigrationOffice) {
                audit.record(AuditAction.READ, HandOffs.RECORD_TYPE, first.handOffId().toString(), HandOffs.PURPOSE);
                entries.add(new Entry(id, first.givenNames() + " " + first.familyName(), first.birthDate(),
                        "/hand-offs/" + first.handOffId(), bases, first.computedOn()));
            } else {
                Client client = clients.get(id);
                if (client != null) {
                    entries.add(new Entry(id, client.givenNames() + " " + client.familyName(), client.birthDate(),
                            "/clients/" + id, bases, first.computedOn()));
                }
            }
        }
        return entries;
    }

    /** Recomputes what the caller's list is made of: their organisation's clients, or the clients handed to it. */
    @Transactional
    int recomputeForCaller() {
        SignedInUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        audit.record(AuditAction.UPDATE, "SCREENING", null, PURPOSE);
        if (user.has(Role.CASE_MANAGER)) {
            return computation.recomputeOrganisation(user.organisationId(), today);
        }
        List<UUID> handedOff = jdbc.sql("select distinct client_id from residence.hand_off where to_organisation_id = :o")
                .param("o", user.organisationId()).query(UUID.class).list();
        computation.recompute(handedOff, today);
        return handedOff.size();
    }

    private boolean permitted(Found row, SignedInUser user, LocalDate today) {
        return row.handOffId() == null
                ? consents.permits(user.organisationId(), row.clientId(), ConsentPurpose.CASE_MANAGEMENT, null, List.of(), today)
                : consents.permits(row.controllerId(), row.clientId(), ConsentPurpose.PRE_CHECK_HANDOFF, user.organisationId(),
                        HandOffs.SHARED_CATEGORIES, today);
    }

    private static final String LISTED = """
            ((s.earliest_date is not null and s.earliest_date <= :limit) or s.outcome = 'UNDETERMINED')
            """;

    private List<Found> ownClients(UUID organisationId, LocalDate limit) {
        return jdbc.sql("""
                        select s.client_id, s.organisation_id, s.legal_basis, s.outcome, s.earliest_date, s.missing_facts, s.computed_on
                        from residence.screening_result s
                        where s.organisation_id = :o and """ + LISTED + """
                        order by (select min(x.earliest_date) from residence.screening_result x where x.client_id = s.client_id) nulls last,
                                 s.client_id, s.legal_basis
                        """)
                .param("o", organisationId).param("limit", limit)
                .query((rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null, null, null, null,
                        basis(rs), rs.getObject(7, LocalDate.class)))
                .list();
    }

    private List<Found> handedOff(UUID organisationId, LocalDate limit) {
        return jdbc.sql("""
                        select s.client_id, h.from_organisation_id, s.legal_basis, s.outcome, s.earliest_date, s.missing_facts,
                               s.computed_on, h.id, h.family_name, h.given_names, h.birth_date
                        from (select distinct on (client_id) * from residence.hand_off where to_organisation_id = :o
                              order by client_id, shared_at desc) h
                        join residence.screening_result s on s.client_id = h.client_id and s.organisation_id = h.from_organisation_id
                        where """ + LISTED + """
                        order by (select min(x.earliest_date) from residence.screening_result x where x.client_id = s.client_id) nulls last,
                                 s.client_id, s.legal_basis
                        """)
                .param("o", organisationId).param("limit", limit)
                .query((rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(8, UUID.class),
                        rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class), basis(rs), rs.getObject(7, LocalDate.class)))
                .list();
    }

    private static Basis basis(java.sql.ResultSet rs) throws java.sql.SQLException {
        String[] missing = (String[]) rs.getArray(6).getArray();
        return new Basis(LegalBasis.valueOf(rs.getString(3)), Outcome.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                Arrays.stream(missing).map(PreCheckView::missingFact).distinct().toList());
    }
}
