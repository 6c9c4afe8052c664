package de.lotse.casework;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A case manager reports a barrier from a case; the form will not let the client's name through. */
class FindingsBrowserTest extends BrowserTestSupport {

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aFindingLeavesTheCaseOnlyWithoutPersonalData() {
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Tesfamariam&givenNames=Senait&birthYear=1994"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        page.getByLabel("Wie kam die Person?").selectOption("Von sich aus");
        page.getByLabel("Erstes Anliegen").fill("Sucht Arbeit in der Pflege");
        page.getByRole(AriaRole.BUTTON, named("Fall eröffnen")).click();
        assertThat(page.getByText("Aus diesem Fall wurde noch keine Hürde gemeldet.")).isVisible();

        page.getByRole(AriaRole.LINK, named("Hürde melden")).click();
        assertAccessible();
        page.getByLabel("Lebensbereich").selectOption("Arbeit");
        page.getByLabel("Hürdenkategorie").selectOption("Wartezeit");
        page.getByLabel("Jobcenter Kreis Lotsenbrück").check();
        page.getByLabel("Beschreibung der Hürde").fill("Frau Tesfamariam wartet seit fünf Monaten auf die Anerkennung als Pflegefachkraft.");
        page.getByRole(AriaRole.BUTTON, named("Hürde melden")).click();

        assertThat(page.locator("#description-error")).containsText("scheint personenbezogene Daten zu enthalten: einen Namen");
        assertThat(page.getByLabel("Beschreibung der Hürde")).hasValue("Frau Tesfamariam wartet seit fünf Monaten auf die Anerkennung als Pflegefachkraft.");
        assertThat(page.getByLabel("Jobcenter Kreis Lotsenbrück")).isChecked();
        assertAccessible();

        page.getByLabel("Beschreibung der Hürde").fill("Die Anerkennung als Pflegefachkraft dauert bei der Bezirksregierung fünf Monate; so lange ist keine Anstellung möglich.");
        page.getByRole(AriaRole.BUTTON, named("Hürde melden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Hürde wurde gemeldet");
        assertThat(page.locator("#findings-heading + ul")).containsText("Arbeit");
        assertThat(page.locator("#findings-heading + ul")).containsText("dauert bei der Bezirksregierung fünf Monate");
        assertThat(page.locator("#findings-heading + ul")).containsText("ohne Fallbezug weitergegeben");
        assertAccessible();
    }
}
