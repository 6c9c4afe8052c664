package de.lotse.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as German users read them in messages. */
final class Dates {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {
    }

    static String german(LocalDate date) {
        return date == null ? "" : GERMAN.format(date);
    }
}
