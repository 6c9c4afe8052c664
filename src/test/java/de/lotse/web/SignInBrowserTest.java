package de.lotse.web;

import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person signs in as each demo role, sees the navigation of that role and its start page, and signs out.
 */
class SignInBrowserTest extends BrowserTestSupport {

    static Stream<Arguments> demoUsers() {
        List<String> everybody = List.of("Start", "Meldungen", "Mein Konto");
        List<String> caseManagers = List.of("Start", "Fälle", "Klient:innen", "Vorprüfung", "Screening", "Angebote", "Sprachmittlung",
                "Meldungen", "Mein Konto");
        return Stream.of(
                Arguments.of("admin", "Jana Kowalczyk", List.of("Start", "Angebote", "Sprachmittlung", "Meldungen", "Organisationen",
                        "Benutzer", "Protokoll", "Mein Konto")),
                Arguments.of("koordination", "Tobias Brenner", List.of("Start", "Angebote", "Sprachmittlung", "Angebotslücken",
                        "Meldungen", "Neue Meldungen", "Themenspeicher", "Arbeitsgruppen", "Lenkungsgruppe", "Maßnahmen", "Mein Konto")),
                Arguments.of("fallmanagement", "Leyla Demir", caseManagers),
                Arguments.of("fallmanagement2", "Markus Albers", caseManagers),
                Arguments.of("teamleitung", "Sabine Hötte", caseManagers),
                Arguments.of("abh", "Dirk Wessels", List.of("Start", "Vorprüfung", "Screening", "Übergaben", "Meldungen", "Mein Konto")),
                Arguments.of("lenkungsgruppe", "Dr. Helga Strothmann", List.of("Start", "Meldungen", "Themenspeicher", "Lenkungsgruppe", "Maßnahmen", "Mein Konto")),
                Arguments.of("meldung", "Ahmad Karimi", everybody),
                Arguments.of("datenschutz", "Petra Lindemann", List.of("Start", "Meldungen", "Protokoll", "Mein Konto")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void eachRoleSignsInSeesItsNavigationAndSignsOut(String username, String displayName, List<String> navigation) {
        page.navigate(url("/login"));
        assertAccessible();
        signInAsDemo(username);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Guten Tag, " + displayName);
        Locator links = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation")).getByRole(AriaRole.LINK);
        assertThat(links).hasText(navigation.toArray(String[]::new));
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
        page.waitForURL(url("/login?signedOut"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sie haben sich abgemeldet.");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void aWrongPasswordShowsTheGermanMessage() {
        signIn("fallmanagement", "das-ist-falsch-123");
        page.waitForURL(url("/login?failed"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie Benutzername und Passwort.");
        assertAccessible();
    }

    @Test
    void theLanguageCanBeSwitchedToEnglishAndBack() {
        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Anmelden");
    }

    @Test
    void theSkipLinkLeadsToTheContent() {
        signInAsDemo("koordination");
        page.keyboard().press("Tab");
        Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Inhalt springen"));
        assertThat(skip).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/#main"));
    }
}
