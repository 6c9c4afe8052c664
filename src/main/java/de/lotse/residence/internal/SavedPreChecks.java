package de.lotse.residence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseFiles;
import de.lotse.casework.ClientCase;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.residence.precheck.BasisResult;
import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.PreCheckEngine;
import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.PreCheckResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-checks saved to a case: the facts, the result exactly as computed, the engine version and the law version
 * of each basis, who saved it and when. Saving also makes the facts the client's latest facts for the screening.
 * Every read and write is scoped to the caller's organisation through casework's audited {@link CaseFiles} and
 * recorded in the audit trail.
 */
@Service
@Transactional
class SavedPreChecks {

    static final String RECORD_TYPE = "PRE_CHECK";
    static final String PURPOSE = "RESIDENCE_PRE_CHECK";

    record Saved(UUID id, UUID caseId, UUID clientId, UUID organisationId, LocalDate asOf, String engineVersion,
                 PreCheckRequest request, PreCheckResult result, String savedByName, Instant savedAt) {
    }

    record BasisSummary(LegalBasis legalBasis, Outcome outcome, LocalDate earliestDate, String lawVersionId) {
    }

    record Summary(UUID id, LocalDate asOf, String engineVersion, String savedByName, Instant savedAt,
                   List<BasisSummary> bases) {
    }

    /** Re-running a saved pre-check: the result now, and whether it is the stored one under the same versions. */
    record Reproduction(PreCheckResult result, boolean sameEngine, boolean sameLawVersions, boolean identical) {
    }

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final PreCheckEngine engine;
    private final PreCheckJson json;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ScreeningComputation screening;
    private final Clock clock = Clock.systemDefaultZone();

