package de.lotse.residence;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * From a case to the ABH: a case manager runs a pre-check from a client's case, saves it to the case, fails to hand
 * it over without consent, records the consent and hands it over; the ABH officer finds it, records the application
 * and sees the person in the screening.
 */
class PreCheckCaseBrowserTest extends BrowserTestSupport {

    static final String ABH = "Ausländer- und Einbürgerungsbehörde Kreis Lotsenbrück";

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private Locator field(String id) {
        return page.locator("[id='" + id + "']");
    }

    private void mainNavigation(String entry) {
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry).setExact(true)).click();
    }

    @Test
    void aCaseManagerSavesAPreCheckToTheCaseAndHandsItToTheAbh() {
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Osmani&givenNames=Ardita&birthYear=1988"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        page.getByLabel("Zweck").selectOption("Case Management");
        page.getByLabel("Identität").check();
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde erfasst.");
        page.getByLabel("Wie kam die Person?").selectOption("Von sich aus");
        page.getByLabel("Erstes Anliegen").fill("Bleiberecht nach langer Duldung");
        page.getByRole(AriaRole.BUTTON, named("Fall eröffnen")).click();
        assertThat(page.locator("#pre-checks")).containsText("Für diesen Fall ist noch keine Vorprüfung gespeichert.");
        assertAccessible();

        page.getByRole(AriaRole.LINK, named("Vorprüfung für diesen Fall")).click();
        assertThat(page.locator("#precheck-case")).containsText("Ardita Osmani");
        assertAccessible();
        page.getByLabel("Stichtag").fill("2026-03-01");
        page.getByLabel("Geburtsdatum").fill("1988-06-15");
        field("residencePeriods[0].status").selectOption("AUFENTHALTSGESTATTUNG");
        field("residencePeriods[0].from").fill("2018-01-10");
        field("residencePeriods[0].to").fill("2018-05-31");
        field("residencePeriods[1].status").selectOption("DULDUNG");
        field("residencePeriods[1].from").fill("2018-06-01");
        page.getByLabel("Deutschkenntnisse (Niveau nach GER)").selectOption("A2");
        for (String fact : new String[] {"civicKnowledgeProven", "mainlyFromEmployment", "schoolAgeChildrenAttendSchool",
                "fdgoCommitment", "identityClarified"}) {
            field(fact + "-yes").check();
        }
        for (String fact : new String[] {"livesWithMinorUnmarriedChild", "deceptionOrObstruction", "expulsionInterest",
                "illnessOrDisabilityPreventsRequirement"}) {
            field(fact + "-no").check();
        }
        page.getByLabel("Keine Verurteilungen").check();
        page.getByRole(AriaRole.BUTTON, named("Vorprüfung durchführen")).click();
        assertThat(page.getByRole(AriaRole.ARTICLE, named("§ 25b AufenthG – nachhaltige Integration"))).containsText("Am Stichtag erfüllt.");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, named("Im Fall speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Vorprüfung ist im Fall gespeichert.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Gespeicherte Vorprüfung: Ardita Osmani");
        assertThat(page.locator("#reproduction")).containsText("Nachgeprüft");
        assertThat(page.locator("#law-versions")).containsText("AUFENTHG_25B@2022-12-31");
        assertAccessible();

        // Without the consent to this hand-off nothing is shared.
        page.getByLabel("Behörde").selectOption(new SelectOption().setLabel(ABH));
        page.getByRole(AriaRole.BUTTON, named("Vorprüfung übergeben")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Es wurde nichts geteilt.");
        assertAccessible();
        String savedPreCheck = page.url();

        page.getByRole(AriaRole.LINK, named("Zurück zum Fall von Ardita Osmani")).click();
        page.getByRole(AriaRole.LINK, named("Zurück zu Ardita Osmani")).click();
        page.getByLabel("Zweck").selectOption("Übergabe einer Vorprüfung an die Ausländerbehörde");
        page.getByLabel("Empfänger").selectOption(new SelectOption().setLabel(ABH));
        page.getByLabel("Identität").check();
        page.getByLabel("Aufenthalt").check();
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde erfasst.");

        page.navigate(savedPreCheck);
        page.getByLabel("Behörde").selectOption(new SelectOption().setLabel(ABH));
        page.getByRole(AriaRole.BUTTON, named("Vorprüfung übergeben")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Vorprüfung ist an die Behörde übergeben.");
        assertThat(page.locator("#hand-offs")).containsText("Übergeben");
        assertAccessible();

        page.getByRole(AriaRole.LINK, named("Zurück zum Fall von Ardita Osmani")).click();
        assertThat(page.locator("#saved-pre-checks")).containsText("§ 25b AufenthG – nachhaltige Integration: Erfüllt");
        assertAccessible();

        mainNavigation("Screening");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Screening Bleiberecht und Einbürgerung");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        signInAsDemo("abh");
        mainNavigation("Übergaben");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Ardita Osmani")).click();
        assertThat(page.locator("#hand-off-status")).containsText("Übergeben");
        assertThat(page.locator("#shared-facts")).containsText("Duldung");
        assertAccessible();
        page.getByLabel("Schritt").selectOption("Antrag gestellt");
        page.getByLabel("Bemerkung").fill("Antrag nach § 25b persönlich abgegeben");
        page.getByRole(AriaRole.BUTTON, named("Schritt erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Schritt ist erfasst.");
        assertThat(page.locator("#hand-off-status")).containsText("Antrag gestellt");
        assertThat(page.locator("#hand-off-history").getByRole(AriaRole.LISTITEM)).hasCount(2);
        assertAccessible();

        mainNavigation("Screening");
        assertThat(page.locator("#screening")).containsText("Ardita Osmani");
        assertAccessible();
    }
}
