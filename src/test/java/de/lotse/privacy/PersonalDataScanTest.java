package de.lotse.privacy;

import java.util.List;

import de.lotse.privacy.PersonalDataScan.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataScanTest {

    private final PersonalDataScan scan = new PersonalDataScan();
    private final List<String> household = List.of("Al-Hassan", "Mohammed", "الحسن", "Zoë Müller-Lüdenscheidt");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Herr Al-Hassan wartet seit Monaten auf einen Termin beim Jobcenter.|NAME",
            "mohammed bekommt keinen Sprachkurs|NAME",
            "Der Antrag von الحسن liegt seit März bei der ABH.|NAME",
            "Frau Müller-Lüdenscheidt hat keine Kita|NAME",
            "Frau Kovalenko findet keine Wohnung|NAME",
            "Geboren am 02.04.1990, wartet auf Anerkennung|DATE",
            "geb. 1990-04-02|DATE",
            "seit dem 2. April 2024 ohne Leistungen|DATE",
            "Erreichbar unter 0221 1234567|PHONE",
            "Rückruf +49 171 2345678 erbeten|PHONE",
            "Kontakt: m.alhassan@example.org|EMAIL",
            "Az. 123/45 bei der Wohngeldstelle|FILE_NUMBER",
            "BG-Nummer 12345BG0012345 gesperrt|FILE_NUMBER",
            "Vorgang ABH-2024-0815 liegt seit Wochen|FILE_NUMBER"})
    void findsPersonalData(String text, Kind expected) {
        assertThat(scan.scan(text, household)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Die Wohnsitzauflage verhindert die Aufnahme einer Arbeit in der Nachbarstadt.",
            "Seit März 2024 warten Geflüchtete im Schnitt 14 Wochen auf einen B1-Kurs.",
            "Zwischen AsylbLG und SGB II entsteht beim Rechtskreiswechsel eine Lücke von 6 bis 8 Wochen.",
            "Das Jobcenter und die Familienkasse halten sich beide für unzuständig (§ 25a AufenthG, SGB II).",
            "2025 gab es 120 Plätze in 3 Kursen, im Jahr 2026 nur noch 80.",
            "Termine bei der Ausländerbehörde sind nur online buchbar; viele haben kein Smartphone."})
    void leavesStructuralDescriptionsAlone(String text) {
        assertThat(scan.scan(text, household)).isEmpty();
    }

    @Test
    void shortNamePartsDoNotMatchEveryWord() {
        assertThat(scan.scan("Die Ämter arbeiten an der Schnittstelle nicht zusammen.", List.of("Li An"))).isEmpty();
    }

    @Test
    void nothingToScan() {
        assertThat(scan.scan(null, household)).isEmpty();
        assertThat(scan.scan("  ", household)).isEmpty();
    }
}
