package de.lotse.casework;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A case from intake to closure and back: case work beyond first contact waits for the client's consent.
 */
class CasesBrowserTest extends BrowserTestSupport {

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aCaseMovesThroughItsLifecycleOnlyWithConsent() {
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Haidari&givenNames=Zahra&birthYear=1999"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        assertThat(page.getByText("Noch kein Fall.")).isVisible();

        page.getByRole(AriaRole.BUTTON, named("Fall eröffnen")).click();
        assertThat(page.locator("#intakeChannel-error")).containsText("Bitte wählen Sie einen Wert aus.");
        assertThat(page.locator("#firstConcern-error")).containsText("Bitte füllen Sie dieses Feld aus.");
        assertAccessible();
        page.getByLabel("Wie kam die Person?").selectOption("Über das Jobcenter");
        page.getByLabel("Erstes Anliegen").fill("Sucht eine Wohnung und einen Sprachkurs");
        page.getByRole(AriaRole.BUTTON, named("Fall eröffnen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Fall wurde eröffnet.");
        assertThat(page.locator("#case-status")).containsText("Erstkontakt");
        assertAccessible();

        // Without consent the case stays at first contact.
        page.getByRole(AriaRole.BUTTON, named("Weiter zu: Clearing")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("braucht die Fallarbeit eine gültige Einwilligung");
        assertThat(page.locator("#case-status")).containsText("Erstkontakt");

        page.getByRole(AriaRole.LINK, named("Zurück zu Zahra Haidari")).click();
        page.getByLabel("Zweck").selectOption("Case Management");
        page.getByLabel("Identität").check();
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde erfasst.");
        page.locator("#cases").getByRole(AriaRole.LINK).first().click();

        page.getByRole(AriaRole.BUTTON, named("Weiter zu: Clearing")).click();
        assertThat(page.locator("#case-status")).containsText("Clearing");
        page.getByRole(AriaRole.BUTTON, named("Weiter zu: Assessment")).click();
        assertThat(page.locator("#case-status")).containsText("Assessment");

        page.getByRole(AriaRole.LINK, named("Fall abschließen")).click();
        page.getByRole(AriaRole.BUTTON, named("Fall abschließen")).click();
        assertThat(page.locator("#reason-error")).containsText("Bitte wählen Sie einen Wert aus.");
        assertAccessible();
        page.getByLabel("Grund des Abschlusses").selectOption("Verzogen");
        page.getByRole(AriaRole.BUTTON, named("Fall abschließen")).click();
        assertThat(page.locator("#case-status")).containsText("Abschluss");
        assertThat(page.locator("#case-status")).containsText("Verzogen");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, named("Fall wieder eröffnen")).click();
        assertThat(page.locator("#case-status")).containsText("Clearing");
        Locator history = page.getByRole(AriaRole.LIST).filter(new Locator.FilterOptions().setHasText("Erstkontakt"));
        assertThat(history.getByRole(AriaRole.LISTITEM)).hasCount(5);
        assertThat(history).containsText("Abschluss (Verzogen)");

        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Fälle")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Meine Fälle");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Haidari, Zahra"))).containsText("Clearing");
        assertAccessible();
    }

    @Test
    void aTeamLeadSeesTheTeamsCasesWithTheirCaseManagers() {
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Bakr&givenNames=Samir&birthYear=1975"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        page.getByLabel("Wie kam die Person?").selectOption("Von sich aus");
        page.getByLabel("Erstes Anliegen").fill("Anerkennung des Berufsabschlusses");
        page.getByRole(AriaRole.BUTTON, named("Fall eröffnen")).click();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        signInAsDemo("teamleitung");
        page.navigate(url("/cases"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Meine Fälle");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Bakr, Samir"))).hasCount(0);
        page.getByRole(AriaRole.LINK, named("Fälle des ganzen Teams zeigen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Fälle des Teams");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Bakr, Samir"))).containsText("Leyla Demir");
        assertAccessible();
    }
}
