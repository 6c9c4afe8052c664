package de.lotse.structure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The structural loop in the browser, as real users walk it: a reporter files a finding, coordination files it under a
 * new topic, a project group drafts a proposal, the Lenkungsgruppe's meeting records a numbered decision on it, a
 * measure follows and a milestone is completed, and the reporter sees the status change and the whole chain.
 */
class StructuralLoopBrowserTest extends BrowserTestSupport {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aReportedBarrierTravelsThroughTheLoopAndTheReporterSeesIt() {
        signInAsDemo("meldung");
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Meldungen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Meine Meldungen"))).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Hürde melden")).click();
        assertAccessible();

        page.getByLabel("Lebensbereich").selectOption("Arbeit");
        page.getByLabel("Hürdenkategorie").selectOption("Rechtliche Hürde (z. B. Wohnsitzauflage)");
        page.getByLabel("Kommune").selectOption("Lotsenbrück");
        page.getByLabel("Beschreibung").fill("Herr A. (Tel. 0171 2345678) darf wegen der Wohnsitzauflage eine Stelle in Nachbarkreis nicht antreten");
        page.getByRole(AriaRole.BUTTON, named("Meldung absenden")).click();
        assertThat(page.locator("#personal-data-warning")).containsText("eine Telefonnummer");
        assertAccessible();

        String description = "Wohnsitzauflage verhindert Stellenantritt im Nachbarkreis, Umverteilung dauert Monate";
        page.getByLabel("Beschreibung").fill(description);
        page.getByRole(AriaRole.BUTTON, named("Meldung absenden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Meldung ist eingegangen.");
        Locator row = page.locator("#my-findings").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(description));
        assertThat(row).containsText("Eingegangen");
        assertAccessible();
        row.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#finding-status")).hasText("Eingegangen");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        // Coordination opens a new topic from the finding and starts working on it.
        signInAsDemo("koordination");
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Neue Meldungen")).click();
        assertAccessible();
        page.locator("#waiting-findings").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(description)).click();
        assertThat(page.locator("#triage-description")).hasText(description);
        assertAccessible();
        String title = "Wohnsitzauflage und Arbeitsaufnahme im Nachbarkreis";
        page.getByLabel("Titel").fill(title);
        page.getByRole(AriaRole.BUTTON, named("Thema eröffnen und zuordnen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Thema ist eröffnet");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(page.locator("#topic-findings")).containsText(description);
        assertThat(page.locator("#counts-municipality")).containsText("Lotsenbrück");
        assertAccessible();
        page.getByLabel("Neuer Stand").selectOption("In Bearbeitung");
        page.getByRole(AriaRole.BUTTON, named("Stand ändern")).click();
        assertThat(page.locator("#topic-status")).hasText("In Bearbeitung");
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Themenspeicher")).click();
        assertThat(page.locator("#topics").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title)))
                .containsText("In Bearbeitung");
        assertAccessible();

        // A project group on the topic drafts a proposal and puts it before the Lenkungsgruppe.
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Arbeitsgruppen")).click();
        assertAccessible();
        page.getByLabel("Name der Gruppe").fill("PG Wohnsitzauflage");
        page.getByLabel("Projektgruppe", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Thema").selectOption(title);
        page.getByRole(AriaRole.BUTTON, named("Gruppe anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Gruppe ist angelegt.");
        page.getByLabel("Oder Name (externes Mitglied)").fill("Jens Hartmann");
        page.getByLabel("Organisation (externes Mitglied)").fill("Agentur für Arbeit");
        page.getByRole(AriaRole.BUTTON, named("Mitglied aufnehmen")).click();
        assertThat(page.locator("#members")).containsText("Jens Hartmann, Agentur für Arbeit");
        String wording = "Feste Ansprechperson in der ABH für Umverteilungen bei Arbeitsangeboten, Entscheidung binnen zwei Wochen";
        page.getByLabel("Wortlaut").fill(wording);
        page.getByLabel("Erwartete Wirkung").fill("Keine verfallenen Stellenangebote mehr");
        page.getByLabel("Kosten").fill("Keine zusätzlichen");
        page.getByRole(AriaRole.BUTTON, named("Entwurf speichern")).click();
        assertThat(page.locator("#proposals")).containsText("Entwurf");
        page.getByRole(AriaRole.BUTTON, named("Der Lenkungsgruppe vorlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Lösungsvorschlag ist der Lenkungsgruppe vorgelegt.");
        assertAccessible();

        // Coordination puts the topic up for decision.
        nav("Themenspeicher").click();
        page.locator("#topics").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        page.getByLabel("Neuer Stand").selectOption("Zur Entscheidung");
        page.getByRole(AriaRole.BUTTON, named("Stand ändern")).click();
        assertThat(page.locator("#topic-status")).hasText("Zur Entscheidung");

        // The next meeting of the Lenkungsgruppe takes the topic with its proposal onto the agenda and decides it by
        // consensus; the decision gets the next number of the meeting's year.
        nav("Lenkungsgruppe").click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Sitzung planen")).click();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);
        page.getByLabel("Datum").fill(day.toString());
        page.getByLabel("Beginn").fill("14:00");
        page.getByLabel("Ende").fill("16:00");
        page.getByLabel("Ort").fill("Kreishaus, Raum 101");
        page.getByRole(AriaRole.BUTTON, named("Sitzung anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Sitzung ist angelegt.");
        assertAccessible();
        page.locator("#candidate-table").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aufnehmen: " + title)).click();
        Locator item = page.locator("#agenda li").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(item).containsText(wording);
        assertAccessible();
        item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Beschluss erfassen"))).click();
        assertThat(page.getByLabel("Wortlaut")).hasValue(wording);
        page.getByLabel("Im Konsens beschlossen").check();
        page.getByRole(AriaRole.BUTTON, named("Beschluss erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Beschluss ist erfasst.");
        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading).hasText(Pattern.compile("Beschluss LG-" + day.getYear() + "-\\d{2}"));
        String number = heading.textContent().replace("Beschluss ", "").strip();
        assertThat(page.locator("#decision-topic")).hasText(title);
        assertAccessible();

        // The decision sets a measure in motion: a milestone is reached and the measure is under way.
        page.getByRole(AriaRole.LINK, named("Maßnahme anlegen")).click();
        assertAccessible();
        String measure = "Ansprechperson Umverteilung in der ABH";
        page.getByLabel("Titel").fill(measure);
        page.getByLabel("Verantwortliche Organisation").selectOption("Kommunales Integrationszentrum Kreis Lotsenbrück");
        page.getByLabel("Verantwortliche Person").fill("Tobias Brenner");
        page.getByRole(AriaRole.BUTTON, named("Maßnahme anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Maßnahme ist angelegt.");
        assertThat(page.locator("#measure-decision")).containsText(number);
        page.getByLabel("Meilenstein", new Page.GetByLabelOptions().setExact(true)).fill("Ansprechperson benannt");
        page.getByLabel("Fällig am").fill(day.plusDays(30).toString());
        page.getByLabel("Gewicht").fill("1");
        page.getByRole(AriaRole.BUTTON, named("Meilenstein hinzufügen")).click();
        page.getByLabel("Meilenstein", new Page.GetByLabelOptions().setExact(true)).fill("Verfahren im Netzwerk bekannt gemacht");
        page.getByLabel("Fällig am").fill(day.plusDays(90).toString());
        page.getByLabel("Gewicht").fill("1");
        page.getByRole(AriaRole.BUTTON, named("Meilenstein hinzufügen")).click();
        assertThat(page.locator("#milestone-table")).containsText("Verfahren im Netzwerk bekannt gemacht");
        page.getByRole(AriaRole.BUTTON, named("„Ansprechperson benannt“ erledigt")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Meilenstein ist als erledigt vermerkt.");
        assertThat(page.locator("#measure-progress")).containsText("50 %");
        page.getByLabel("Neuer Stand").selectOption("Laufend");
        page.getByRole(AriaRole.BUTTON, named("Stand ändern")).click();
        assertThat(page.locator("#measure-status")).hasText("Laufend");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        // The reporter sees the news on the start page and the new status of the report, and follows the chain from
        // the finding to the decision and the measure, without any link into coordination's pages.
        signInAsDemo("meldung");
        assertThat(page.getByRole(AriaRole.HEADING, named("Neuigkeiten zu Ihren Meldungen"))).isVisible();
        assertThat(page.locator("#main")).containsText("Die Maßnahme „" + measure + "“ zum Thema „" + title
                + "“ Ihrer Meldung hat jetzt den Stand: Laufend.");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Alle Ihre Meldungen")).click();
        Locator mine = page.locator("#my-findings").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(description));
        assertThat(mine).containsText("Beschlossen");
        assertThat(mine).containsText("Maßnahmen: 0 von 1 umgesetzt");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Als gelesen markieren")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("als gelesen markiert");
        page.locator("#my-findings").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(description)).click();
        Locator chain = page.locator("#chain");
        assertThat(chain).containsText(title);
        assertThat(chain).containsText(wording);
        assertThat(chain).containsText(number);
        assertThat(chain).containsText(measure);
        assertThat(chain).containsText("Fortschritt: 50 %");
        assertThat(chain.getByRole(AriaRole.LINK)).hasCount(0);
        assertAccessible();
    }

    private Locator nav(String name) {
        return page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
