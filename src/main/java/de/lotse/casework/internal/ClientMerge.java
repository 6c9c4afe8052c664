package de.lotse.casework.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.Client;
import de.lotse.casework.ClientsMerged;
import de.lotse.casework.NewClient;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.privacy.ConsentLedger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of the same person. Nothing is lost: the kept record takes over every case, consent,
 * household membership, family link and every other entry that points to the merged record, gains the merged
 * record's names as other spellings and fills its empty fields from it. The merged record stays, marked as
 * merged, so that the audit trail and old references still resolve; it is no longer found or shown.
 */
@Service
@Transactional
class ClientMerge {

    static final String PURPOSE = "RECORD_MERGE";

    /** The two records are the same record, or one of them was merged already. */
    static class NotMergeable extends RuntimeException {
        NotMergeable() {
            super("records cannot be merged");
        }
    }

    /** Tables whose references are moved by hand because a plain update would break their keys. */
    private static final Set<String> HANDLED = Set.of("casework.household_member", "casework.family_link", "casework.client_merge");

    private final ClientRegistry clients;
    private final ConsentLedger consents;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    ClientMerge(ClientRegistry clients, ConsentLedger consents, AuditTrail audit, CurrentUser currentUser,
                ApplicationEventPublisher events, JdbcClient jdbc) {
        this.clients = clients;
        this.consents = consents;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** @param keptVersion the version of the kept record the user saw; a change meanwhile is a conflict */
    void merge(UUID keptId, UUID mergedId, int keptVersion) {
        SignedInUser user = currentUser.require();
        Client kept = clients.get(keptId).orElseThrow();
        Client merged = clients.get(mergedId).orElseThrow();
        if (kept.id().equals(merged.id()) || isMerged(kept.id()) || isMerged(merged.id())) {
            throw new NotMergeable();
        }
        clients.update(kept.id(), combined(kept, merged), keptVersion);
        moveHousehold(merged.id(), kept.id());
        moveFamilyLinks(merged.id(), kept.id());
        for (Reference reference : references()) {
            jdbc.sql("update " + reference.table() + " set " + reference.column() + " = :kept where " + reference.column() + " = :merged")
                    .param("kept", kept.id()).param("merged", merged.id()).update();
        }
        consents.transferSubject(merged.id(), kept.id());
        jdbc.sql("insert into casework.client_merge (merged_id, kept_id, merged_by) values (:m, :k, :u)")
                .param("m", merged.id()).param("k", kept.id()).param("u", user.id()).update();
        audit.record(AuditAction.UPDATE, ClientRegistry.RECORD_TYPE, kept.id().toString(), PURPOSE);
        audit.record(AuditAction.UPDATE, ClientRegistry.RECORD_TYPE, merged.id().toString(), PURPOSE);
        events.publishEvent(new ClientsMerged(merged.id(), kept.id(), kept.organisationId()));
    }

    /** The record a merged record went into, if it was merged. */
    java.util.Optional<UUID> keptFor(UUID clientId) {
        return jdbc.sql("select kept_id from casework.client_merge where merged_id = :c").param("c", clientId)
                .query(UUID.class).optional();
    }

    boolean isMerged(UUID clientId) {
        return jdbc.sql("select count(*) from casework.client_merge where merged_id = :c").param("c", clientId)
                .query(Integer.class).single() > 0;
    }

    /** The kept record, its gaps filled from the merged one and the merged names added as other spellings. */
    static NewClient combined(Client kept, Client merged) {
        Set<String> spellings = new LinkedHashSet<>();
        addSpellings(spellings, kept.otherSpellings());
        for (String name : List.of(
                join(merged.givenNames(), merged.familyName()), join(merged.givenNamesOriginal(), merged.familyNameOriginal()))) {
            if (!name.isBlank() && !name.equals(join(kept.givenNames(), kept.familyName()))
                    && !name.equals(join(kept.givenNamesOriginal(), kept.familyNameOriginal()))) {
                spellings.add(name);
            }
        }
        addSpellings(spellings, merged.otherSpellings());
        return new NewClient(kept.familyName(), kept.givenNames(),
                first(kept.familyNameOriginal(), merged.familyNameOriginal()),
                first(kept.givenNamesOriginal(), merged.givenNamesOriginal()),
                spellings.isEmpty() ? null : String.join(", ", spellings),
                first(kept.birthDate(), merged.birthDate()), first(kept.birthYear(), merged.birthYear()),
                first(kept.gender(), merged.gender()), first(kept.nationalities(), merged.nationalities()),
                first(kept.languages(), merged.languages()), first(kept.interpreterNeeded(), merged.interpreterNeeded()),
                first(kept.phone(), merged.phone()), first(kept.email(), merged.email()),
                first(kept.street(), merged.street()), first(kept.postalCode(), merged.postalCode()),
                first(kept.municipalityId(), merged.municipalityId()));
    }

    private static void addSpellings(Set<String> spellings, String list) {
        if (list != null) {
            for (String spelling : list.split(",")) {
                if (!spelling.isBlank()) {
                    spellings.add(spelling.strip());
                }
            }
        }
    }

    private static String join(String given, String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    private static <T> T first(T kept, T merged) {
        return kept != null ? kept : merged;
    }

    /** The merged person's household becomes the kept person's; if both had one, its other members move over. */
    private void moveHousehold(UUID mergedId, UUID keptId) {
        var mergedHousehold = jdbc.sql("select household_id from casework.household_member where client_id = :c")
                .param("c", mergedId).query(UUID.class).optional();
        if (mergedHousehold.isEmpty()) {
            return;
        }
        var keptHousehold = jdbc.sql("select household_id from casework.household_member where client_id = :c")
                .param("c", keptId).query(UUID.class).optional();
        jdbc.sql("delete from casework.household_member where client_id = :c").param("c", mergedId).update();
        if (keptHousehold.isEmpty()) {
            jdbc.sql("insert into casework.household_member (client_id, household_id) values (:c, :h)")
                    .param("c", keptId).param("h", mergedHousehold.get()).update();
        } else if (!keptHousehold.get().equals(mergedHousehold.get())) {
            jdbc.sql("update casework.household_member set household_id = :k where household_id = :m")
                    .param("k", keptHousehold.get()).param("m", mergedHousehold.get()).update();
            jdbc.sql("update casework.household_case set household_id = :k where household_id = :m")
                    .param("k", keptHousehold.get()).param("m", mergedHousehold.get()).update();
        }
    }

    /** Links of the merged record now start or end at the kept one; a link between the two would be a self-link. */
    private void moveFamilyLinks(UUID mergedId, UUID keptId) {
        jdbc.sql("delete from casework.family_link where (client_id = :m and relative_id = :k) or (client_id = :k and relative_id = :m)")
                .param("m", mergedId).param("k", keptId).update();
        jdbc.sql("""
                        insert into casework.family_link (client_id, relative_id, relation, created_at)
                        select case when client_id = :m then :k else client_id end,
                               case when relative_id = :m then :k else relative_id end, relation, created_at
                        from casework.family_link where client_id = :m or relative_id = :m
                        on conflict do nothing""")
                .param("m", mergedId).param("k", keptId).update();
        jdbc.sql("delete from casework.family_link where client_id = :m or relative_id = :m").param("m", mergedId).update();
    }

    /** A column referencing a client, as quoted SQL identifiers. */
    record Reference(String table, String column) {
    }

    /**
     * Every column of any module that references a client, read from the database's foreign keys, so that a table
     * added later is merged without anyone remembering to list it here.
     */
    private List<Reference> references() {
        return jdbc.sql("""
                        select n.nspname, c.relname, a.attname
                        from pg_constraint k
                        join pg_class c on c.oid = k.conrelid
                        join pg_namespace n on n.oid = c.relnamespace
                        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                        where k.contype = 'f' and k.confrelid = 'casework.client'::regclass
                        order by 1, 2, 3""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list().stream()
                .filter(c -> !HANDLED.contains(c[0] + "." + c[1]))
                .map(c -> new Reference(quote(c[0]) + "." + quote(c[1]), quote(c[2])))
                .toList();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
