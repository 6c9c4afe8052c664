package de.lotse.casework;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole path of one person through case management, as a case manager walks it: search, registration,
 * consent, intake, assessment, help plan, referral, appointment, finding and closure, with the axe check on every
 * page on the way. (The keyboard-only pass through registration is in ClientsBrowserTest.)
 */
class CaseManagerWalkthroughBrowserTest extends BrowserTestSupport {

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void oneCaseFromSearchToClosure() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        signInAsDemo("fallmanagement");

        // Search before registering: nobody alike in the organisation yet.
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Klient:innen")).click();
        page.getByLabel("Familienname").fill("Wardak-Rundgang");
        page.getByLabel("Vorname(n)").fill("Nilofar");
        page.getByLabel("Geburtsjahr").fill("1988");
        page.getByRole(AriaRole.BUTTON, named("Suchen")).click();
        assertThat(page.getByText("Keine ähnliche Person in Ihrer Organisation gefunden.")).isVisible();
        assertAccessible();

        // Registration, prefilled from the search.
        page.getByRole(AriaRole.LINK, named("Neue Klientin oder neuen Klienten anlegen")).click();
        assertAccessible();
        page.getByLabel("Sprachen").fill("Dari, Englisch");
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person wurde angelegt.");
        assertAccessible();

        // Consents: case management, the anonymised use of findings, and a referral to the Jobcenter.
        page.getByLabel("Zweck").selectOption("Case Management");
        page.getByLabel("Identität").check();
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde erfasst.");
        page.getByLabel("Zweck").selectOption("Anonymisierte Nutzung von Hürden für die Strukturarbeit");
        page.getByLabel("Fallnotizen").check();
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde erfasst.");
        page.getByLabel("Zweck").selectOption("Vermittlung an eine Organisation");
        page.getByLabel("Empfänger").selectOption(new SelectOption().setLabel("Jobcenter Kreis Lotsenbrück"));
        page.getByLabel("Identität").check();
        page.getByLabel("Kontaktdaten").check();
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde erfasst.");
        assertAccessible();

        // Intake.
        page.getByLabel("Wie kam die Person?").selectOption("Über das Jobcenter");
        page.getByLabel("Erstes Anliegen").fill("Sucht Arbeit als Schneiderin und einen Sprachkurs");
        page.getByRole(AriaRole.BUTTON, named("Fall eröffnen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Fall wurde eröffnet.");
        page.getByRole(AriaRole.BUTTON, named("Weiter zu: Clearing")).click();
        page.getByRole(AriaRole.BUTTON, named("Weiter zu: Assessment")).click();
        assertThat(page.locator("#case-status")).containsText("Assessment");
        assertAccessible();

        // Assessment of the life area work.
        page.getByRole(AriaRole.LINK, named("Bewerten Arbeit")).click();
        assertAccessible();
        page.getByLabel("Situation").fill("Gelernte Schneiderin, ohne anerkannten Abschluss");
        page.getByLabel("Bedarf").selectOption("Hoher Bedarf");
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Assessment wurde gespeichert.");
        assertThat(page.locator("#assessment-WORK")).containsText("Hoher Bedarf");

        // Help plan: one goal with a step.
        page.getByRole(AriaRole.BUTTON, named("Weiter zu: Hilfeplanung")).click();
        page.getByRole(AriaRole.LINK, named("Ziel hinzufügen")).click();
        assertAccessible();
        page.getByLabel("Lebensbereich").selectOption("Arbeit");
        page.getByLabel("Ziel", exact()).fill("Arbeit in einer Änderungsschneiderei");
        page.getByRole(AriaRole.BUTTON, named("Ziel speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Ziel wurde in den Hilfeplan aufgenommen.");
        page.getByRole(AriaRole.LINK, named("Schritt hinzufügen")).click();
        page.getByLabel("Was", exact()).fill("Bewerbungsunterlagen zusammenstellen");
        page.getByLabel("Wer", exact()).selectOption("Die Person selbst");
        page.getByLabel("Fällig am").fill(today.plusDays(14).toString());
        page.getByRole(AriaRole.BUTTON, named("Schritt speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Schritt wurde aufgenommen.");
        assertAccessible();

        // Referral to the Jobcenter, covered by the consent.
        page.getByRole(AriaRole.LINK, named("Vermittlung erfassen")).click();
        assertAccessible();
        page.getByLabel("Organisation").selectOption(new SelectOption().setLabel("Jobcenter Kreis Lotsenbrück"));
        page.getByLabel("Anliegen").fill("Vermittlung in Arbeit, Förderung einer Anpassungsqualifizierung");
        page.getByRole(AriaRole.BUTTON, named("Vermittlung speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Vermittlung wurde gespeichert.");
        assertThat(page.locator("#referrals")).containsText("Jobcenter Kreis Lotsenbrück");

        // An appointment with an interpreter.
        page.getByRole(AriaRole.LINK, named("Termin anlegen")).click();
        assertAccessible();
        page.getByLabel("Datum", exact()).fill(today.plusDays(3).toString());
        page.getByLabel("Beginn", exact()).fill("09:00");
        page.getByLabel("Ende", exact()).fill("10:00");
        page.getByLabel("Ort", new Page.GetByLabelOptions().setExact(false)).first().fill("Jobcenter, Raum 2.14");
        page.getByLabel("Sprachmittlung nötig").check();
        page.getByLabel("Sprache der Sprachmittlung").fill("Dari");
        page.getByRole(AriaRole.BUTTON, named("Termin speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Termin wurde angelegt.");
        assertThat(page.locator("#appointments")).containsText("Sprachmittlung: Dari");

        // A finding, with the case reference the consent allows.
        page.getByRole(AriaRole.LINK, named("Hürde melden")).click();
        assertAccessible();
        page.getByLabel("Lebensbereich").selectOption("Arbeit");
        page.getByLabel("Hürdenkategorie").selectOption("Wartezeit");
        page.getByLabel("Beschreibung der Hürde").fill("Anpassungsqualifizierungen für Schneiderinnen gibt es im Kreis erst nach zehn Monaten Wartezeit.");
        page.getByRole(AriaRole.BUTTON, named("Hürde melden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Hürde wurde gemeldet");
        assertThat(page.locator("#findings-heading + ul")).containsText("mit Fallbezug (Einwilligung liegt vor)");
        assertAccessible();

        // Closure with the outcome of the goal.
        page.getByRole(AriaRole.LINK, named("Fall abschließen")).click();
        assertAccessible();
        page.getByLabel("Grund des Abschlusses").selectOption("Ziele erreicht");
        page.getByLabel("Ergebnis").selectOption("Erreicht");
        page.getByRole(AriaRole.BUTTON, named("Fall abschließen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Fall wurde abgeschlossen.");
        assertThat(page.locator("#case-status")).containsText("Abschluss");
        assertThat(page.locator("#case-status")).containsText("Ziele erreicht");
        assertAccessible();
    }
}
