package de.lotse.structure;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The structural loop in the browser: a reporter files a finding, coordination files it under a new topic,
 * and the reporter sees the status change.
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
    }
}
