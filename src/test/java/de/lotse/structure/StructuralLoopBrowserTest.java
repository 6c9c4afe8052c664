package de.lotse.structure;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The structural loop in the browser: a reporter files a finding, coordination files it under a new topic, a
 * project group drafts a proposal for the Lenkungsgruppe, and the reporter sees the status change and the chain.
 */
class StructuralLoopBrowserTest extends BrowserTestSupport {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aReportedBarrierTravelsThroughTheLoopAndTheReporterSeesIt() {
        signInAsDemo("meldung");
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Meldungen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Meine Meldungen"))).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Hürde melden")).click();
        assertAccessible();

        page.getByLabel("Lebensbereich").selectOption("Arbeit");
        page.getByLabel("Hürdenkategorie").selectOption("Rechtliche Hürde (z. B. Wohnsitzauflage)");
        page.getByLabel("Kommune").selectOption("Lotsenbrück");
        page.getByLabel("Beschreibung").fill("Herr A. (Tel. 0171 2345678) darf wegen der Wohnsitzauflage eine Stelle in Nachbarkreis nicht antreten");
        page.getByRole(AriaRole.BUTTON, named("Meldung absenden")).click();
        assertThat(page.locator("#personal-data-warning")).containsText("eine Telefonnummer");
        assertAccessible();

        String description = "Wohnsitzauflage verhindert Stellenantritt im Nachbarkreis, Umverteilung dauert Monate";
        page.getByLabel("Beschreibung").fill(description);
        page.getByRole(AriaRole.BUTTON, named("Meldung absenden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Meldung ist eingegangen.");
        Locator row = page.locator("#my-findings").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(description));
        assertThat(row).containsText("Eingegangen");
        assertAccessible();
        row.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#finding-status")).hasText("Eingegangen");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        // Coordination opens a new topic from the finding and starts working on it.
        signInAsDemo("koordination");
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Neue Meldungen")).click();
        assertAccessible();
        page.locator("#waiting-findings").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(description)).click();
        assertThat(page.locator("#triage-description")).hasText(description);
        assertAccessible();
        String title = "Wohnsitzauflage und Arbeitsaufnahme im Nachbarkreis";
        page.getByLabel("Titel").fill(title);
        page.getByRole(AriaRole.BUTTON, named("Thema eröffnen und zuordnen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Thema ist eröffnet");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(page.locator("#topic-findings")).containsText(description);
        assertThat(page.locator("#counts-municipality")).containsText("Lotsenbrück");
        assertAccessible();
        page.getByLabel("Neuer Stand").selectOption("In Bearbeitung");
        page.getByRole(AriaRole.BUTTON, named("Stand ändern")).click();
        assertThat(page.locator("#topic-status")).hasText("In Bearbeitung");
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Themenspeicher")).click();
        assertThat(page.locator("#topics").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title)))
                .containsText("In Bearbeitung");
        assertAccessible();

        // A project group on the topic drafts a proposal and puts it before the Lenkungsgruppe.
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Arbeitsgruppen")).click();
        assertAccessible();
        page.getByLabel("Name der Gruppe").fill("PG Wohnsitzauflage");
        page.getByLabel("Projektgruppe", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Thema").selectOption(title);
        page.getByRole(AriaRole.BUTTON, named("Gruppe anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Gruppe ist angelegt.");
        page.getByLabel("Oder Name (externes Mitglied)").fill("Jens Hartmann");
        page.getByLabel("Organisation (externes Mitglied)").fill("Agentur für Arbeit");
        page.getByRole(AriaRole.BUTTON, named("Mitglied aufnehmen")).click();
        assertThat(page.locator("#members")).containsText("Jens Hartmann, Agentur für Arbeit");
        String wording = "Feste Ansprechperson in der ABH für Umverteilungen bei Arbeitsangeboten, Entscheidung binnen zwei Wochen";
        page.getByLabel("Wortlaut").fill(wording);
        page.getByLabel("Erwartete Wirkung").fill("Keine verfallenen Stellenangebote mehr");
        page.getByLabel("Kosten").fill("Keine zusätzlichen");
        page.getByRole(AriaRole.BUTTON, named("Entwurf speichern")).click();
        assertThat(page.locator("#proposals")).containsText("Entwurf");
        page.getByRole(AriaRole.BUTTON, named("Der Lenkungsgruppe vorlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Lösungsvorschlag ist der Lenkungsgruppe vorgelegt.");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        // The reporter sees the news on the start page and the new status of the report.
        signInAsDemo("meldung");
        assertThat(page.getByRole(AriaRole.HEADING, named("Neuigkeiten zu Ihren Meldungen"))).isVisible();
        assertThat(page.locator("#main")).containsText("hat jetzt den Stand: In Bearbeitung");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Alle Ihre Meldungen")).click();
        assertThat(page.locator("#my-findings").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(description)))
                .containsText("In Bearbeitung");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Als gelesen markieren")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("als gelesen markiert");
        page.locator("#my-findings").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(description)).click();
        assertThat(page.locator("#chain")).containsText(title);
        assertThat(page.locator("#chain")).containsText(wording);
        assertAccessible();
    }
}
