package de.lotse.residence.precheck.facts;

import de.lotse.residence.precheck.time.Span;

/**
 * A period of school attendance, read from the request.
 *
 * @param index      position in the request's list
 * @param fromDay    first day (epoch day)
 * @param toDay      last day (epoch day), {@link Span#ONGOING} if ongoing
 * @param successful attended successfully; null = unknown
 */
public record SchoolPeriod(int index, long fromDay, long toDay, Boolean successful) implements Span {

    public String successfulPath() {
        return "person.schoolAttendance[" + index + "].successful";
    }
}
