package de.lotse.casework;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A case manager builds a family's household from one member's page and merges a duplicate record. */
class HouseholdsBrowserTest extends BrowserTestSupport {

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private void register(String family, String given, int year) {
        page.navigate(url("/clients/new?familyName=" + family + "&givenNames=" + given + "&birthYear=" + year));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
    }

    @Test
    void aHouseholdIsBuiltFromOneMemberAndSeenFromTheOther() {
        signInAsDemo("fallmanagement");
        register("Yusufzai", "Malalai", 2012);
        register("Yusufzai", "Parwin", 1984);
        assertThat(page.locator("#household")).containsText("Keine Haushaltsmitglieder");

        page.getByRole(AriaRole.LINK, named("Haushalt und Familie bearbeiten")).click();
        assertAccessible();
        page.getByLabel("Familienname").fill("Yusufzai");
        page.getByLabel("Vorname(n)").fill("Malalai");
        page.getByRole(AriaRole.BUTTON, named("Suchen")).click();
        page.getByLabel("Verwandtschaft von Malalai Yusufzai").selectOption("Kind");
        page.getByRole(AriaRole.BUTTON, named("Malalai Yusufzai zum Haushalt hinzufügen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person gehört jetzt zum Haushalt.");
        assertThat(page.locator("#household-members")).containsText("Malalai Yusufzai");
        assertAccessible();

        page.getByRole(AriaRole.LINK, named("Malalai Yusufzai")).click();
        assertThat(page.locator("#household")).containsText("Parwin Yusufzai (Elternteil)");
        assertAccessible();
    }

    @Test
    void aDuplicateIsMergedAfterComparisonAndConfirmation() {
        signInAsDemo("fallmanagement");
        register("Mohammadi", "Sohrab", 1979);
        register("Muhammadi", "Sohrab", 1979);

        page.getByRole(AriaRole.LINK, named("Doppelten Datensatz zusammenführen")).click();
        assertAccessible();
        page.locator("#candidates").getByRole(AriaRole.LINK).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Sohrab Mohammadi")).click();
        assertThat(page.locator("#comparison")).containsText("Sohrab Mohammadi");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Zusammenführen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte bestätigen Sie");
        page.getByLabel("Ich habe geprüft, dass beide Datensätze dieselbe Person beschreiben.").check();
        page.getByRole(AriaRole.BUTTON, named("Zusammenführen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Datensätze wurden zusammengeführt.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Sohrab Muhammadi");
        assertThat(page.locator("dl")).containsText("Sohrab Mohammadi");
        assertAccessible();
    }
}
