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
    }
}
