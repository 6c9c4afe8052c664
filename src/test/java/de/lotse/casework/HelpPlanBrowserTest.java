package de.lotse.casework;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A case manager plans with the client: adds a goal with a step, refers to an organisation (refused without the
 * client's consent, stored with it, the second time through an offer picked from the network's search), records the organisation's answer, reads an earlier plan version, and closes
 * the case with an outcome for the goal. Every page is checked with axe.
 */
class HelpPlanBrowserTest extends BrowserTestSupport {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void aCaseManagerPlansRefersAndClosesWithGoalOutcomes() {
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Darwish&givenNames=Rania&birthYear=1993"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        page.getByLabel("Zweck").selectOption("Case Management");
        page.getByLabel("Identität").check();
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde erfasst.");
        page.getByLabel("Wie kam die Person?").selectOption("Von sich aus");
        page.getByLabel("Erstes Anliegen").fill("Sprachkurs und Arbeit");
        page.getByRole(AriaRole.BUTTON, named("Fall eröffnen")).click();
        page.getByRole(AriaRole.BUTTON, named("Weiter zu: Clearing")).click();
        page.getByRole(AriaRole.BUTTON, named("Weiter zu: Assessment")).click();
        page.getByRole(AriaRole.BUTTON, named("Weiter zu: Hilfeplanung")).click();
        assertThat(page.locator("#case-status")).containsText("Hilfeplanung");
        assertThat(page.locator("#help-plan")).containsText("Noch keine Ziele vereinbart.");
        assertThat(page.locator("#referrals")).containsText("Noch keine Vermittlung.");
        assertAccessible();

