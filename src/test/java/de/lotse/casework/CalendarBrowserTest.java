package de.lotse.casework;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import de.lotse.support.BrowserTestSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case manager plans an appointment and takes it into their calendar, notes a deadline, writes a journal entry
 * with a PDF (and is told, at the field, when a file is too large), and finds it all on the start page.
 */
class CalendarBrowserTest extends BrowserTestSupport {

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void aCaseManagerPlansAppointmentsDeadlinesAndWritesTheJournal() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        // The first page of a cold application on a busy machine may take longer than the usual wait.
        page.navigate(url("/login"), new Page.NavigateOptions().setTimeout(90_000));
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Terminova&givenNames=Mariam&birthYear=1990"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        page.getByLabel("Wie kam die Person?").selectOption("Von sich aus");
        page.getByLabel("Erstes Anliegen").fill("Termin bei der Ausländerbehörde vorbereiten");
        page.getByRole(AriaRole.BUTTON, named("Fall eröffnen")).click();
        assertThat(page.getByText("Keine anstehenden Termine.")).isVisible();
        assertThat(page.getByText("Keine offenen Fristen.")).isVisible();
        assertThat(page.getByText("Noch keine Einträge.")).isHidden();
        String casePath = page.url().replace(url(""), "");

        // An appointment; an end before the start is refused at the field.
        page.getByRole(AriaRole.LINK, named("Termin anlegen")).click();
        assertAccessible();
        page.getByLabel("Datum", exact()).fill(today.plusDays(2).toString());
        page.getByLabel("Beginn", exact()).fill("10:30");
        page.getByLabel("Ende", exact()).fill("09:00");
        page.getByLabel("Ort", new Page.GetByLabelOptions().setExact(false)).first().fill("Ausländerbehörde, Zimmer 114");
        page.getByLabel("Sprachmittlung nötig").check();
        page.getByLabel("Sprache der Sprachmittlung").fill("Arabisch");
        page.getByRole(AriaRole.BUTTON, named("Termin speichern")).click();
        assertThat(page.locator("#endTime-error")).containsText("Das Ende muss nach dem Beginn liegen.");
        assertAccessible();
        page.getByLabel("Ende", exact()).fill("11:30");
        page.getByRole(AriaRole.BUTTON, named("Termin speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Termin wurde angelegt.");
        Locator appointments = page.locator("#appointments");
        assertThat(appointments).containsText("10:30–11:30 Uhr");
        assertThat(appointments).containsText("Sprachmittlung: Arabisch");

        // Its calendar file, read back. Downloaded in a second tab: a download ends its request the way a failed
        // load does, which the checks on the first tab would count as a missing resource.
        Page tab = context.newPage();
        tab.navigate(page.url());
        Download download = tab.waitForDownload(() -> tab.locator("#appointments").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("als Kalenderdatei herunterladen")).click());
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(Files.readAllBytes(download.path())));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getSummary().getValue()).startsWith("Termin Fallmanagement").doesNotContain("Terminova");
        assertThat(events.getFirst().getLocation().getValue()).isEqualTo("Ausländerbehörde, Zimmer 114");
        tab.close();

        // A deadline already past is overdue.
        page.getByRole(AriaRole.LINK, named("Frist anlegen")).click();
        page.getByLabel("Art der Frist").selectOption("Antwort einer Behörde");
        page.getByLabel("Fällig am").fill(today.minusDays(2).toString());
        page.getByLabel("Beschreibung").fill("Antwort der Familienkasse Terminova");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Frist speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Frist wurde angelegt.");
        assertThat(page.locator("#deadlines .lotse-due-item--overdue")).containsText("Überfällig");
        assertAccessible();

        // A journal note with a PDF; a file over 20 MB gets a message at the field.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ganzes Journal ansehen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Journal des Falls");
        assertAccessible();
        page.getByLabel("Art des Eintrags").selectOption("Notiz");
        page.getByLabel("Inhalt").fill("Bescheid der Familienkasse abgelegt, Rückfrage vorbereitet.");
        page.locator("#document").setInputFiles(new FilePayload("bescheid.pdf", "application/pdf",
                CalendarAndJournalIntegrationTest.realPdf()));
        page.getByRole(AriaRole.BUTTON, named("Eintrag speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Eintrag wurde gespeichert.");
        Locator timeline = page.locator("#timeline");
        assertThat(timeline).containsText("Bescheid der Familienkasse abgelegt");
        assertThat(timeline.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("bescheid.pdf"))).isVisible();
        assertThat(timeline).containsText("Statuswechsel");
        assertAccessible();

        // A file on disk, as a person picks it: the browser reads it itself instead of receiving 21 MB from the test.
        java.nio.file.Path large = Files.createTempFile("scan", ".pdf");
        try {
            byte[] content = new byte[21 * 1024 * 1024];
            System.arraycopy("%PDF-1.4".getBytes(), 0, content, 0, 8);
            Files.write(large, content);
            page.getByLabel("Art des Eintrags").selectOption("Notiz");
            page.getByLabel("Inhalt").fill("Großer Scan");
            page.locator("#document").setInputFiles(large);
            page.getByRole(AriaRole.BUTTON, named("Eintrag speichern")).click(new Locator.ClickOptions().setTimeout(60_000));
        } finally {
            Files.deleteIfExists(large);
        }
        assertThat(page.locator("#document-error")).containsText("Die Datei ist größer als 20 MB.");
        assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
        assertAccessible();

        // The case page shows the latest entries; the start page what is due.
        page.navigate(url(casePath));
        assertThat(page.locator("#journal")).containsText("Bescheid der Familienkasse abgelegt");
        page.navigate(url("/"));
        assertThat(page.locator("#due-overdue")).containsText("Antwort der Familienkasse Terminova");
        assertThat(page.locator("#due-overdue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Terminova, Mariam")).first())
                .isVisible();
        assertAccessible();
        page.locator("#due-overdue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Terminova, Mariam")).first().click();
        assertThat(page.locator("#case-status")).containsText("Erstkontakt");
    }
}
