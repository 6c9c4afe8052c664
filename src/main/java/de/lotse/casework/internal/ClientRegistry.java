package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.Client;
import de.lotse.casework.LikelyDuplicate;
import de.lotse.casework.NewClient;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers clients and finds the ones already known, always within the caller's organisation: personal data
 * never crosses an organisation boundary here. Every registration and every client shown is audited.
 */
@Service
@Transactional
public class ClientRegistry {

    static final String RECORD_TYPE = "CLIENT";
    static final String PURPOSE = "CASE_MANAGEMENT";
    static final double THRESHOLD = 0.5;
    static final int MAX_RESULTS = 10;

    private final Clients clients;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    ClientRegistry(Clients clients, JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * One client of the caller's organisation; a client of another organisation is "not found", so that
     * nobody learns it exists.
     */
    public java.util.Optional<Client> get(UUID id) {
        SignedInUser user = currentUser.require();
        java.util.Optional<Client> client = clients.findById(id).filter(c -> c.organisationId().equals(user.organisationId()));
        client.ifPresent(c -> audit.record(AuditAction.READ, RECORD_TYPE, c.id().toString(), PURPOSE));
        return client;
    }

    /** Thrown when the client was changed since the caller read it; names the fields that differ now. */
    public static class ChangedMeanwhile extends RuntimeException {
        private final java.util.List<String> fields;
        private final int currentVersion;

        ChangedMeanwhile(java.util.List<String> fields, int currentVersion) {
            super("client changed meanwhile");
            this.fields = java.util.List.copyOf(fields);
            this.currentVersion = currentVersion;
        }

        public java.util.List<String> fields() {
            return fields;
        }

        /** The version stored now, for offering the caller's input again against it. */
        public int currentVersion() {
            return currentVersion;
        }
    }

    /**
     * Changes a client of the caller's organisation. {@code version} is the one the caller read: if someone
     * else saved in between, nothing is overwritten and {@link ChangedMeanwhile} names what is different now.
     */
    public void update(UUID id, NewClient c, int version) {
        Client stored = get(id).orElseThrow();
        if (stored.version() != version) {
            throw new ChangedMeanwhile(differences(stored, c), stored.version());
        }
        try {
            clients.save(client(stored.id(), stored.organisationId(), c, version, stored.createdAt()));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            Client now = clients.findById(id).orElseThrow();
            throw new ChangedMeanwhile(differences(now, c), now.version());
        }
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), PURPOSE);
    }

    private static java.util.List<String> differences(Client stored, NewClient submitted) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        java.util.Map<String, Object[]> pairs = new java.util.LinkedHashMap<>();
        pairs.put("familyName", new Object[] {stored.familyName(), submitted.familyName()});
        pairs.put("givenNames", new Object[] {stored.givenNames(), submitted.givenNames()});
        pairs.put("familyNameOriginal", new Object[] {stored.familyNameOriginal(), submitted.familyNameOriginal()});
        pairs.put("givenNamesOriginal", new Object[] {stored.givenNamesOriginal(), submitted.givenNamesOriginal()});
        pairs.put("otherSpellings", new Object[] {stored.otherSpellings(), submitted.otherSpellings()});
        pairs.put("birthDate", new Object[] {stored.birthDate(), submitted.birthDate()});
        pairs.put("gender", new Object[] {stored.gender(), submitted.gender()});
        pairs.put("nationalities", new Object[] {stored.nationalities(), submitted.nationalities()});
        pairs.put("languages", new Object[] {stored.languages(), submitted.languages()});
        pairs.put("interpreterNeeded", new Object[] {stored.interpreterNeeded(), submitted.interpreterNeeded()});
        pairs.put("phone", new Object[] {stored.phone(), submitted.phone()});
        pairs.put("email", new Object[] {stored.email(), submitted.email()});
        pairs.put("street", new Object[] {stored.street(), submitted.street()});
        pairs.put("postalCode", new Object[] {stored.postalCode(), submitted.postalCode()});
        pairs.put("municipalityId", new Object[] {stored.municipalityId(), submitted.municipalityId()});
        pairs.forEach((field, values) -> {
            if (!java.util.Objects.equals(values[0], values[1])) {
                fields.add(field);
            }
        });
        return fields;
    }

    public UUID register(NewClient c) {
        SignedInUser user = currentUser.require();
        Client client = client(UUID.randomUUID(), user.organisationId(), c, null, Instant.now());
        clients.save(client);
        audit.record(AuditAction.CREATE, RECORD_TYPE, client.id().toString(), PURPOSE);
        return client.id();
    }

    /**
     * The stored form of what was entered: the birth year follows the birth date when there is one, and the
     * search keys are derived from the names.
     */
    static Client client(UUID id, UUID organisationId, NewClient c, Integer version, Instant createdAt) {
        Integer birthYear = c.birthDate() != null ? Integer.valueOf(c.birthDate().getYear()) : c.birthYear();
        return new Client(id, organisationId, c.familyName(), c.givenNames(), c.familyNameOriginal(),
                c.givenNamesOriginal(), c.otherSpellings(), c.birthDate(), birthYear, c.gender(), c.nationalities(),
                c.languages(), c.interpreterNeeded(), c.phone(), c.email(), c.street(), c.postalCode(), c.municipalityId(),
                NameKeys.folded(c.familyName()), NameKeys.folded(c.givenNames()),
                NameKeys.codes(c.familyName(), c.familyNameOriginal()),
                NameKeys.codes(c.givenNames(), c.givenNamesOriginal(), c.otherSpellings()),
                version, createdAt, Instant.now());
    }

    /**
     * Clients of the caller's organisation who are likely the same person, best first: alike in spelling
     * (trigrams of the folded names) or in sound (shared Soundex codes), family and given names also swapped,
     * and born in the same year, a year apart, or with the year unknown. Scored by {@code casework.duplicate_score}
     * (migration V202611211905); every client that reaches {@link #THRESHOLD} is ranked, however many there are,
     * and only then are the best {@link #MAX_RESULTS} kept.
     */
    public List<LikelyDuplicate> likelyDuplicates(String familyName, String givenNames, Integer birthYear) {
        SignedInUser user = currentUser.require();
        // A name scores at most as much as its best-matching part (see the migration), so every client that can
        // reach the threshold has a part at least that alike or a shared code, and the trigram indexes (operator %)
        // find them all at that similarity (less 0.005 for a score that rounds up to the threshold, less a margin for
        // float precision). Without a birth year every score is lowered, which raises the bar. Local to the
        // transaction, so other trigram searches keep their own threshold.
        jdbc.sql("""
                        select set_config('pg_trgm.similarity_threshold',
                               cast((:threshold - 0.005) / casework.duplicate_score(1, 1, 0, true, true, cast(:year as integer), cast(:year as integer)) - 0.001 as text),
                               true)
                        """)
                .param("threshold", THRESHOLD)
                .param("year", birthYear)
                .query(String.class).single();
        List<LikelyDuplicate> likely = jdbc.sql(birthYear == null ? candidates("true") : candidates(
                        "(birth_year between cast(:year as integer) - 1 and cast(:year as integer) + 1 or birth_year is null)"))
                .param("fk", NameKeys.folded(familyName))
                .param("gk", NameKeys.folded(givenNames))
                .param("fc", NameKeys.codes(familyName).toArray(String[]::new))
                .param("gc", NameKeys.codes(givenNames).toArray(String[]::new))
                .param("organisation", user.organisationId())
                .param("year", birthYear)
                .param("threshold", THRESHOLD)
                .param("results", MAX_RESULTS)
                .query((rs, n) -> new LikelyDuplicate(rs.getObject("id", UUID.class), rs.getString("family_name"),
                        rs.getString("given_names"), rs.getObject("birth_date", LocalDate.class),
                        (Integer) rs.getObject("birth_year"), rs.getDouble("shown_score")))
                .list();
        audit.recordAll(AuditAction.READ, RECORD_TYPE, likely.stream().map(d -> d.id().toString()).toList(), "DUPLICATE_CHECK");
        return likely;
    }

    /**
     * The search, with or without the birth year as a fixed part of the statement (a parameter that may be null
     * would keep the planner from using the year index).
     *
     * <p>First the clients alike in both name parts ({@code strong}, found by an intersection of the indexes, few).
     * A client alike in one part only scores less than a bound (the other part's similarity stays under the trigram
     * threshold); if ten strong ones reach it, nobody else can rank among the best ten, and the scan of every
     * client alike in one part (all namesakes of a common given name) is skipped: PostgreSQL evaluates
     * {@code enough} once and does not run that scan at all. Otherwise every candidate is read and ranked.
     *
     * <p>The similarities are computed once per distinct name key among the candidates rather than once per
     * client, because common names repeat and similarity() is what costs (about 1.5 µs a call).
     */
    private static String candidates(String yearCondition) {
        return """
                with strong as materialized (
                    select id, family_name, given_names, birth_date, birth_year, family_key, given_key,
                           family_codes && cast(:fc as text[]) as family_sounds,
                           given_codes && cast(:gc as text[]) as given_sounds
                    from casework.client
                    where organisation_id = :organisation
                      and %1$s
                      and ((family_codes && cast(:fc as text[]) or family_key %% :fk)
                               and (given_codes && cast(:gc as text[]) or given_key %% :gk)
                           or family_key %% :gk and given_key %% :fk)
                      and not exists (select 1 from casework.client_merge m where m.merged_id = client.id)
                ),
                bound as (
                    -- the best score of a client with one part under the threshold t and without a shared code:
                    -- that part at most t, the other at most 1, the swapped pair at most (1 + t) / 2
                    select greatest(casework.duplicate_score(t, 1, (1 + t) / 2, false, false, cast(:year as integer), cast(:year as integer)),
                                    casework.duplicate_score(1, t, (1 + t) / 2, false, false, cast(:year as integer), cast(:year as integer))) as score
                    from (select cast(current_setting('pg_trgm.similarity_threshold') as double precision) as t) threshold
                ),
                enough as (
                    select count(*) >= :results as enough
                    from strong
                    where casework.duplicate_score(similarity(family_key, :fk), similarity(given_key, :gk),
                                                   (similarity(family_key, :gk) + similarity(given_key, :fk)) / 2,
                                                   family_sounds, given_sounds, cast(:year as integer), birth_year)
                          >= (select score from bound)
                ),
                candidate as materialized (
                    select * from strong where (select enough from enough)
                    union all
                    select id, family_name, given_names, birth_date, birth_year, family_key, given_key,
                           family_codes && cast(:fc as text[]) as family_sounds,
                           given_codes && cast(:gc as text[]) as given_sounds
                    from casework.client
                    where not (select enough from enough)
                      and organisation_id = :organisation
                      and %1$s
                      -- the code overlaps first: rows found through a trigram index are rechecked with this
                      -- condition in order, and most candidates share a code
                      and (family_codes && cast(:fc as text[]) or given_codes && cast(:gc as text[])
                           or family_key %% :fk or given_key %% :gk or family_key %% :gk or given_key %% :fk)
                      and not exists (select 1 from casework.client_merge m where m.merged_id = client.id)
                ),
                family_alike as materialized (
                    select family_key, similarity(family_key, :fk) as alike, similarity(family_key, :gk) as swapped
                    from (select distinct family_key from candidate) k
                ),
                given_alike as materialized (
                    select given_key, similarity(given_key, :gk) as alike, similarity(given_key, :fk) as swapped
                    from (select distinct given_key from candidate) k
                ),
                scored as (
                    select c.id, c.family_name, c.given_names, c.birth_date, c.birth_year,
                           casework.duplicate_score(f.alike, g.alike, (f.swapped + g.swapped) / 2, c.family_sounds,
                                                    c.given_sounds, cast(:year as integer), c.birth_year) as score
                    from candidate c
                    join family_alike f on f.family_key = c.family_key
                    join given_alike g on g.given_key = c.given_key
                )
                select id, family_name, given_names, birth_date, birth_year,
                       round(cast(score as numeric), 2) as shown_score
                from scored
                where round(cast(score as numeric), 2) >= :threshold
                order by scored.score desc, family_name, given_names, id
                limit :results
                """.formatted(yearCondition);
    }
}
