package de.lotse.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.lotse.casework.Client;
import de.lotse.casework.Relation;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households and family links. A household is reached from any of its members; every member must be a client of
 * the caller's organisation (ClientRegistry.get is the organisation-scoped, audited way in).
 */
@Service
@Transactional
class Households {

    static final String RECORD_TYPE = "HOUSEHOLD";

    /** The person already lives in another household with others; they must leave it first. */
    static class InAnotherHousehold extends RuntimeException {
        InAnotherHousehold() {
            super("client lives in another household");
        }
    }

    /** A member of a client's household, with what they are to the client (null when no family link is recorded). */
    record Member(UUID clientId, String familyName, String givenNames, Integer birthYear, Relation relation) {
    }

    /** A relative outside the household. */
    record Relative(UUID clientId, String familyName, String givenNames, Integer birthYear, Relation relation) {
    }

    private final ClientRegistry clients;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    Households(ClientRegistry clients, AuditTrail audit, JdbcClient jdbc) {
        this.clients = clients;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<UUID> householdOf(UUID clientId) {
        return jdbc.sql("select household_id from casework.household_member where client_id = :c").param("c", clientId)
                .query(UUID.class).optional();
    }

    /** The other members of the client's household, each with the family link to the client if there is one. */
    List<Member> membersWith(Client client) {
        Optional<UUID> household = householdOf(client.id());
        if (household.isEmpty()) {
            return List.of();
        }
        audit.record(AuditAction.READ, RECORD_TYPE, household.get().toString(), ClientRegistry.PURPOSE);
        List<Member> members = jdbc.sql("""
                        select c.id, c.family_name, c.given_names, c.birth_year, l.relation
                        from casework.household_member m join casework.client c on c.id = m.client_id
                        left join lateral (
                            select relation from casework.family_link where client_id = :me and relative_id = c.id
                            union all
                            select %s from casework.family_link where client_id = c.id and relative_id = :me
                            limit 1) l on true
                        where m.household_id = :h and m.client_id <> :me and c.organisation_id = :o
                        order by c.birth_year nulls last, c.given_names
                        """.formatted(INVERSE_SQL))
                .param("h", household.get()).param("me", client.id()).param("o", client.organisationId())
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5) == null ? null : Relation.valueOf(rs.getString(5))))
                .list();
        members.forEach(m -> audit.record(AuditAction.READ, ClientRegistry.RECORD_TYPE, m.clientId().toString(), ClientRegistry.PURPOSE));
        return members;
    }

    /** Relatives linked to the client who do not live in the client's household. */
    List<Relative> relativesOutside(Client client) {
        List<Relative> relatives = jdbc.sql("""
                        select c.id, c.family_name, c.given_names, c.birth_year, l.relation
                        from (select relative_id as other, relation from casework.family_link where client_id = :me
                              union all
                              select client_id, %s from casework.family_link where relative_id = :me) l
                        join casework.client c on c.id = l.other
                        where c.organisation_id = :o
                          and not exists (select 1 from casework.household_member a join casework.household_member b
                                          on a.household_id = b.household_id where a.client_id = :me and b.client_id = c.id)
                        order by c.birth_year nulls last
                        """.formatted(INVERSE_SQL))
                .param("me", client.id()).param("o", client.organisationId())
                .query((rs, n) -> new Relative(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), Relation.valueOf(rs.getString(5))))
                .list();
        relatives.forEach(r -> audit.record(AuditAction.READ, ClientRegistry.RECORD_TYPE, r.clientId().toString(), ClientRegistry.PURPOSE));
        return relatives;
    }

    /** Adds another client of the organisation to the client's household, opening one if there is none yet. */
    void addMember(UUID clientId, UUID otherId, Relation relation) {
        Client client = clients.get(clientId).orElseThrow();
        Client other = clients.get(otherId).orElseThrow();
        if (client.id().equals(other.id())) {
            throw new IllegalArgumentException("a client is not their own household member");
        }
        Optional<UUID> othersHousehold = householdOf(other.id());
        UUID household = householdOf(client.id()).orElseGet(() -> othersHousehold.orElseGet(() -> open(client)));
        if (othersHousehold.isPresent() && !othersHousehold.get().equals(household)) {
            if (memberCount(othersHousehold.get()) > 1) {
                throw new InAnotherHousehold();
            }
            leave(other.id());
        }
        join(client.id(), household);
        join(other.id(), household);
        if (relation != null) {
            link(client.id(), other.id(), relation);
        }
        audit.record(AuditAction.UPDATE, RECORD_TYPE, household.toString(), ClientRegistry.PURPOSE);
    }

    /** The client moves out; a household left with one person is dissolved. */
    void leave(UUID clientId) {
        clients.get(clientId).orElseThrow();
        Optional<UUID> household = householdOf(clientId);
        if (household.isEmpty()) {
            return;
        }
        jdbc.sql("delete from casework.household_member where client_id = :c").param("c", clientId).update();
        if (memberCount(household.get()) < 2) {
            jdbc.sql("delete from casework.household_member where household_id = :h").param("h", household.get()).update();
        }
        audit.record(AuditAction.UPDATE, RECORD_TYPE, household.get().toString(), ClientRegistry.PURPOSE);
    }

    /** Records (or corrects) what {@code relativeId} is to {@code clientId}; stored once per pair. */
    void link(UUID clientId, UUID relativeId, Relation relation) {
        clients.get(clientId).orElseThrow();
        clients.get(relativeId).orElseThrow();
        jdbc.sql("delete from casework.family_link where (client_id = :a and relative_id = :b) or (client_id = :b and relative_id = :a)")
                .param("a", clientId).param("b", relativeId).update();
        jdbc.sql("insert into casework.family_link (client_id, relative_id, relation) values (:a, :b, :r)")
                .param("a", clientId).param("b", relativeId).param("r", relation.name()).update();
        audit.record(AuditAction.UPDATE, ClientRegistry.RECORD_TYPE, clientId.toString(), ClientRegistry.PURPOSE);
    }

    /** Marks a case as the whole household's; the client's household is opened if there is none yet. */
    void forHousehold(UUID caseId, UUID clientId) {
        Client client = clients.get(clientId).orElseThrow();
        UUID household = householdOf(client.id()).orElseGet(() -> {
            UUID opened = open(client);
            join(client.id(), opened);
            return opened;
        });
        jdbc.sql("insert into casework.household_case (client_case, household_id) values (:c, :h) on conflict do nothing")
                .param("c", caseId).param("h", household).update();
    }

    /** The household a case is for, if it is a household's case. */
    @Transactional(readOnly = true)
    Optional<UUID> householdOfCase(UUID caseId) {
        return jdbc.sql("select household_id from casework.household_case where client_case = :c").param("c", caseId)
                .query(UUID.class).optional();
    }

    private UUID open(Client client) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into casework.household (id, organisation_id) values (:id, :o)")
                .param("id", id).param("o", client.organisationId()).update();
        audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), ClientRegistry.PURPOSE);
        return id;
    }

    private void join(UUID clientId, UUID household) {
        jdbc.sql("insert into casework.household_member (client_id, household_id) values (:c, :h) on conflict (client_id) do nothing")
                .param("c", clientId).param("h", household).update();
    }

    private int memberCount(UUID household) {
        return jdbc.sql("select count(*) from casework.household_member where household_id = :h").param("h", household)
                .query(Integer.class).single();
    }

    /** SQL turning a stored relation into the one seen from the other side (see Relation.inverse). */
    private static final String INVERSE_SQL =
            "case relation when 'PARENT' then 'CHILD' when 'CHILD' then 'PARENT' else relation end";
}
