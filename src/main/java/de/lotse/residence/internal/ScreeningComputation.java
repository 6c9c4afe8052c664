package de.lotse.residence.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.lotse.residence.precheck.BasisResult;
import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.PreCheckEngine;
import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.PreCheckResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the screening from the stored facts: every client's latest facts are evaluated for all four legal
 * bases on one day, and the rows that can appear in a screening list (met, met later, or undetermined) replace
 * the client's previous rows. Works in chunks of clients read in key order, evaluates a chunk in parallel and
 * writes it with one array insert, so 100,000 clients never sit in memory at once and each chunk is one short
 * transaction. No personal data beyond the facts is read, and nothing is shown: reading for a person happens in
 * {@link Screening}, audited.
 */
@Component
class ScreeningComputation {

    private static final Logger log = LoggerFactory.getLogger(ScreeningComputation.class);
    static final int CHUNK = 5_000;
    private static final List<String> ALL_BASES = Arrays.stream(LegalBasis.values()).map(Enum::name).toList();
    private static final String NO_CLIENT = "00000000-0000-0000-0000-000000000000";

    /** One row of residence.screening_result. */
    record Row(UUID clientId, UUID organisationId, LegalBasis legalBasis, Outcome outcome, LocalDate earliestDate,
               List<String> missingFacts, String lawVersionId) {
    }

    private record Stored(UUID clientId, UUID organisationId, String facts) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PreCheckEngine engine;
    private final PreCheckJson json;

    ScreeningComputation(JdbcTemplate jdbc, TransactionTemplate transactions, PreCheckEngine engine, PreCheckJson json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.engine = engine;
        this.json = json;
    }

    /** Every client with stored facts; returns how many were evaluated. */
    int recomputeAll(LocalDate on) {
        return recomputeWhere("true", null, on);
    }

    /** The clients of one organisation. */
    int recomputeOrganisation(UUID organisationId, LocalDate on) {
        return recomputeWhere("organisation_id = ?", organisationId, on);
    }

