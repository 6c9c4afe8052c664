package de.lotse.residence.precheck.time;

/**
 * A dated stretch of days, both ends inclusive, as epoch days ({@link java.time.LocalDate#toEpochDay()}).
 * An ongoing span ends at {@link #ONGOING}.
 */
public interface Span {

    /** End day of a span without an end date: it continues as long as the facts stay as given. */
    long ONGOING = Long.MAX_VALUE;

    long fromDay();

    long toDay();

    default boolean covers(long day) {
        return fromDay() <= day && day <= toDay();
    }
}
