package de.lotse.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client's residence status and legal domains over time, for other modules (the pre-check takes the residence
 * history over, the start page lists expiring documents). Within the caller's organisation only, and audited:
 * a client of another organisation has no history here, as if unknown.
 */
public interface ClientHistories {

    /** The residence periods in chronological order; empty for a client the caller may not see. */
    List<ResidencePeriod> residencePeriods(UUID clientId);

    /** The legal domain periods in chronological order; empty for a client the caller may not see. */
    List<LegalDomainPeriod> legalDomainPeriods(UUID clientId);

    /**
     * The current residence documents of the organisation's clients that expire between {@code from} and
     * {@code until} (both inclusive), soonest first. Empty unless {@code organisationId} is the caller's own.
     */
    List<ExpiringDocument> documentsExpiring(UUID organisationId, LocalDate from, LocalDate until);

    /**
     * The organisation's clients whose current legal domain periods end between {@code from} and {@code until},
     * soonest first (a Bescheid running out). Empty unless {@code organisationId} is the caller's own.
     */
    List<EndingLegalDomain> legalDomainsEnding(UUID organisationId, LocalDate from, LocalDate until);
}