    /** These clients, e.g. after their facts were saved. Clients without stored facts lose their rows. */
    void recompute(Collection<UUID> clientIds, LocalDate on) {
        List<Stored> stored = new ArrayList<>();
        for (UUID id : clientIds) {
            stored.addAll(jdbc.query("select client_id, organisation_id, facts::text from residence.client_facts where client_id = ?",
                    (rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)), id));
        }
        transactions.executeWithoutResult(t -> write(clientIds, evaluate(stored, on), on));
    }

    /**
     * A pipeline of three steps on the key-ordered clients: while a chunk is evaluated, the next one is read and the
     * previous one written, each on its own connection, so the database and the evaluation work at the same time.
     * Chunks are written in order, each in its own transaction; the delete of a chunk covers its whole key range,
     * so rows of clients whose facts are gone disappear too.
     */
    private int recomputeWhere(String condition, UUID parameter, LocalDate on) {
        long started = System.nanoTime();
        long evaluating = 0;
        int total = 0;
        UUID last = UUID.fromString(NO_CLIENT);
        try (ExecutorService reader = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
             ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory())) {
            UUID after = last;
            Future<List<Stored>> next = reader.submit(() -> read(condition, parameter, after));
            Future<?> written = CompletableFuture.completedFuture(null);
            while (true) {
                List<Stored> chunk = next.get();
                if (chunk.isEmpty()) {
                    break;
                }
                UUID from = last;
                UUID to = chunk.getLast().clientId();
                boolean more = chunk.size() == CHUNK;
                next = more ? reader.submit(() -> read(condition, parameter, to)) : CompletableFuture.completedFuture(List.of());
                long phase = System.nanoTime();
                List<Row> rows = evaluate(chunk, on);
                evaluating += System.nanoTime() - phase;
                written.get();
                written = writer.submit(() -> transactions.executeWithoutResult(t -> {
                    if (parameter == null) {
                        jdbc.update("delete from residence.screening_result where client_id > ? and client_id <= ?", from, to);
                    } else {
                        jdbc.update("delete from residence.screening_result where client_id > ? and client_id <= ? and organisation_id = ?",
                                from, to, parameter);
                    }
                    insert(rows, on);
                }));
                total += chunk.size();
                last = to;
                if (!more) {
                    break;
                }
            }
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("screening failed", e.getCause());
        }
        if (parameter == null) {
            jdbc.update("delete from residence.screening_result where client_id > ?", last);
        }
        long elapsed = System.nanoTime() - started;
        log.info("Screening of {} clients on {} computed in {} ms ({} ms of it evaluating)", total, on, elapsed / 1_000_000,
                evaluating / 1_000_000);
        return total;
    }

    private List<Stored> read(String condition, UUID parameter, UUID after) {
        List<Object> args = new ArrayList<>(3);
        args.add(after);
        if (parameter != null) {
            args.add(parameter);
        }
        args.add(CHUNK);
        return jdbc.query("select client_id, organisation_id, facts::text from residence.client_facts "
                        + "where client_id > ? and " + condition + " order by client_id limit ?",
                (rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)),
                args.toArray());
    }

    /** Evaluates on both cores; the engine is stateless and thread-safe. */
    List<Row> evaluate(List<Stored> stored, LocalDate on) {
        return stored.parallelStream().flatMap(s -> rowsOf(s, on).stream()).toList();
    }

    private List<Row> rowsOf(Stored stored, LocalDate on) {
        PreCheckResult result;
        try {
            result = engine.check(new PreCheckRequest(on, ALL_BASES, json.person(stored.facts())));
        } catch (RuntimeException unreadable) {
            // Facts are checked before they are saved; a row that no longer passes is skipped, not fatal.
            log.warn("Screening skipped the facts of one client: {}", unreadable.getClass().getSimpleName());
            return List.of();
        }
        List<Row> rows = new ArrayList<>(4);
        for (BasisResult basis : result.results()) {
            if (basis.outcome() == Outcome.NOT_MET && basis.earliestDate() == null) {
                continue;
            }
            Set<String> missing = new LinkedHashSet<>();
            for (ConditionResult condition : basis.conditions()) {
                missing.addAll(condition.missingFacts());
            }
            rows.add(new Row(stored.clientId(), stored.organisationId(), basis.legalBasis(), basis.outcome(), basis.earliestDate(),
                    List.copyOf(missing), basis.lawVersionId()));
        }
        return rows;
    }

    private void write(Collection<UUID> clientIds, List<Row> rows, LocalDate on) {
        for (UUID id : clientIds) {
            jdbc.update("delete from residence.screening_result where client_id = ?", id);
        }
        insert(rows, on);
    }

    /** One statement per chunk: the columns as arrays, unnested by PostgreSQL. */
    private void insert(List<Row> rows, LocalDate on) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        String[] clients = new String[n];
        String[] organisations = new String[n];
        String[] bases = new String[n];
        String[] outcomes = new String[n];
        String[] earliest = new String[n];
        String[] missing = new String[n];
        String[] versions = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            clients[i] = row.clientId().toString();
            organisations[i] = row.organisationId().toString();
            bases[i] = row.legalBasis().name();
            outcomes[i] = row.outcome().name();
            earliest[i] = row.earliestDate() == null ? null : row.earliestDate().toString();
            missing[i] = String.join("\n", row.missingFacts());
            versions[i] = row.lawVersionId();
        }
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into residence.screening_result (client_id, organisation_id, legal_basis, outcome, earliest_date,
                        missing_facts, law_version_id, computed_on)
                    select cast(c as uuid), cast(o as uuid), b, r, cast(e as date),
                           case when m = '' then '{}'::text[] else string_to_array(m, E'\\n') end, v, ?
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as t(c, o, b, r, e, m, v)
                    """)) {
                insert.setObject(1, on);
                String[][] columns = {clients, organisations, bases, outcomes, earliest, missing, versions};
                for (int i = 0; i < columns.length; i++) {
                    insert.setArray(i + 2, array(connection, columns[i]));
                }
                return insert.executeUpdate();
            }
        });
    }

    private static Array array(Connection connection, String[] values) throws java.sql.SQLException {
        return connection.createArrayOf("text", values);
    }
}
