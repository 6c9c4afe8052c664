package de.lotse.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A case manager assesses a life area, records a change of legal domain with weeks between and sees the gap
 * flagged, and records the residence status with a document that expires soon.
 */
class AssessmentBrowserTest extends BrowserTestSupport {

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aCaseManagerAssessesAndRecordsTheHistories() {
        // The first page of a run renders slowly on a busy machine.
        page.setDefaultNavigationTimeout(60_000);
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Tesfay&givenNames=Senait&birthYear=1996"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        page.getByLabel("Wie kam die Person?").selectOption("Von sich aus");
        page.getByLabel("Erstes Anliegen").fill("Sucht eine Wohnung");
        page.getByRole(AriaRole.BUTTON, named("Fall eröffnen")).click();
        assertThat(page.locator("#assessment-HOUSING")).containsText("Noch nicht bewertet");
        assertThat(page.getByText("Noch kein Rechtskreis erfasst.")).isVisible();
        assertAccessible();

        // Assessment of one life area, first without the need.
        page.getByRole(AriaRole.LINK, named("Bewerten Wohnen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Assessment: Wohnen"))).isVisible();
        assertAccessible();
        page.getByLabel("Situation").fill("Lebt seit acht Monaten in der Gemeinschaftsunterkunft");
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.locator("#need-error")).containsText("Bitte wählen Sie den Bedarf aus.");
        assertAccessible();
        page.getByLabel("Bedarf").selectOption("Hoher Bedarf");
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Assessment wurde gespeichert.");
        assertThat(page.locator("#assessment-HOUSING")).containsText("Hoher Bedarf");
        assertThat(page.locator("#assessment-HOUSING")).containsText("Leyla Demir");
        assertThat(page.locator("#assessment-WORK")).containsText("Noch nicht bewertet");

        // AsylbLG until the end of January, SGB II only from March: the gap is flagged.
        page.locator("#ld-domain").selectOption("AsylbLG");
        page.locator("#ld-from").fill("2022-01-01");
        page.locator("#ld-to").fill("2024-01-31");
        page.getByRole(AriaRole.BUTTON, named("Rechtskreis hinzufügen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Rechtskreis wurde erfasst.");
        page.locator("#ld-domain").selectOption("SGB II");
        page.locator("#ld-from").fill("2024-03-01");
        page.getByRole(AriaRole.BUTTON, named("Rechtskreis hinzufügen")).click();
        assertThat(page.locator("#legal-domain-changes")).containsText("AsylbLG → SGB II am 01.03.2024");
        assertThat(page.locator("#legal-domains")).containsText("Lücke vom 01.02.2024 bis 29.02.2024: keine Leistungen zugeordnet");
        assertAccessible();

        // A second SGB II at the same time is refused at the field.
        page.locator("#ld-domain").selectOption("SGB II");
        page.locator("#ld-from").fill("2024-06-01");
        page.getByRole(AriaRole.BUTTON, named("Rechtskreis hinzufügen")).click();
        assertThat(page.locator("#from-error")).containsText("überschneidet sich mit SGB II seit 01.03.2024");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Zurück zum Fall von Senait Tesfay")).click();

        // The residence status, with a document that expires in 30 days.
        String soon = LocalDate.now().plusDays(30).toString();
        page.locator("#rp-status").selectOption("Aufenthaltsgestattung");
        page.locator("#rp-from").fill("2022-01-01");
        page.locator("#rp-to").fill("2024-01-31");
        page.getByRole(AriaRole.BUTTON, named("Status hinzufügen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Aufenthaltsstatus wurde erfasst.");
        page.locator("#rp-status").selectOption("Aufenthaltserlaubnis");
        page.locator("#rp-legalBasis").fill("25 Abs. 2");
        page.locator("#rp-from").fill("2024-02-01");
        page.locator("#rp-documentValidUntil").fill(soon);
        page.getByRole(AriaRole.BUTTON, named("Status hinzufügen")).click();
        assertThat(page.locator("#residence")).containsText("nach § 25 Abs. 2");
        assertThat(page.locator("#current-document")).containsText("Aktuelles Dokument (Aufenthaltserlaubnis) gültig bis "
                + LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(page.locator("#current-document")).containsText("Läuft in 30 Tagen ab");
        assertAccessible();

        // Ending the permit's period before it began is refused; the history stays as it was.
        page.getByLabel("Ende am (Aufenthaltserlaubnis seit 01.02.2024)").fill("2023-01-01");
        page.getByRole(AriaRole.BUTTON, named("Beenden (Aufenthaltserlaubnis seit 01.02.2024)")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Das Ende darf nicht vor dem Beginn liegen.");
        assertAccessible();
    }
}