        // A goal, first without the required fields.
        page.getByRole(AriaRole.LINK, named("Ziel hinzufügen")).click();
        page.getByLabel("Ziel", exact()).fill("");
        page.getByRole(AriaRole.BUTTON, named("Ziel speichern")).click();
        assertThat(page.locator("#lifeArea-error")).containsText("Bitte wählen Sie einen Wert aus.");
        assertThat(page.locator("#wording-error")).containsText("Bitte füllen Sie dieses Feld aus.");
        assertAccessible();
        page.getByLabel("Lebensbereich").selectOption("Sprache");
        page.getByLabel("Ziel", exact()).fill("Deutsch auf Niveau B1");
        page.getByRole(AriaRole.BUTTON, named("Ziel speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Ziel wurde in den Hilfeplan aufgenommen.");
        assertThat(page.locator("#help-plan")).containsText("Sprache: Deutsch auf Niveau B1");

        // A step taken by an organisation, which must then be named; due yesterday, so overdue.
        page.getByRole(AriaRole.LINK, named("Schritt hinzufügen")).click();
        page.getByLabel("Was", exact()).fill("Kursplatz mit Kinderbetreuung anfragen");
        page.getByLabel("Wer", exact()).selectOption("Eine Organisation des Netzwerks");
        page.getByLabel("Fällig am").fill(LocalDate.now().minusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, named("Schritt speichern")).click();
        assertThat(page.locator("#organisationId-error")).containsText("Bitte wählen Sie die Organisation, die den Schritt übernimmt.");
        assertAccessible();
        page.getByLabel("Organisation", exact()).selectOption(new SelectOption().setLabel("Volkshochschule Kreis Lotsenbrück"));
        page.getByRole(AriaRole.BUTTON, named("Schritt speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Schritt wurde aufgenommen.");
        Locator stepRow = page.locator("#help-plan").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Kursplatz"));
        assertThat(stepRow).containsText("Volkshochschule Kreis Lotsenbrück");
        assertThat(stepRow).containsText("überfällig");
        assertAccessible();

        // A referral without the client's consent is refused at the recipient, in German, and nothing is stored.
        page.getByRole(AriaRole.LINK, named("Vermittlung erfassen")).click();
        page.getByLabel("Organisation").selectOption(new SelectOption().setLabel("Jobcenter Kreis Lotsenbrück"));
        page.getByLabel("Anliegen").fill("Beratung zur Arbeitsaufnahme");
        page.getByRole(AriaRole.BUTTON, named("Vermittlung speichern")).click();
        assertThat(page.locator("#organisationId-error"))
                .containsText("Keine gültige Einwilligung für die Vermittlung an Jobcenter Kreis Lotsenbrück");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Zurück zum Fall von Rania Darwish")).click();
        assertThat(page.locator("#referrals")).containsText("Noch keine Vermittlung.");

        // The consent to referral to the Jobcenter, recorded on the client page; then the referral goes through.
        page.getByRole(AriaRole.LINK, named("Zurück zu Rania Darwish")).click();
        page.getByLabel("Zweck").selectOption("Vermittlung an eine Organisation");
        page.getByLabel("Empfänger").selectOption(new SelectOption().setLabel("Jobcenter Kreis Lotsenbrück"));
        page.getByLabel("Identität").check();
        page.getByLabel("Kontaktdaten").check();
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde erfasst.");
        page.locator("#cases").getByRole(AriaRole.LINK).first().click();
        page.getByRole(AriaRole.LINK, named("Vermittlung erfassen")).click();
        // This time through an offer of the network: searched, picked, and its organisation is taken over.
        page.getByLabel("Suchbegriff").fill("Bewerbungscoaching");
        page.getByLabel("Art des Angebots").selectOption("Arbeit und Beschäftigung");
        page.getByRole(AriaRole.BUTTON, named("Suchen")).click();
        assertThat(page.locator("#offer-results tbody tr").first()).containsText("Jobcenter Kreis Lotsenbrück");
        assertAccessible();
        page.locator("#offer-results").getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("#picked-offer")).containsText("Gewähltes Angebot: Bewerbungscoaching");
        assertThat(page.locator("#organisationId option:checked")).hasText("Jobcenter Kreis Lotsenbrück");
        assertAccessible();
        page.getByLabel("Anliegen").fill("Beratung zur Arbeitsaufnahme");
        page.getByRole(AriaRole.BUTTON, named("Vermittlung speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Vermittlung wurde gespeichert.");
        assertThat(page.locator("#referrals")).containsText("Noch keine Rückmeldung");
        assertThat(page.locator("#referrals")).containsText("Bewerbungscoaching");

        // The Jobcenter's answer: on the waiting list, which needs the expected date.
        page.locator("#referrals").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Jobcenter Kreis Lotsenbrück")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vermittlung an Jobcenter Kreis Lotsenbrück");
        assertAccessible();
        page.getByLabel("Ergebnis").selectOption("Auf der Warteliste");
        page.getByRole(AriaRole.BUTTON, named("Ergebnis speichern")).click();
        assertThat(page.locator("#expectedOn-error")).containsText("Bitte geben Sie an, bis wann");
        assertAccessible();
        page.getByLabel("Erwartet bis").fill(LocalDate.now().plusDays(21).toString());
        page.getByRole(AriaRole.BUTTON, named("Ergebnis speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Ergebnis der Vermittlung wurde gespeichert.");
        assertThat(page.locator("#referrals")).containsText("Auf der Warteliste");

        // The first version of the plan, read-only: the goal without its step.
        page.getByRole(AriaRole.LINK, named("Frühere Fassungen des Hilfeplans")).click();
        assertThat(page.getByRole(AriaRole.ROW)).hasCount(3);
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Fassung 1")).click();
        assertThat(page.getByRole(AriaRole.NOTE)).containsText("Ziel hinzugefügt");
        assertThat(page.getByText("Noch keine Schritte.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Schritt hinzufügen"))).hasCount(0);
        assertAccessible();

        // Closing: reason, date, and the outcome of the open goal (a goal not reached needs a reason).
        page.navigate(page.url().replaceAll("/help-plan/versions/1$", ""));
        page.getByRole(AriaRole.LINK, named("Fall abschließen")).click();
        assertThat(page.getByRole(AriaRole.GROUP, named("Sprache: Deutsch auf Niveau B1"))).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Fall abschließen")).click();
        assertThat(page.locator("#reason-error")).containsText("Bitte wählen Sie einen Wert aus.");
        assertThat(page.locator("[id='goals0.outcome-error']")).containsText("Bitte wählen Sie das Ergebnis dieses Ziels.");
        assertAccessible();
        page.getByLabel("Grund des Abschlusses").selectOption("Von der Person beendet");
        page.getByLabel("Ergebnis").selectOption("Nicht erreicht");
        page.getByRole(AriaRole.BUTTON, named("Fall abschließen")).click();
        assertThat(page.locator("[id='goals0.reason-error']")).containsText("Bitte begründen Sie");
        page.getByLabel("Begründung").fill("Die Person hat eine Arbeit ohne Sprachkurs aufgenommen");
        page.getByRole(AriaRole.BUTTON, named("Fall abschließen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Fall wurde abgeschlossen.");
        assertThat(page.locator("#case-status")).containsText("Abschluss");
        assertThat(page.locator("#case-status")).containsText("Von der Person beendet");
        assertThat(page.locator("#help-plan")).containsText("Nicht erreicht");
        assertThat(page.locator("#help-plan")).containsText("Die Person hat eine Arbeit ohne Sprachkurs aufgenommen");
        assertThat(page.getByRole(AriaRole.LINK, named("Ziel hinzufügen"))).hasCount(0);
        assertAccessible();
    }

    @Test
    void theStartPageListsOverdueReferralsOfTheDemoCases() {
        signInAsDemo("fallmanagement");
        assertThat(page.getByRole(AriaRole.HEADING, named("Überfällige Vermittlungen in meinen Fällen"))).isVisible();
        Locator first = page.locator(".lotse-overdue-list").getByRole(AriaRole.LINK).first();
        assertThat(first).containsText("Vermittlung an");
        assertAccessible();
        first.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Vermittlung an");
        assertThat(page.locator("#referral-outcome")).containsText("überfällig");
        assertAccessible();
    }
}
