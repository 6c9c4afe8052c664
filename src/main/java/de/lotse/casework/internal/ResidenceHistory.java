package de.lotse.casework.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.casework.ResidencePeriod;
import de.lotse.casework.ResidenceStatus;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's residence status over time as dated periods, in the shape the pre-check reads, and the expiry of
 * the current document. A person has one status at a time, so periods never overlap. Audited, within the
 * caller's organisation.
 */
@Service
@Transactional
public class ResidenceHistory {

    static final String RECORD_TYPE = "RESIDENCE_HISTORY";
    /** How far ahead an expiring document is flagged: enough time to book the appointment at the ABH. */
    public static final int EXPIRY_WARNING_DAYS = 60;

    public record Entry(UUID id, ResidenceStatus status, String legalBasis, LocalDate from, LocalDate to,
                        LocalDate documentValidUntil, int version) implements Timeline.Span {

        ResidencePeriod toPeriod() {
            return new ResidencePeriod(status, legalBasis, from, to, documentValidUntil);
        }
    }

    /** The document of the current period and how it stands on {@code today}. */
    public record CurrentDocument(ResidenceStatus status, LocalDate validUntil, long daysLeft) {

        public boolean expired() {
            return daysLeft < 0;
        }

        public boolean expiringSoon() {
            return daysLeft >= 0 && daysLeft <= EXPIRY_WARNING_DAYS;
        }
    }

    public record Overview(List<Entry> periods, List<Timeline.Gap> gaps, CurrentDocument currentDocument) {
    }

    public record NewPeriod(ResidenceStatus status, String legalBasis, LocalDate from, LocalDate to, LocalDate documentValidUntil) {
    }

    private final JdbcClient jdbc;
    private final ClientScope scope;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    ResidenceHistory(JdbcClient jdbc, ClientScope scope, AuditTrail audit, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The client's history, or empty for a client of another organisation. */
    public Optional<Overview> of(UUID clientId, LocalDate today) {
        if (!scope.visible(clientId)) {
            return Optional.empty();
        }
        audit.record(AuditAction.READ, RECORD_TYPE, clientId.toString(), ClientRegistry.PURPOSE);
        List<Entry> periods = entries(clientId);
        return Optional.of(new Overview(periods, Timeline.gaps(periods), current(periods, today)));
    }

    /**
     * The period running on {@code today}, or else the last one begun; its document, if one is known. A document
     * of an ended period is no longer current.
     */
    static CurrentDocument current(List<Entry> periods, LocalDate today) {
        Optional<Entry> current = periods.stream()
                .filter(p -> !p.from().isAfter(today) && (p.to() == null || !p.to().isBefore(today)))
                .findFirst()
                .or(() -> periods.stream().filter(p -> p.to() == null).max(Comparator.comparing(Entry::from)));
        return current.filter(p -> p.documentValidUntil() != null)
                .map(p -> new CurrentDocument(p.status(), p.documentValidUntil(), ChronoUnit.DAYS.between(today, p.documentValidUntil())))
                .orElse(null);
    }

    public UUID add(UUID clientId, NewPeriod period) {
        scope.lock(clientId);
        if (period.to() != null && period.to().isBefore(period.from())) {
            throw new PeriodRejected("to", "period.toBeforeFrom");
        }
        if (period.legalBasis() != null && !period.status().hasLegalBasis()) {
            throw new PeriodRejected("legalBasis", "residence.legalBasis.onlyPermit");
        }
        if (period.documentValidUntil() != null && period.documentValidUntil().isBefore(period.from())) {
            throw new PeriodRejected("documentValidUntil", "residence.documentBeforeFrom");
        }
        for (Entry other : entries(clientId)) {
            if (Timeline.overlap(period.from(), period.to(), other)) {
                throw new PeriodRejected("from", "residence.overlap",
                        new DefaultMessageSourceResolvable("residenceStatus." + other.status().name()), Dates.german(other.from()),
                        Dates.german(other.to()), other.to() == null ? 0 : 1);
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into casework.residence_period (id, client_id, status, legal_basis, valid_from, valid_to,
                                                               document_valid_until, recorded_by)
                        values (:id, :client, :status, :basis, :from, :to, :until, :by)""")
                .param("id", id).param("client", clientId).param("status", period.status().name())
                .param("basis", period.legalBasis()).param("from", period.from()).param("to", period.to())
                .param("until", period.documentValidUntil()).param("by", currentUser.require().id()).update();
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
        jdbc.sql("update casework.residence_period set valid_to = :to, version = version + 1 where id = :id and version = :version")
                .param("to", to).param("id", periodId).param("version", version).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, clientId.toString(), ClientRegistry.PURPOSE);
    }

    List<Entry> entries(UUID clientId) {
        return jdbc.sql("""
                        select id, status, legal_basis, valid_from, valid_to, document_valid_until, version
                        from casework.residence_period where client_id = :client order by valid_from, recorded_at""")
                .param("client", clientId)
                .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), ResidenceStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7)))
                .list();
    }
}
