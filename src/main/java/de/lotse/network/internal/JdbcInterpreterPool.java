package de.lotse.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.lotse.network.Interpreter;
import de.lotse.network.InterpreterBooking;
import de.lotse.network.InterpreterPool;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interpreters and their bookings in PostgreSQL.
 */
@Repository
@Transactional(readOnly = true)
class JdbcInterpreterPool implements InterpreterPool {

    private final JdbcClient jdbc;

    JdbcInterpreterPool(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Interpreter> get(UUID id) {
        return jdbc.sql("select * from network.interpreter where id = :id").param("id", id).query(JdbcInterpreterPool::map).optional();
    }

    @Override
    public List<Interpreter> active() {
        return jdbc.sql("select * from network.interpreter where active order by lower(name)").query(JdbcInterpreterPool::map).list();
    }

    List<Interpreter> all() {
        return jdbc.sql("select * from network.interpreter order by active desc, lower(name)").query(JdbcInterpreterPool::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from network.interpreter").query(Long.class).single();
    }

    @Override
    public List<LanguageCount> countsPerLanguage() {
        return jdbc.sql("""
                        with languages as (
                            select distinct l as language from network.interpreter, unnest(languages) l
                            union select language from network.interpreter_booking)
                        select g.language,
                            (select count(*) from network.interpreter i where i.active and g.language = any(i.languages)),
                            (select count(*) from network.interpreter_booking b where b.language = g.language and b.status = 'REQUESTED'),
                            (select count(*) from network.interpreter_booking b where b.language = g.language and b.status = 'CONFIRMED'),
                            (select count(*) from network.interpreter_booking b where b.language = g.language and b.status = 'CANCELLED')
                        from languages g order by g.language
                        """)
                .query((rs, n) -> new LanguageCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    List<String> languages() {
        return jdbc.sql("select distinct l from network.interpreter, unnest(languages) l where active order by l")
                .query(String.class).list();
    }

    @Transactional
    UUID create(Interpreter interpreter) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into network.interpreter (id, name, languages, municipality_ids, availability, phone, email, active)
                        values (:id, :name, :languages, :municipalities, :availability, :phone, :email, :active)
                        """)
                .param("id", id).param("name", interpreter.name())
                .param("languages", interpreter.languages().toArray(String[]::new))
                .param("municipalities", interpreter.municipalityIds().toArray(UUID[]::new))
                .param("availability", interpreter.availability()).param("phone", interpreter.phone())
                .param("email", interpreter.email()).param("active", interpreter.active())
                .update();
        return id;
    }

    @Transactional
    void update(Interpreter interpreter) {
        int updated = jdbc.sql("""
                        update network.interpreter set name = :name, languages = :languages, municipality_ids = :municipalities,
                            availability = :availability, phone = :phone, email = :email, active = :active,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .param("id", interpreter.id()).param("version", interpreter.version()).param("name", interpreter.name())
                .param("languages", interpreter.languages().toArray(String[]::new))
                .param("municipalities", interpreter.municipalityIds().toArray(UUID[]::new))
                .param("availability", interpreter.availability()).param("phone", interpreter.phone())
                .param("email", interpreter.email()).param("active", interpreter.active())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("interpreter " + interpreter.id() + " changed meanwhile");
        }
    }

    /** Books an interpreter; the caller has checked the confirmation that the appointment has no legal consequences. */
    @Transactional
    UUID book(UUID interpreterId, Instant startsAt, String language, UUID municipalityId, String purpose, UUID bookedBy,
              UUID bookedByOrganisation, UUID appointmentId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into network.interpreter_booking (id, interpreter_id, starts_at, language, municipality_id, purpose,
                            booked_by, booked_by_organisation, appointment_id, status, no_legal_consequences_confirmed)
                        values (:id, :interpreter, :startsAt, :language, :municipality, :purpose, :bookedBy, :organisation,
                            :appointment, 'REQUESTED', true)
                        """)
                .param("id", id).param("interpreter", interpreterId)
                .param("startsAt", java.sql.Timestamp.from(startsAt)).param("language", language)
                .param("municipality", municipalityId).param("purpose", purpose).param("bookedBy", bookedBy)
                .param("organisation", bookedByOrganisation).param("appointment", appointmentId)
                .update();
        return id;
    }

    Optional<InterpreterBooking> booking(UUID id) {
        return jdbc.sql("select * from network.interpreter_booking where id = :id").param("id", id)
                .query(JdbcInterpreterPool::mapBooking).optional();
    }

    /** Bookings from yesterday on, soonest first; {@code bookedBy} null for all of them. */
    List<InterpreterBooking> upcomingBookings(UUID bookedBy) {
        String mine = bookedBy == null ? "" : " and booked_by = :bookedBy";
        var spec = jdbc.sql("select * from network.interpreter_booking where starts_at >= now() - interval '1 day'" + mine
                + " order by starts_at limit 300");
        if (bookedBy != null) {
            spec = spec.param("bookedBy", bookedBy);
        }
        return spec.query(JdbcInterpreterPool::mapBooking).list();
    }

    @Transactional
    boolean setStatus(UUID id, InterpreterBooking.Status status, int version) {
        return jdbc.sql("""
                        update network.interpreter_booking set status = :status, version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .param("id", id).param("status", status.name()).param("version", version).update() == 1;
    }

    static Interpreter map(ResultSet rs, int row) throws SQLException {
        return new Interpreter(rs.getObject("id", UUID.class), rs.getString("name"), JdbcOffers.strings(rs.getArray("languages")),
                JdbcOffers.uuids(rs.getArray("municipality_ids")), rs.getString("availability"), rs.getString("phone"),
                rs.getString("email"), rs.getBoolean("active"), rs.getInt("version"));
    }

    static InterpreterBooking mapBooking(ResultSet rs, int row) throws SQLException {
        return new InterpreterBooking(rs.getObject("id", UUID.class), rs.getObject("interpreter_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(), rs.getString("language"), rs.getObject("municipality_id", UUID.class),
                rs.getString("purpose"), rs.getObject("booked_by", UUID.class), rs.getObject("booked_by_organisation", UUID.class),
                rs.getObject("appointment_id", UUID.class), InterpreterBooking.Status.valueOf(rs.getString("status")),
                rs.getInt("version"));
    }
}
