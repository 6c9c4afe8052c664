package de.lotse.residence.precheck.facts;

import de.lotse.residence.precheck.time.Span;

/**
 * A residence status period, read from the request.
 *
 * @param index        position in the request's list, for the JSON path of missing facts
 * @param status       the status
 * @param permitBasis  the parsed legal basis of a residence permit, null if not given
 * @param fromDay      first day (epoch day)
 * @param toDay        last day (epoch day), {@link Span#ONGOING} if ongoing
 */
public record StatusPeriod(int index, ResidenceStatus status, PermitBasis permitBasis, long fromDay, long toDay)
        implements Span {

    /** JSON path of this period's legal basis. */
    public String legalBasisPath() {
        return "person.residencePeriods[" + index + "].legalBasis";
    }

    /**
     * Whether this is a residence permit under § 104c AufenthG: null if it is a residence permit whose legal basis
     * is not known.
     */
    public Boolean isPermitUnder104c() {
        if (status != ResidenceStatus.AUFENTHALTSERLAUBNIS) {
            return Boolean.FALSE;
        }
        return permitBasis == null ? null : permitBasis.is104c();
    }
}
