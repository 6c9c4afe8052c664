package de.lotse.residence.precheck.facts;

import java.time.LocalDate;

/**
 * A conviction, read from the request. Only convictions dated on or before the evaluation date count; one without
 * a date is taken to exist already.
 */
public record ConvictionFact(int index, LocalDate date, Integer dailyRates, Boolean foreignerSpecificOffence,
                             Boolean juvenileSanctionOtherThanYouthCustody) {

    public boolean existsOn(LocalDate day) {
        return date == null || !date.isAfter(day);
    }

    public String path(String field) {
        return "person.convictions[" + index + "]." + field;
    }
}
