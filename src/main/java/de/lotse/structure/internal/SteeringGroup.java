package de.lotse.structure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import de.lotse.network.Organisations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the Lenkungsgruppe is: its functions (as the local KIM concept lists them, chair first) and the seats that
 * fill them, each with a member and a deputy. Coordination keeps this list; meetings invite and record from it.
 */
@Service
@Transactional
class SteeringGroup {

    /** A function of the Lenkungsgruppe, in the order the members list shows it. */
    record Function(UUID id, String name, int position, boolean chair, boolean active, int version) {
    }

    /**
     * A person on a seat: a member or a deputy. {@code organisationText} is what was typed for a body outside the
     * network; {@code organisation} the name to show, the network organisation's own where one was chosen.
     */
    record Person(String name, UUID organisationId, String organisationText, String organisation, UUID userId, String username) {

        static Person of(String name, UUID organisationId, String organisationText, UUID userId, String username) {
            return new Person(name, organisationId, organisationText, organisationText, userId, username);
        }

        public boolean named() {
            return name != null && !name.isBlank();
        }

        Person named(Map<UUID, String> organisationNames) {
            String shown = organisationId != null && organisationNames.containsKey(organisationId)
                    ? organisationNames.get(organisationId) : organisationText;
            return new Person(name, organisationId, organisationText, shown == null ? "" : shown, userId, username);
        }
    }

    record Seat(UUID id, UUID functionId, String functionName, int functionPosition, boolean functionActive,
                Person member, Person deputy, int version) {
    }

    /** Raised when a name is taken by another function; the form shows it at the name field. */
    static class NameTaken extends RuntimeException {
    }

    private final JdbcClient jdbc;
    private final Organisations organisations;

