package de.lotse.structure;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import de.lotse.casework.FindingRaised;
import de.lotse.support.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Findings raised in casework reach the backlog through Spring Modulith's JDBC event publication registry:
 * stored once however often they are delivered, and delivered again when the application stopped between
 * publishing and handling.
 */
@LotseIntegrationTest
class FindingInboxIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    static FindingRaised finding(UUID id, String description) {
        return new FindingRaised(id, UUID.randomUUID(), "WORK", "LEGAL_RESTRICTION", List.of(), null, description,
                UUID.randomUUID(), UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void theSameFindingDeliveredTwiceIsStoredOnce() {
        UUID id = UUID.randomUUID();
        FindingRaised event = finding(id, "Wohnsitzauflage verhindert Arbeitsaufnahme in der Nachbarstadt");

        // One delivery after the other, as a redelivery after a restart comes: the registry tells publications of
        // equal events apart only by their stored id, not while both are in flight at once.
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(completedPublicationsOf(id)).isEqualTo(1));
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(completedPublicationsOf(id)).isEqualTo(2));
        assertThat(jdbc.sql("select count(*) from structure.finding where id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select description from structure.finding where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Wohnsitzauflage verhindert Arbeitsaufnahme in der Nachbarstadt");
    }

    @Test
    void aPublicationLeftIncompleteByARestartIsDeliveredAndStored() {
        // A real publication first, so that the stored row has exactly the registry's own format.
        UUID template = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(finding(template, "Wartezeit beim Jobcenter")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(completedPublicationsOf(template)).isEqualTo(1));
        var stored = jdbc.sql("""
                        select listener_id, event_type, serialized_event from platform.event_publication
                        where serialized_event like :id
                        """)
                .param("id", "%" + template + "%")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();

        // What the registry holds when the application stopped after the change committed and before the
        // listener ran: a publication without completion date, for a finding the backlog does not know yet.
        UUID lost = UUID.randomUUID();
        UUID publication = UUID.randomUUID();
        jdbc.sql("""
                        insert into platform.event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            status, completion_attempts)
                        values (:id, :listener, :type, :event, now() - interval '10 minutes', 'PUBLISHED', 0)
                        """)
                .param("id", publication).param("listener", stored[0]).param("type", stored[1])
                .param("event", stored[2].replace(template.toString(), lost.toString())).update();
        assertThat(findingCount(lost)).isZero();

        // On restart Modulith resubmits incomplete publications (republish-outstanding-events-on-restart);
        // the same mechanism, called for this one publication only.
        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(findingCount(lost)).isEqualTo(1);
            assertThat(jdbc.sql("select completion_date is not null from platform.event_publication where id = :id")
                    .param("id", publication).query(Boolean.class).single()).isTrue();
        });
    }

    private int completedPublicationsOf(UUID findingId) {
        return jdbc.sql("select count(*) from platform.event_publication where serialized_event like :id and completion_date is not null")
                .param("id", "%" + findingId + "%").query(Integer.class).single();
    }

    private int findingCount(UUID id) {
        return jdbc.sql("select count(*) from structure.finding where id = :id").param("id", id).query(Integer.class).single();
    }
}
