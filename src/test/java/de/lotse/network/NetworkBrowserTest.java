package de.lotse.network;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The network as its users meet it: a coordinator adds an offer, a case manager finds it by a misspelt search
 * and books a pool interpreter (refused without the confirmation that the appointment has no legal consequences,
 * then accepted), and the coordinator looks at the service gaps and the counts per language.
 */
class NetworkBrowserTest extends BrowserTestSupport {

    @BeforeEach
    void beAsPatientAsThePageLoads() {
        // The machine is shared by several builds; a save may take longer than the default five seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private void openFromNavigation(String entry) {
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry).setExact(true)).click();
    }

    @Test
    void aCoordinatorAddsAnOfferACaseManagerFindsItAndBooksAnInterpreter() {
        String word = "Zykl" + (char) ('a' + ThreadLocalRandom.current().nextInt(26)) + (char) ('a' + ThreadLocalRandom.current().nextInt(26));
        String title = "Fahrradwerkstatt " + word;

        signInAsDemo("koordination");
        openFromNavigation("Angebote");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Angebote im Netzwerk");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Angebote pflegen")).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Neues Angebot anlegen")).click();
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.locator("#title-error")).containsText("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.locator("#lifeAreas-error")).containsText("Bitte wählen Sie mindestens einen Eintrag aus.");
        assertAccessible();

        page.getByLabel("Titel", exact()).fill(title);
        page.getByLabel("Organisation", exact()).selectOption("Diakonisches Werk im Kreis Lotsenbrück");
        page.getByLabel("Art des Angebots").selectOption("Freizeit und Teilhabe");
        page.getByLabel("Erstorientierung").check();
        page.getByLabel("Sprachen (freiwillig)", exact()).fill("Deutsch, Tigrinya, Arabisch");
        page.getByLabel("Zielgruppen").fill("Erwachsene, Jugendliche");
        page.getByLabel("Kommunen", exact()).selectOption("Dornwalde");
        page.getByLabel("Beschreibung").fill("Wir reparieren Fahrräder gemeinsam und üben dabei Deutsch.");
        page.getByLabel("Aktuelle Wartezeit in Wochen").fill("2");
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Angebot wurde angelegt.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(page.locator("main")).containsText("Dornwalde");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        signInAsDemo("fallmanagement");
        openFromNavigation("Angebote");
        page.getByLabel("Suchbegriff").fill("Farradwerkstat " + word);
        page.getByLabel("Kommune", exact()).selectOption("Dornwalde");
        page.getByRole(AriaRole.BUTTON, named("Suchen")).click();
        assertThat(page.getByRole(AriaRole.LINK, named(title))).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, named(title)).click();
        assertThat(page.locator("main")).containsText("Wartezeit: 2 Wochen");
        assertThat(page.getByRole(AriaRole.LINK, named("Angebot bearbeiten"))).hasCount(0);
        assertAccessible();

        openFromNavigation("Sprachmittlung");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sprachmittlerpool");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Sprachmittlung buchen")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Nur für Termine ohne rechtliche Folgen"))).isVisible();
        String interpreter = page.locator("#interpreterId option").filter(new Locator.FilterOptions().setHasText("Tigrinya")).first().textContent();
        page.getByLabel("Sprachmittler:in").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(interpreter));
        page.getByRole(AriaRole.COMBOBOX, named("Sprache").setExact(true)).selectOption("Tigrinya");
        page.getByLabel("Datum").fill(LocalDate.now().plusDays(5).toString());
        page.getByLabel("Uhrzeit").fill("10:30");
        page.getByLabel("Kommune des Termins").selectOption("Dornwalde");
        String purpose = "Elterngespräch Kita " + word;
        page.getByLabel("Anlass", exact()).fill(purpose);
        page.getByRole(AriaRole.BUTTON, named("Buchung anfragen")).click();
        assertThat(page.locator("#noLegalConsequences-error"))
                .containsText("Bitte bestätigen Sie, dass der Termin keine rechtlichen Folgen hat.");
        assertThat(page.getByLabel("Anlass", exact())).hasValue(purpose);
        assertAccessible();

        page.getByLabel("Ich bestätige, dass der Termin keine rechtlichen Folgen hat.").check();
        page.getByRole(AriaRole.BUTTON, named("Buchung anfragen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Sprachmittlung wurde angefragt.");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(purpose));
        assertThat(row).containsText("Angefragt");
        assertThat(row).containsText("Tigrinya");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        signInAsDemo("koordination");
        page.navigate(url("/interpreters/bookings"));
        Locator booked = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(purpose));
        booked.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bestätigen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Buchung wurde bestätigt.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(purpose))).containsText("Bestätigt");
        assertAccessible();

        openFromNavigation("Angebotslücken");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Angebotslücken");
        assertThat(page.getByRole(AriaRole.IMG, named("Säulendiagramm: offene Bedarfe und passende Angebote je Lebensbereich. Die Werte stehen in der Tabelle oben."))).isVisible();
        assertAccessible();
        page.getByLabel("Kommune", exact()).selectOption("Dornwalde");
        page.getByRole(AriaRole.BUTTON, named("Anzeigen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Dornwalde nach Lebensbereichen"))).isVisible();
        assertAccessible();

        page.navigate(url("/interpreters/counts"));
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Tigrinya")).first()).isVisible();
        assertAccessible();
    }

    @Test
    void aCoordinatorKeepsTheInterpreterPool() {
        signInAsDemo("koordination");
        page.navigate(url("/interpreters"));
        page.getByRole(AriaRole.LINK, named("Sprachmittler:in aufnehmen")).click();
        assertThat(page.locator("main")).containsText("Erfasst wird nur, was für die Buchung nötig ist");
        page.getByLabel("Name", exact()).fill("Mehret Testperson");
        page.getByLabel("Sprachen", exact()).fill("Tigrinya, Amharisch");
        page.getByLabel("Verfügbarkeit").fill("vormittags");
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person wurde in den Pool aufgenommen.");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Aus dem Pool nehmen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person ist nicht mehr im Pool aktiv.");
        assertAccessible();
    }
}
