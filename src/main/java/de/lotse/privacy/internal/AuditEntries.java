package de.lotse.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only store of the audit trail. It offers appending and reading, and nothing else.
 */
@Repository
public class AuditEntries {

    /** Serialises appends across all application nodes; released when the appending transaction ends. */
    private static final long CHAIN_LOCK = 0x4c6f747365417564L;

    public record NewEntry(UUID actorUserId, String actorUsername, UUID actorOrganisationId, String action,
                           String recordType, String recordId, String purpose) {
    }

    public record Filter(String actorUsername, String recordType, String recordId) {

        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(NewEntry entry) {
        return appendAll(List.of(entry)).getFirst();
    }

    /** Appends the entries in the given order under one hold of the chain lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditEntry> appendAll(List<NewEntry> newEntries) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query((rs, n) -> 1).list();
        record Head(long sequence, String hash) {
        }
        Head head = jdbc.sql("select sequence, entry_hash from privacy.audit_entry order by sequence desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional().orElse(new Head(0, AuditHash.GENESIS));
        List<AuditEntry> appended = new java.util.ArrayList<>();
        for (NewEntry entry : newEntries) {
            AuditEntry written = write(entry, head.sequence() + 1, head.hash());
            appended.add(written);
            head = new Head(written.sequence(), written.entryHash());
        }
        return appended;
    }

    private AuditEntry write(NewEntry entry, long sequence, String previousHash) {
        // PostgreSQL keeps microseconds; hash exactly what will be read back.
        Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.of(sequence, occurredAt, entry.actorUserId(), entry.actorUsername(),
                entry.actorOrganisationId(), entry.action(), entry.recordType(), entry.recordId(), entry.purpose(), previousHash);
        jdbc.sql("""
                        insert into privacy.audit_entry (sequence, occurred_at, actor_user_id, actor_username,
                            actor_organisation_id, action, record_type, record_id, purpose, previous_hash, entry_hash)
                        values (:sequence, :occurredAt, :actorUserId, :actorUsername, :actorOrganisationId, :action,
                            :recordType, :recordId, :purpose, :previousHash, :entryHash)
                        """)
                .param("sequence", sequence)
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("actorUserId", entry.actorUserId())
                .param("actorUsername", entry.actorUsername())
                .param("actorOrganisationId", entry.actorOrganisationId())
                .param("action", entry.action())
                .param("recordType", entry.recordType())
                .param("recordId", entry.recordId())
                .param("purpose", entry.purpose())
                .param("previousHash", previousHash)
                .param("entryHash", hash)
                .update();
        return new AuditEntry(sequence, occurredAt, entry.actorUserId(), entry.actorUsername(), entry.actorOrganisationId(),
                entry.action(), entry.recordType(), entry.recordId(), entry.purpose(), previousHash, hash);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> newest(Filter filter, int offset, int limit) {
        return jdbc.sql("""
                        select * from privacy.audit_entry
                        where (cast(:actor as text) is null or lower(actor_username) = lower(:actor))
                          and (cast(:recordType as text) is null or record_type = :recordType)
                          and (cast(:recordId as text) is null or record_id = :recordId)
                        order by sequence desc offset :offset limit :limit
                        """)
                .param("actor", filter.actorUsername())
                .param("recordType", filter.recordType())
                .param("recordId", filter.recordId())
                .param("offset", offset)
                .param("limit", limit)
                .query(AuditEntries::entry)
                .list();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from privacy.audit_entry").query(Long.class).single();
    }

    /** Reads every entry in chain order, in batches, so that millions of entries need little memory. */
    @Transactional(readOnly = true)
    public void forEachInOrder(Consumer<AuditEntry> action) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select * from privacy.audit_entry where sequence > :after order by sequence limit 5000")
                    .param("after", after)
                    .query(AuditEntries::entry)
                    .list();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            after = batch.getLast().sequence();
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("sequence"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_user_id", UUID.class),
                rs.getString("actor_username"),
                rs.getObject("actor_organisation_id", UUID.class),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("purpose"),
                rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }
}