    SavedPreChecks(JdbcClient jdbc, CaseFiles caseFiles, PreCheckEngine engine, PreCheckJson json, AuditTrail audit,
                   CurrentUser currentUser, ScreeningComputation screening) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.engine = engine;
        this.json = json;
        this.audit = audit;
        this.currentUser = currentUser;
        this.screening = screening;
    }

    /**
     * Runs the pre-check for the facts and saves it to the case; empty if the case is not one of the caller's
     * organisation.
     *
     * @throws de.lotse.residence.precheck.InvalidPreCheckRequestException if the facts do not pass the engine's checks
     */
    Optional<UUID> save(UUID caseId, PreCheckRequest request) {
        SignedInUser user = currentUser.require();
        Optional<ClientCase> found = caseFiles.caseOf(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ClientCase clientCase = found.get();
        PreCheckResult result = engine.check(request);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into residence.saved_pre_check (id, case_id, client_id, organisation_id, as_of, engine_version,
                            request, result, saved_by, saved_by_name, saved_at)
                        values (:id, :case, :client, :org, :asOf, :engine, cast(:request as jsonb), cast(:result as jsonb),
                            :user, :userName, :at)
                        """)
                .param("id", id).param("case", caseId).param("client", clientCase.clientId())
                .param("org", clientCase.organisationId()).param("asOf", result.asOf()).param("engine", result.engineVersion())
                .param("request", json.write(request)).param("result", json.write(result))
                .param("user", user.id()).param("userName", user.displayName())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        int position = 0;
        for (BasisResult basis : result.results()) {
            jdbc.sql("""
                            insert into residence.saved_pre_check_basis (pre_check, position, legal_basis, law_version_id, outcome, earliest_date)
                            values (:p, :pos, :b, :v, :o, :e)
                            """)
                    .param("p", id).param("pos", position++).param("b", basis.legalBasis().name())
                    .param("v", basis.lawVersionId()).param("o", basis.outcome().name()).param("e", basis.earliestDate())
                    .update();
        }
        storeClientFacts(clientCase, id, request.person());
        audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), PURPOSE);
        screening.recompute(List.of(clientCase.clientId()), LocalDate.now(clock));
        return Optional.of(id);
    }

    /** The pre-checks saved to a case of the caller's organisation, newest first. */
    @Transactional
    List<Summary> ofCase(UUID caseId) {
        if (caseFiles.caseOf(caseId).isEmpty()) {
            return List.of();
        }
        audit.record(AuditAction.READ, RECORD_TYPE, null, PURPOSE);
        Map<UUID, Summary> summaries = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.as_of, p.engine_version, p.saved_by_name, p.saved_at,
                               b.legal_basis, b.outcome, b.earliest_date, b.law_version_id
                        from residence.saved_pre_check p join residence.saved_pre_check_basis b on b.pre_check = p.id
                        where p.case_id = :case
                        order by p.saved_at desc, p.id, b.position
                        """)
                .param("case", caseId)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Summary summary = summaries.computeIfAbsent(id, k -> {
                        try {
                            return new Summary(k, rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                                    rs.getTimestamp(5).toInstant(), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    summary.bases().add(new BasisSummary(LegalBasis.valueOf(rs.getString(6)), Outcome.valueOf(rs.getString(7)),
                            rs.getObject(8, LocalDate.class), rs.getString(9)));
                });
        return List.copyOf(summaries.values());
    }

    /** One pre-check saved to a case of the caller's organisation. */
    @Transactional
    Optional<Saved> get(UUID caseId, UUID preCheckId) {
        if (caseFiles.caseOf(caseId).isEmpty()) {
            return Optional.empty();
        }
        Optional<Saved> saved = jdbc.sql("""
                        select id, case_id, client_id, organisation_id, as_of, engine_version, request::text, result::text,
                               saved_by_name, saved_at
                        from residence.saved_pre_check where id = :id and case_id = :case
                        """)
                .param("id", preCheckId).param("case", caseId)
                .query((rs, n) -> new Saved(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getString(6), json.request(rs.getString(7)),
                        json.result(rs.getString(8)), rs.getString(9), rs.getTimestamp(10).toInstant()))
                .optional();
        saved.ifPresent(s -> audit.record(AuditAction.READ, RECORD_TYPE, s.id().toString(), PURPOSE));
        return saved;
    }

    /**
     * Runs the saved facts again and compares: the engine version, the law version of each basis (the version in
     * force on the saved evaluation date, identified by its stored id) and the whole result must be the stored
     * ones. A difference means the engine changed since; the stored result stays what was saved.
     */
    Reproduction reproduce(Saved saved) {
        PreCheckResult again = engine.check(saved.request());
        boolean sameEngine = again.engineVersion().equals(saved.engineVersion());
        boolean sameLaw = again.results().size() == saved.result().results().size();
        for (int i = 0; sameLaw && i < again.results().size(); i++) {
            sameLaw = again.results().get(i).lawVersionId().equals(saved.result().results().get(i).lawVersionId());
        }
        return new Reproduction(again, sameEngine, sameLaw, again.equals(saved.result()));
    }

    /**
     * The facts to start a pre-check of this case with. Today these are the facts last saved for the client; when
     * casework keeps the client's residence periods, this is the one place to take them over (they would replace
     * the saved periods when they are newer).
     */
    @Transactional
    PreCheckForm factsToPrefill(ClientCase clientCase, LocalDate today) {
        return jdbc.sql("select facts::text from residence.client_facts where client_id = :c and organisation_id = :o")
                .param("c", clientCase.clientId()).param("o", clientCase.organisationId())
                .query(String.class).optional()
                .map(text -> {
                    audit.record(AuditAction.READ, "CLIENT_FACTS", clientCase.clientId().toString(), PURPOSE);
                    return PreCheckForm.of(new PreCheckRequest(today, null, json.person(text))).on(today);
                })
                .orElseGet(() -> PreCheckForm.blank(today));
    }

    private void storeClientFacts(ClientCase clientCase, UUID preCheckId, PreCheckRequest.Person person) {
        jdbc.sql("""
                        insert into residence.client_facts (client_id, organisation_id, facts, pre_check_id, updated_at)
                        values (:c, :o, cast(:f as jsonb), :p, :at)
                        on conflict (client_id) do update set organisation_id = excluded.organisation_id, facts = excluded.facts,
                            pre_check_id = excluded.pre_check_id, updated_at = excluded.updated_at,
                            version = residence.client_facts.version + 1
                        """)
                .param("c", clientCase.clientId()).param("o", clientCase.organisationId()).param("f", json.write(person))
                .param("p", preCheckId).param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }
}
