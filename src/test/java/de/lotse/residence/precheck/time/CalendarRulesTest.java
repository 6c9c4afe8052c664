package de.lotse.residence.precheck.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarRulesTest {

    @ParameterizedTest(name = "{0} + {1} years complete on {2}")
    @CsvSource({
        // The examples of the issue: a run from 2019-03-01 completes three years on 2022-03-01; a person born
        // 2000-03-15 turns 27 on 2027-03-15.
        "2019-03-01, 3, 2022-03-01",
        "2000-03-15, 27, 2027-03-15",
        // A leap day start: in a common year the corresponding day is missing, so the period ends with
        // 28 February and is complete on 1 March (§ 188 Abs. 3 BGB, see CalendarRules).
        "2020-02-29, 3, 2023-03-01",
        "2000-02-29, 27, 2027-03-01",
        // In a leap year the corresponding day exists.
        "2020-02-29, 4, 2024-02-29",
        // Month ends other than February are not shifted.
        "2021-01-31, 1, 2022-01-31",
        "2019-12-31, 1, 2020-12-31"
    })
    void anniversary(LocalDate start, int years, LocalDate complete) {
        assertThat(CalendarRules.anniversary(start, years)).isEqualTo(complete);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2016-09-01, 2026-03-01, 9 Jahre 6 Monate",
        "2022-06-02, 2024-03-01, 1 Jahr 8 Monate 28 Tage",
        "2024-03-01, 2024-03-02, 1 Tag",
        "2024-03-01, 2024-03-01, 0 Tage",
        "2020-01-01, 2021-02-01, 1 Jahr 1 Monat"
    })
    void germanDuration(LocalDate from, LocalDate to, String text) {
        assertThat(GermanFormat.duration(from, to)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"2016-09-01, 01.09.2016", "2027-12-31, 31.12.2027"})
    void germanDate(LocalDate date, String text) {
        assertThat(GermanFormat.date(date)).isEqualTo(text);
    }
}
