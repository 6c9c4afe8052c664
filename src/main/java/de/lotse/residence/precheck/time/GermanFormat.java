package de.lotse.residence.precheck.time;

import java.time.LocalDate;
import java.time.Period;

/** German wording of dates and durations for explanations. Hand-written because it runs on every pre-check. */
public final class GermanFormat {

    private GermanFormat() {
    }

    /** Formatted dates by epoch day, direct-mapped: pre-checks keep meeting the same few dates. */
    private static final int CACHE_SIZE = 1 << 12;
    private static final FormattedDate[] CACHE = new FormattedDate[CACHE_SIZE];

    /** Immutable, so a slot can be read and replaced without locking. */
    private record FormattedDate(long epochDay, String text) {
    }

    /** "01.09.2016". */
    public static String date(LocalDate date) {
        return date(date.toEpochDay());
    }

    public static String date(long epochDay) {
        int slot = (int) (epochDay & (CACHE_SIZE - 1));
        FormattedDate cached = CACHE[slot];
        if (cached != null && cached.epochDay() == epochDay) {
            return cached.text();
        }
        String text = format(LocalDate.ofEpochDay(epochDay));
        CACHE[slot] = new FormattedDate(epochDay, text);
        return text;
    }

    private static String format(LocalDate date) {
        char[] text = new char[10];
        twoDigits(text, 0, date.getDayOfMonth());
        text[2] = '.';
        twoDigits(text, 3, date.getMonthValue());
        text[5] = '.';
        int year = date.getYear();
        text[6] = (char) ('0' + year / 1000 % 10);
        text[7] = (char) ('0' + year / 100 % 10);
        text[8] = (char) ('0' + year / 10 % 10);
        text[9] = (char) ('0' + year % 10);
        return new String(text);
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }

    /** Appends "01.09.2016". */
    public static StringBuilder appendDate(StringBuilder text, LocalDate date) {
        return text.append(date(date.toEpochDay()));
    }

    public static StringBuilder appendDate(StringBuilder text, long epochDay) {
        return text.append(date(epochDay));
    }

    private static final String[] YEARS = {"0 Jahre", "1 Jahr", "2 Jahre", "3 Jahre", "4 Jahre", "5 Jahre",
        "6 Jahre", "7 Jahre", "8 Jahre", "9 Jahre", "10 Jahre"};

    /** "6 Jahre", "1 Jahr". */
    public static String years(int years) {
        return years >= 0 && years < YEARS.length ? YEARS[years] : years + " Jahre";
    }

    /** The calendar length from {@code from} (inclusive) to {@code to} (exclusive): "5 Jahre 3 Monate 12 Tage". */
    public static String duration(LocalDate from, LocalDate to) {
        return appendDuration(new StringBuilder(24), from, to).toString();
    }

    /** Length of a number of days starting on {@code from}, in calendar units. */
    public static String duration(long fromDay, long days) {
        return duration(LocalDate.ofEpochDay(fromDay), LocalDate.ofEpochDay(fromDay + days));
    }

    /** Appends the length of a number of days starting on {@code fromDay}, without an intermediate string. */
    public static StringBuilder appendDuration(StringBuilder text, long fromDay, long days) {
        return appendDuration(text, LocalDate.ofEpochDay(fromDay), LocalDate.ofEpochDay(fromDay + days));
    }

    private static StringBuilder appendDuration(StringBuilder text, LocalDate from, LocalDate to) {
        Period period = Period.between(from, to);
        int before = text.length();
        append(text, before, period.getYears(), YEAR_UNITS, "Jahre");
        append(text, before, period.getMonths(), MONTH_UNITS, "Monate");
        append(text, before, period.getDays(), DAY_UNITS, "Tage");
        return text.length() == before ? text.append("0 Tage") : text;
    }

    /** "1 Jahr", "2 Jahre", … prebuilt, so a duration is at most five appends. */
    private static final String[] YEAR_UNITS = units(30, "Jahr", "Jahre");
    private static final String[] MONTH_UNITS = units(11, "Monat", "Monate");
    private static final String[] DAY_UNITS = units(31, "Tag", "Tage");

    private static String[] units(int max, String singular, String plural) {
        String[] units = new String[max + 1];
        for (int i = 0; i <= max; i++) {
            units[i] = i + " " + (i == 1 ? singular : plural);
        }
        return units;
    }

    private static void append(StringBuilder text, int start, int amount, String[] units, String plural) {
        if (amount == 0) {
            return;
        }
        if (text.length() > start) {
            text.append(' ');
        }
        if (amount < units.length) {
            text.append(units[amount]);
        } else {
            text.append(amount).append(' ').append(plural);
        }
    }
}
