package de.lotse.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The administration pages as an administrator and a data protection officer use them, each checked with
 * axe-core, including the states with field errors and the error pages.
 */
class AdminPagesBrowserTest extends BrowserTestSupport {

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void anAdministratorKeepsTheOrganisations() {
        signInAsDemo("admin");
        page.getByRole(AriaRole.LINK, named("Organisationen")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Organisationen"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Jobcenter Kreis Lotsenbrück"))).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, named("Neue Organisation anlegen")).click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Bitte korrigieren Sie die folgenden Angaben:");
        assertThat(page.locator("#name-error")).containsText("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
        assertAccessible();

        String name = "Integrationsrat Grauheide " + System.nanoTime() % 100000;
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Art").selectOption("Sonstige");
        page.getByLabel("Zuständig für Kommune").selectOption("Grauheide");
        page.getByLabel("Postleitzahl").fill("5999");
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.locator("#postalCode-error")).containsText("fünfstellige Postleitzahl");
        page.getByLabel("Postleitzahl").fill("59990");
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Organisation wurde angelegt.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, named("Organisation deaktivieren")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Organisation wurde deaktiviert.");
        assertAccessible();
    }

    @Test
    void anAdministratorCreatesAUserWhoMustChooseAPassword() {
        signInAsDemo("admin");
        page.navigate(url("/admin/users"));
        assertThat(page.getByRole(AriaRole.CELL, named("Leyla Demir"))).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, named("Neuen Benutzer anlegen")).click();
        assertAccessible();
        String username = "b.neu" + System.nanoTime() % 100000;
        page.getByLabel("Benutzername").fill(username);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Berit Neumann");
        page.getByLabel("Organisation").selectOption("Diakonisches Werk im Kreis Lotsenbrück");
        page.getByLabel("Case Management").check();
        page.getByLabel("Vorläufiges Passwort").fill("qwerty123456");
        page.getByRole(AriaRole.BUTTON, named("Benutzer anlegen")).click();
        assertThat(page.locator("#initialPassword-error")).containsText("10.000 häufigsten Passwörtern");
        assertAccessible();
        page.getByLabel("Vorläufiges Passwort").fill("Ein vorläufiges Passwort");
        page.getByRole(AriaRole.BUTTON, named("Benutzer anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Benutzer wurde angelegt.");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();
        signIn(username, "Ein vorläufiges Passwort");
        page.waitForURL(url("/account/password"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bitte wählen Sie jetzt ein eigenes.");
        assertAccessible();
        page.getByLabel("Bisheriges Passwort").fill("Ein vorläufiges Passwort");
        page.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true)).fill("Mein eigener Satz als Passwort");
        page.getByLabel("Neues Passwort wiederholen").fill("Mein eigener Satz als Passwort");
        page.getByRole(AriaRole.BUTTON, named("Passwort ändern")).click();
        page.waitForURL(url("/"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihr Passwort wurde geändert.");
    }

    @Test
    void theDataProtectionOfficerChecksTheAuditTrail() {
        signInAsDemo("datenschutz");
        page.getByRole(AriaRole.LINK, named("Protokoll")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Protokoll der Zugriffe"))).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, named("Anmeldung")).first()).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Prüfkette kontrollieren")).click();
        assertThat(page.locator("#verification-result")).containsText("Die Prüfkette ist vollständig und unverändert");
        assertAccessible();
    }

    @Test
    void errorPagesAreGermanAndAccessible() {
        signInAsDemo("koordination");
        page.navigate(url("/admin/users"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Kein Zugriff");
        assertAccessible();
        page.navigate(url("/account/password"));
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();
        signInAsDemo("admin");
        page.navigate(url("/admin/organisations/00000000-0000-4000-8000-000000000000"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Seite nicht gefunden");
        assertAccessible();
    }
}
