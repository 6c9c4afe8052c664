package de.lotse.casework;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A case manager searches before registering, registers a person with the keyboard alone, and later finds
 * the person again under another spelling while typing.
 */
class ClientsBrowserTest extends BrowserTestSupport {

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** Presses Tab until the element is focused, as a keyboard user moves through the page. */
    private void tabTo(Locator target) {
        for (int i = 0; i < 60; i++) {
            if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("could not reach " + target + " with the Tab key");
    }

    @Test
    void aCaseManagerRegistersAPersonWithTheKeyboardAndFindsThemUnderAnotherSpelling() {
        signInAsDemo("fallmanagement");
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Klient:innen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Klient:innen");
        assertAccessible();

        // Keyboard only from here to the registered person.
        String family = "Al-Tamimi";
        tabTo(page.getByLabel("Familienname"));
        page.keyboard().type(family);
        page.keyboard().press("Tab");
        page.keyboard().type("Mohammed");
        page.keyboard().press("Tab");
        page.keyboard().type("1990");
        page.keyboard().press("Enter");
        // The demo unit may hold other people named Mohammed; nobody of this family yet.
        assertThat(page.locator("#suggestions h2")).isVisible();
        assertThat(page.locator("#suggestions")).not().containsText("Al-Tamimi");
        assertAccessible();
        // "Neue Klientin oder neuen Klienten anlegen", or "Keine davon: neu anlegen" beside other suggestions.
        Locator register = page.locator("#suggestions a.kern-btn");
        tabTo(register);
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Familienname", new Page.GetByLabelOptions().setExact(true))).hasValue(family);
        assertThat(page.getByLabel("Geburtsjahr")).hasValue("1990");
        assertAccessible();
        tabTo(page.getByLabel("Familienname in Originalschrift"));
        page.keyboard().type("التميمي");
        tabTo(page.getByLabel("Geburtsdatum"));
        page.keyboard().type("02041990");
        // The field order of a date input depends on the browser's locale: check what was entered, not the order.
        String birthDate = page.getByLabel("Geburtsdatum").inputValue();
        org.assertj.core.api.Assertions.assertThat(birthDate).matches("1990-\\d{2}-\\d{2}");
        String shown = java.time.LocalDate.parse(birthDate).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        tabTo(page.getByLabel("Sprachen"));
        page.keyboard().type("Arabisch, Englisch");
        tabTo(page.getByLabel("Sprachmittlung nötig"));
        page.keyboard().press("Space");
        tabTo(page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")));
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person wurde angelegt.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Mohammed Al-Tamimi");
        assertThat(page.getByText(shown)).isVisible();
        assertAccessible();

        // Later, someone types the name as another office spells it: suggestions appear while typing.
        page.navigate(url("/clients"));
        page.getByLabel("Familienname").fill("Altamimi");
        page.getByLabel("Vorname(n)").fill("Muhammad");
        page.getByLabel("Geburtsjahr").pressSequentially("1991");
        Locator suggestion = page.locator("#suggestions").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Al-Tamimi, Mohammed"));
        assertThat(suggestion).isVisible();
        assertThat(page.locator("#suggestions")).containsText("geboren am " + shown);
        assertAccessible();
        suggestion.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("التميمي");
    }

    @Test
    void consentIsRecordedWithItsRecipientsAndRevoked() throws Exception {
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Osei&givenNames=Kwame&birthYear=1988"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        assertThat(page.getByText("Noch keine Einwilligung erfasst.")).isVisible();
        assertAccessible();

        // A referral without a recipient is refused at the field.
        page.getByLabel("Zweck").selectOption("Vermittlung an eine Organisation");
        page.getByLabel("Identität").check();
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.locator("#recipients-error")).containsText("mindestens eine empfangende Organisation");
        assertAccessible();

        page.getByLabel("Empfänger").selectOption("Jobcenter Kreis Lotsenbrück");
        page.getByLabel("Bildung und Arbeit").check();
        page.getByLabel("mündlich mit Sprachmittlung").check();
        page.getByLabel("Name der Sprachmittlerin oder des Sprachmittlers").fill("Amina Yusuf");
        page.getByRole(AriaRole.BUTTON, named("Einwilligung erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde erfasst.");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Vermittlung an eine Organisation"));
        assertThat(row).containsText("Jobcenter Kreis Lotsenbrück");
        assertThat(row).containsText("gültig");
        assertThat(row).containsText("Amina Yusuf");
        assertAccessible();

        row.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einwilligung wurde widerrufen.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Vermittlung an eine Organisation")))
                .containsText("widerrufen");

        com.microsoft.playwright.Download form = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, named("Einwilligungserklärung zum Unterschreiben (PDF)")).click());
        try (var document = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(form.path()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Einwilligungserklärung und Schweigepflichtentbindung", "Kwame Osei", "Art. 7 Abs. 3 DSGVO");
        }
    }

    @Test
    void twoPeopleEditingTheSamePersonEndInAConflictMessageNotAnOverwrite() {
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Nazari&givenNames=Shirin&birthYear=1994"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        page.getByRole(AriaRole.LINK, named("Angaben ändern")).click();
        String editUrl = page.url();
        assertAccessible();

        Page colleague = context.newPage();
        colleague.navigate(editUrl);
        colleague.getByLabel("Telefon").fill("0171 5550101");
        colleague.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(colleague.getByRole(AriaRole.STATUS)).containsText("Die Angaben wurden gespeichert.");

        page.getByLabel("Sprachen").fill("Dari, Deutsch");
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Jemand anderes hat diesen Datensatz inzwischen geändert.");
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Telefon");
        assertThat(page.getByLabel("Sprachen")).hasValue("Dari, Deutsch");
        assertAccessible();

        // Nothing was overwritten: the colleague's phone number is stored, the languages are not (yet).
        page.getByRole(AriaRole.LINK, named("Zurück zur Person")).click();
        assertThat(page.getByText("0171 5550101")).isVisible();
        assertThat(page.getByText("Dari, Deutsch")).hasCount(0);
    }

    @Test
    void registrationShowsGermanMessagesAtTheFields() {
        signInAsDemo("fallmanagement2");
        page.navigate(url("/clients/new"));
        page.getByLabel("Geburtsdatum").fill("2031-01-01");
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        assertThat(page.locator("#familyName-error")).containsText("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.locator("#birthDate-error")).containsText("Das Datum darf nicht in der Zukunft liegen.");
        assertAccessible();
    }

    @Test
    void anotherOrganisationsClientIsNotFound() {
        signInAsDemo("fallmanagement");
        page.navigate(url("/clients/new?familyName=Demirci&givenNames=Ayse"));
        page.getByRole(AriaRole.BUTTON, named("Neue Klientin oder neuen Klienten anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Person wurde angelegt.");
        String clientUrl = page.url();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();
        signInAsDemo("fallmanagement2");
        page.navigate(clientUrl);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Seite nicht gefunden");
    }
}
