package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.casework.LegalDomain;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's legal domains (Rechtskreise) over time: recorded as dated periods, shown with the changes between
 * them (Rechtskreiswechsel) and the gaps no period covers. A domain never overlaps itself, and the livelihood
 * domains exclude one another (see {@link LegalDomain#mayRunAlongside}). Audited, within the caller's organisation.
 */
@Service
@Transactional
public class LegalDomainHistory {

    static final String RECORD_TYPE = "LEGAL_DOMAINS";

    public record Entry(UUID id, LegalDomain domain, LocalDate from, LocalDate to, int version) implements Timeline.Span {
    }

    /** A Rechtskreiswechsel: {@code to} began on {@code on} after {@code from} had ended. */
    public record Change(LegalDomain from, LegalDomain to, LocalDate on) {
    }

    public record Overview(List<Entry> periods, List<Change> changes, List<Timeline.Gap> gaps) {
    }

    private final JdbcClient jdbc;
    private final ClientScope scope;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    LegalDomainHistory(JdbcClient jdbc, ClientScope scope, AuditTrail audit, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The client's history, or empty for a client of another organisation. */
    public Optional<Overview> of(UUID clientId) {
        if (!scope.visible(clientId)) {
            return Optional.empty();
        }
        audit.record(AuditAction.READ, RECORD_TYPE, clientId.toString(), ClientRegistry.PURPOSE);
        List<Entry> periods = entries(clientId);
        return Optional.of(new Overview(periods, changes(periods), Timeline.gaps(periods)));
    }

    /** Records a period; {@link PeriodRejected} names the field if it ends before it starts or overlaps. */
    public UUID add(UUID clientId, LegalDomain domain, LocalDate from, LocalDate to) {
        scope.lock(clientId);
        if (to != null && to.isBefore(from)) {
            throw new PeriodRejected("to", "period.toBeforeFrom");
        }
        for (Entry other : entries(clientId)) {
            if (Timeline.overlap(from, to, other) && !domain.mayRunAlongside(other.domain())) {
                throw new PeriodRejected("from", domain == other.domain() ? "legalDomain.overlap.same" : "legalDomain.overlap.exclusive",
                        label(other.domain()), Dates.german(other.from()), other.to() == null ? "" : Dates.german(other.to()),
                        other.to() == null ? 0 : 1);
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into casework.legal_domain_period (id, client_id, domain, valid_from, valid_to, recorded_by)
                        values (:id, :client, :domain, :from, :to, :by)""")
                .param("id", id).param("client", clientId).param("domain", domain.name()).param("from", from)
                .param("to", to).param("by", currentUser.require().id()).update();
        audit.record(AuditAction.CREATE, RECORD_TYPE, clientId.toString(), ClientRegistry.PURPOSE);
        return id;
    }

    /** Ends a running period on {@code to}; {@code version} is the one the caller saw. */
    public void end(UUID clientId, UUID periodId, LocalDate to, int version) {
        scope.lock(clientId);
        Entry period = entries(clientId).stream().filter(e -> e.id().equals(periodId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no such period"));
        if (period.version() != version) {
            throw new PeriodChangedMeanwhile();
        }
        if (to.isBefore(period.from())) {
            throw new PeriodRejected("to", "period.toBeforeFrom");
        }
        // Ending a period cannot make it overlap; it can only open a gap, which the overview shows.
        jdbc.sql("update casework.legal_domain_period set valid_to = :to, version = version + 1 where id = :id and version = :version")
                .param("to", to).param("id", periodId).param("version", version).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, clientId.toString(), ClientRegistry.PURPOSE);
    }

    List<Entry> entries(UUID clientId) {
        return jdbc.sql("""
                        select id, domain, valid_from, valid_to, version from casework.legal_domain_period
                        where client_id = :client order by valid_from, valid_to nulls last, recorded_at""")
                .param("client", clientId)
                .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), LegalDomain.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5)))
                .list();
    }

    /**
     * A period follows the one that ended last before it began; a change is such a pair of different domains.
     * Jugendhilfe (SGB VIII) runs on its own track beside the others, so it neither makes nor hides a change.
     */
    static List<Change> changes(List<Entry> periods) {
        List<Entry> track = periods.stream().filter(e -> e.domain() != LegalDomain.SGB_VIII).toList();
        return track.stream()
                .flatMap(next -> track.stream()
                        .filter(previous -> previous.to() != null && previous.to().isBefore(next.from()))
                        .max(Comparator.comparing(Entry::to))
                        .filter(previous -> previous.domain() != next.domain())
                        .map(previous -> new Change(previous.domain(), next.domain(), next.from()))
                        .stream())
                .toList();
    }

    private static DefaultMessageSourceResolvable label(LegalDomain domain) {
        return new DefaultMessageSourceResolvable("legalDomain." + domain.name());
    }
}
