package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
     * and born in the same year, a year apart, or with the year unknown.
     */
    public List<LikelyDuplicate> likelyDuplicates(String familyName, String givenNames, Integer birthYear) {
        SignedInUser user = currentUser.require();
        String familyKey = NameKeys.folded(familyName);
        String givenKey = NameKeys.folded(givenNames);
        String[] familyCodes = NameKeys.codes(familyName).toArray(String[]::new);
        String[] givenCodes = NameKeys.codes(givenNames).toArray(String[]::new);
        record Candidate(UUID id, String familyName, String givenNames, LocalDate birthDate, Integer birthYear,
                         double familySimilarity, double givenSimilarity, double swappedSimilarity,
                         boolean familySounds, boolean givenSounds) {
        }
        List<Candidate> candidates = jdbc.sql("""
                        select id, family_name, given_names, birth_date, birth_year,
                               similarity(family_key, :fk) as family_similarity,
                               similarity(given_key, :gk) as given_similarity,
                               (similarity(family_key, :gk) + similarity(given_key, :fk)) / 2 as swapped_similarity,
                               family_codes && cast(:fc as text[]) as family_sounds,
                               given_codes && cast(:gc as text[]) as given_sounds
                        from casework.client
                        where organisation_id = :organisation
                          and not exists (select 1 from casework.client_merge m where m.merged_id = client.id)
                          and (cast(:year as integer) is null or birth_year is null or birth_year between :year - 1 and :year + 1)
                          and (family_key % :fk or given_key % :gk or family_key % :gk or given_key % :fk
                               or family_codes && cast(:fc as text[]) or given_codes && cast(:gc as text[]))
                        limit 200
                        """)
                .param("fk", familyKey)
                .param("gk", givenKey)
                .param("fc", familyCodes)
                .param("gc", givenCodes)
                .param("organisation", user.organisationId())
                .param("year", birthYear)
                .query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("family_name"),
                        rs.getString("given_names"), rs.getObject("birth_date", LocalDate.class),
                        (Integer) rs.getObject("birth_year"), rs.getDouble("family_similarity"),
                        rs.getDouble("given_similarity"), rs.getDouble("swapped_similarity"),
                        rs.getBoolean("family_sounds"), rs.getBoolean("given_sounds")))
                .list();
        List<LikelyDuplicate> likely = candidates.stream()
                .map(c -> new LikelyDuplicate(c.id(), c.familyName(), c.givenNames(), c.birthDate(), c.birthYear(),
                        score(c.familySimilarity(), c.givenSimilarity(), c.swappedSimilarity(), c.familySounds(),
                                c.givenSounds(), birthYear, c.birthYear())))
                .filter(d -> d.score() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(LikelyDuplicate::score).reversed())
                .limit(MAX_RESULTS)
                .toList();
        audit.recordAll(AuditAction.READ, RECORD_TYPE, likely.stream().map(d -> d.id().toString()).toList(), "DUPLICATE_CHECK");
        return likely;
    }

    /**
     * Spelling counts fully, sound almost as much (sounding alike is weaker evidence than being spelled alike);
     * the family name weighs a little more than the given names; a birth year a year off or unknown lowers
     * the score. Rounded to two places, as the API shows it.
     */
    static double score(double familySimilarity, double givenSimilarity, double swappedSimilarity,
                        boolean familySounds, boolean givenSounds, Integer wantedYear, Integer year) {
        double family = Math.max(familySimilarity, familySounds ? 0.9 : 0);
        double given = Math.max(givenSimilarity, givenSounds ? 0.85 : 0);
        double name = Math.max(0.55 * family + 0.45 * given, 0.95 * swappedSimilarity);
        double birth = wantedYear == null || year == null ? 0.85 : wantedYear.equals(year) ? 1.0 : 0.9;
        return Math.round(name * birth * 100) / 100.0;
    }
}
