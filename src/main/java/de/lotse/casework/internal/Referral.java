package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A referral (Vermittlung): a need of the client handed to an organisation of the network, optionally to one of
 * its offers, with the latest outcome; earlier outcomes are kept in {@code casework.referral_outcome}.
 *
 * @param offerId an offer of the network module, or null
 * @param outcome null until the organisation has answered
 * @param expectedOn for {@link ReferralOutcome#WAITING}: when a place or an answer is expected
 */
@Table(schema = "casework", name = "referral")
public record Referral(
        @Id UUID id,
        UUID clientCase,
        UUID organisationId,
        UUID offerId,
        String purpose,
        LocalDate referredOn,
        ReferralOutcome outcome,
        LocalDate expectedOn,
        String outcomeReason,
        LocalDate outcomeOn,
        @Version Integer version,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt) {

    /** Days after the referral without any outcome before it counts as overdue. */
    public static final int DAYS_WITHOUT_OUTCOME = 14;

    /** Overdue: waiting past the expected date, or still without an outcome two weeks after the referral. */
    public boolean overdueOn(LocalDate day) {
        if (outcome == null) {
            return day.isAfter(referredOn.plusDays(DAYS_WITHOUT_OUTCOME));
        }
        return outcome == ReferralOutcome.WAITING && expectedOn != null && expectedOn.isBefore(day);
    }

    Referral withOutcome(ReferralOutcome outcome, LocalDate expectedOn, String reason, LocalDate on, Integer expectedVersion) {
        return new Referral(id, clientCase, organisationId, offerId, purpose, referredOn, outcome,
                outcome.needsExpectedDate() ? expectedOn : null, reason, on, expectedVersion, createdBy, createdAt, Instant.now());
    }

    /** Used by Spring Data after each save; the version comes from the database. */
    Referral withVersion(Integer version) {
        return new Referral(id, clientCase, organisationId, offerId, purpose, referredOn, outcome, expectedOn, outcomeReason,
                outcomeOn, version, createdBy, createdAt, updatedAt);
    }
}