    SteeringGroup(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    // --- functions ---

    @Transactional(readOnly = true)
    List<Function> functions() {
        return jdbc.sql("select id, name, position, chair, active, version from structure.steering_function order by position, lower(name)")
                .query(SteeringGroup::function).list();
    }

    @Transactional(readOnly = true)
    Optional<Function> function(UUID id) {
        return jdbc.sql("select id, name, position, chair, active, version from structure.steering_function where id = :id")
                .param("id", id).query(SteeringGroup::function).optional();
    }

    UUID addFunction(String name, boolean chair) {
        UUID id = UUID.randomUUID();
        lockFunctions();
        if (chair) {
            dropChair();
        }
        try {
            jdbc.sql("""
                            insert into structure.steering_function (id, name, position, chair)
                            values (:id, :n, (select coalesce(max(position), 0) + 1 from structure.steering_function), :c)
                            """)
                    .param("id", id).param("n", name).param("c", chair).update();
        } catch (DuplicateKeyException e) {
            throw new NameTaken();
        }
        return id;
    }

    /** Renames a function and, if it becomes the chair, takes the chair from the one that had it. */
    void changeFunction(UUID id, String name, boolean chair, int version) {
        lockFunctions();
        if (chair) {
            dropChair();
        }
        int changed;
        try {
            changed = jdbc.sql("""
                            update structure.steering_function set name = :n, chair = :c, version = version + 1
                            where id = :id and version = :v
                            """)
                    .param("n", name).param("c", chair).param("id", id).param("v", version).update();
        } catch (DuplicateKeyException e) {
            throw new NameTaken();
        }
        requireChanged(changed, "steering_function", id);
    }

    /** Swaps a function with its neighbour above ({@code up}) or below. */
    void moveFunction(UUID id, boolean up) {
        lockFunctions();
        List<Function> all = functions();
        int index = indexOf(all, id);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        // Positions are renumbered from the list's order, so gaps or equal positions left by hand heal on the way.
        java.util.List<Function> reordered = new java.util.ArrayList<>(all);
        java.util.Collections.swap(reordered, index, other);
        for (int i = 0; i < reordered.size(); i++) {
            jdbc.sql("update structure.steering_function set position = :p where id = :id")
                    .param("p", i + 1).param("id", reordered.get(i).id()).update();
        }
    }

    void setFunctionActive(UUID id, boolean active, int version) {
        int changed = jdbc.sql("""
                        update structure.steering_function set active = :a, version = version + 1
                        where id = :id and version = :v
                        """)
                .param("a", active).param("id", id).param("v", version).update();
        requireChanged(changed, "steering_function", id);
    }

    // --- seats ---

    private static final String SEAT_QUERY = """
            select s.id, s.function_id, f.name as function_name, f.position, f.active,
                   s.member_name, s.member_organisation_id, s.member_organisation, s.member_user_id, s.member_username,
                   s.deputy_name, s.deputy_organisation_id, s.deputy_organisation, s.deputy_user_id, s.deputy_username, s.version
            from structure.steering_seat s
            join structure.steering_function f on f.id = s.function_id
            """;

    @Transactional(readOnly = true)
    List<Seat> seats() {
        return named(jdbc.sql(SEAT_QUERY + " where s.removed_at is null order by f.position, lower(f.name), s.created_at, s.id")
                .query(SteeringGroup::seat).list());
    }

    /** The seats of active functions: who is invited to a meeting and whose attendance is recorded. */
    @Transactional(readOnly = true)
    List<Seat> activeSeats() {
        return seats().stream().filter(Seat::functionActive).toList();
    }

    @Transactional(readOnly = true)
    Optional<Seat> seat(UUID id) {
        return jdbc.sql(SEAT_QUERY + " where s.id = :id and s.removed_at is null").param("id", id).query(SteeringGroup::seat).optional()
                .map(seat -> named(List.of(seat)).getFirst());
    }

    /** Organisations chosen from the network are shown by their name as the network has it today. */
    private List<Seat> named(List<Seat> seats) {
        Map<UUID, String> names = organisations.findAll().stream()
                .collect(java.util.stream.Collectors.toMap(de.lotse.network.Organisation::id, de.lotse.network.Organisation::name));
        return seats.stream().map(s -> new Seat(s.id(), s.functionId(), s.functionName(), s.functionPosition(), s.functionActive(),
                s.member().named(names), s.deputy().named(names), s.version())).toList();
    }

    UUID addSeat(UUID functionId, Person member, Person deputy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into structure.steering_seat (id, function_id, member_name, member_organisation_id, member_organisation,
                            member_user_id, member_username, deputy_name, deputy_organisation_id, deputy_organisation, deputy_user_id,
                            deputy_username)
                        values (:id, :f, :mn, :mo, :mot, :mu, :mun, :dn, :do, :dot, :du, :dun)
                        """)
                .param("id", id).param("f", functionId)
                .param("mn", member.name()).param("mo", member.organisationId()).param("mot", text(member.organisationText()))
                .param("mu", member.userId()).param("mun", member.username())
                .param("dn", text(deputy.name())).param("do", deputy.organisationId()).param("dot", text(deputy.organisationText()))
                .param("du", deputy.userId()).param("dun", deputy.username())
                .update();
        return id;
    }

    void changeSeat(UUID id, UUID functionId, Person member, Person deputy, int version) {
        int changed = jdbc.sql("""
                        update structure.steering_seat set function_id = :f, member_name = :mn, member_organisation_id = :mo,
                            member_organisation = :mot, member_user_id = :mu, member_username = :mun, deputy_name = :dn,
                            deputy_organisation_id = :do, deputy_organisation = :dot, deputy_user_id = :du, deputy_username = :dun,
                            version = version + 1
                        where id = :id and version = :v
                        """)
                .param("id", id).param("v", version).param("f", functionId)
                .param("mn", member.name()).param("mo", member.organisationId()).param("mot", text(member.organisationText()))
                .param("mu", member.userId()).param("mun", member.username())
                .param("dn", text(deputy.name())).param("do", deputy.organisationId()).param("dot", text(deputy.organisationText()))
                .param("du", deputy.userId()).param("dun", deputy.username())
                .update();
        requireChanged(changed, "steering_seat", id);
    }

    /**
     * Gives up a seat. It is kept, because the attendance of past meetings points to it, but it is no longer
     * listed or invited; a meeting still planned forgets what it had recorded for it.
     */
    void removeSeat(UUID id, int version) {
        int changed = jdbc.sql("""
                        update structure.steering_seat set removed_at = now(), version = version + 1
                        where id = :id and version = :v and removed_at is null
                        """)
                .param("id", id).param("v", version).update();
        requireChanged(changed, "steering_seat", id);
        jdbc.sql("delete from structure.steering_attendance a using structure.steering_meeting m "
                        + "where a.meeting_id = m.id and a.seat_id = :id and m.status = 'PLANNED'")
                .param("id", id).update();
    }

    @Transactional(readOnly = true)
    Map<UUID, Long> seatCounts() {
        Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select function_id, count(*) from structure.steering_seat where removed_at is null group by function_id")
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return counts;
    }

    private void lockFunctions() {
        // Positions and the one chair are facts about the whole list: changes of it take turns.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('structure.steering_function'))").query((rs, n) -> null).list();
    }

    private void dropChair() {
        jdbc.sql("update structure.steering_function set chair = false, version = version + 1 where chair").update();
    }

    private void requireChanged(int changed, String table, UUID id) {
        if (changed == 0) {
            boolean exists = jdbc.sql("select exists (select 1 from structure." + table + " where id = :id)")
                    .param("id", id).query(Boolean.class).single();
            if (!exists) {
                throw new NoSuchElementException(table + " " + id);
            }
            throw new OptimisticLockingFailureException(table + " " + id + " was changed meanwhile");
        }
    }

    private static int indexOf(List<Function> all, UUID id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new NoSuchElementException("function " + id);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Function function(ResultSet rs, int row) throws SQLException {
        return new Function(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("position"), rs.getBoolean("chair"),
                rs.getBoolean("active"), rs.getInt("version"));
    }

    private static Seat seat(ResultSet rs, int row) throws SQLException {
        return new Seat(rs.getObject("id", UUID.class), rs.getObject("function_id", UUID.class), rs.getString("function_name"),
                rs.getInt("position"), rs.getBoolean("active"),
                Person.of(rs.getString("member_name"), rs.getObject("member_organisation_id", UUID.class),
                        rs.getString("member_organisation"), rs.getObject("member_user_id", UUID.class), rs.getString("member_username")),
                Person.of(rs.getString("deputy_name"), rs.getObject("deputy_organisation_id", UUID.class),
                        rs.getString("deputy_organisation"), rs.getObject("deputy_user_id", UUID.class), rs.getString("deputy_username")),
                rs.getInt("version"));
    }
}
