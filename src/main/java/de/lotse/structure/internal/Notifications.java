package de.lotse.structure.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reporters are told inside the application when one of their findings moves on. Stored with the message
 * key and its arguments, so each reader sees it in their own language.
 */
@Service
@Transactional
class Notifications {

    /** {@code subject}: what the news is about besides the topic, such as a measure's title. */
    record Notification(UUID id, UUID findingId, String messageKey, String topicTitle, String status, String subject,
                        Instant createdAt, boolean read) {

        /** The bundle prefix naming {@code status}: a measure's status for news about a measure, else the topic's. */
        public String statusPrefix() {
            return messageKey.startsWith("notification.measure") ? "measure.status." : "topic.status.";
        }
    }

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void tell(UUID recipient, UUID findingId, String messageKey, String topicTitle, String status) {
        tell(recipient, findingId, messageKey, topicTitle, status, null);
    }

    void tell(UUID recipient, UUID findingId, String messageKey, String topicTitle, String status, String subject) {
        jdbc.sql("""
                        insert into structure.notification (id, recipient, finding_id, message_key, topic_title, status, subject)
                        values (:id, :r, :f, :k, :t, :s, :subject)
                        """)
                .param("id", UUID.randomUUID()).param("r", recipient).param("f", findingId).param("k", messageKey)
                .param("t", topicTitle).param("s", status).param("subject", subject).update();
    }

    @Transactional(readOnly = true)
    List<Notification> unread(UUID recipient, int limit) {
        return jdbc.sql("""
                        select id, finding_id, message_key, topic_title, status, subject, created_at, read_at is not null
                        from structure.notification where recipient = :r and read_at is null
                        order by created_at desc, id limit :l
                        """)
                .param("r", recipient).param("l", limit)
                .query((rs, n) -> new Notification(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getBoolean(8)))
                .list();
    }

    @Transactional(readOnly = true)
    int unreadCount(UUID recipient) {
        return jdbc.sql("select count(*) from structure.notification where recipient = :r and read_at is null")
                .param("r", recipient).query(Integer.class).single();
    }

    void markAllRead(UUID recipient) {
        jdbc.sql("update structure.notification set read_at = now() where recipient = :r and read_at is null")
                .param("r", recipient).update();
    }
}
