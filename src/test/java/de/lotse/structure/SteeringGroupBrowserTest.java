package de.lotse.structure;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordination plans a meeting of the Lenkungsgruppe, puts a topic up for decision with its proposal on the agenda,
 * records a consensus and sees the decision's number; a member of the Lenkungsgruppe then reads the meeting, the
 * decision and the minutes as PDF, without any way to change them.
 */
class SteeringGroupBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private Locator nav(String name) {
        return page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void coordinationRecordsANumberedDecisionThatTheLenkungsgruppeReads() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String title = "Hebammenversorgung für geflüchtete Schwangere " + suffix;
        String proposal = "Das Gesundheitsamt vermittelt Hebammen über eine Sprechstunde in der Erstaufnahme " + suffix + ".";
        String place = "Kreishaus, Sitzungssaal " + suffix;
        topicWithSubmittedProposal(title, proposal);
        LocalDate day = LocalDate.now().plusDays(44);

        signInAsDemo("koordination");
        nav("Lenkungsgruppe").click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Lenkungsgruppe"))).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, named("Sitzung planen")).click();
        assertAccessible();
        page.getByLabel("Datum").fill(day.toString());
        page.getByLabel("Beginn").fill("14:00");
        page.getByLabel("Ende").fill("13:00");
        page.getByLabel("Ort").fill(place);
        page.getByRole(AriaRole.BUTTON, named("Sitzung anlegen")).click();
        assertThat(page.locator("#endsAt-error")).containsText("Das Ende muss nach dem Beginn liegen.");
        assertAccessible();
        page.getByLabel("Ende").fill("16:30");
        page.getByRole(AriaRole.BUTTON, named("Sitzung anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Sitzung ist angelegt.");
        String date = day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sitzung der Lenkungsgruppe am " + date);
        assertAccessible();

        // The topic up for decision waits with its proposal; coordination puts it on the agenda.
        page.locator("#candidate-table").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aufnehmen: " + title)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Tagesordnung ist ergänzt.");
        Locator item = page.locator("#agenda li").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(item).containsText(proposal);
        page.getByLabel("Titel des Punkts").fill("Verschiedenes");
        page.getByRole(AriaRole.BUTTON, named("Punkt hinzufügen")).click();
        assertThat(page.locator("#agenda li").last()).containsText("Verschiedenes");
        assertAccessible();

        item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Beschluss erfassen"))).click();
        assertThat(page.getByLabel("Wortlaut")).hasValue(proposal);
        assertAccessible();
        page.getByLabel("Vertagt, mit Grund").check();
        page.getByRole(AriaRole.BUTTON, named("Beschluss erfassen")).click();
        assertThat(page.locator("#postponementReason-error")).containsText("Bitte geben Sie den Grund der Vertagung an.");
        assertAccessible();
        page.getByLabel("Im Konsens beschlossen").check();
        page.getByLabel("Priorität des Themas").selectOption("Hoch");
        page.getByRole(AriaRole.BUTTON, named("Beschluss erfassen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Beschluss ist erfasst.");
        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading).hasText(Pattern.compile("Beschluss LG-" + day.getYear() + "-\\d{2}"));
        String number = heading.textContent().replace("Beschluss ", "").strip();
        assertThat(page.locator("#decision-outcome")).hasText("Im Konsens beschlossen");
        assertThat(page.locator("#decision-topic")).hasText(title);
        assertThat(page.getByRole(AriaRole.LINK, named("Maßnahme anlegen"))).isVisible();
        assertAccessible();
        assertThat(jdbc.sql("select status || '/' || priority from structure.topic where title = :t").param("t", title)
                .query(String.class).single()).isEqualTo("DECIDED/HIGH");

        page.getByRole(AriaRole.LINK, named("Sitzung am " + date)).click();
        page.getByRole(AriaRole.LINK, named("Protokoll bearbeiten")).click();
        assertAccessible();
        page.getByLabel("Protokoll", new Page.GetByLabelOptions().setExact(true)).fill("Das Gesundheitsamt stellt die Sprechstunde vor.");
        page.getByRole(AriaRole.BUTTON, named("Protokoll speichern")).click();
        assertThat(page.locator("#minutes-text")).hasText("Das Gesundheitsamt stellt die Sprechstunde vor.");
        assertThat(page.locator("#decision-table")).containsText(number);
        page.getByRole(AriaRole.LINK, named("Zurück zur Lenkungsgruppe")).click();
        page.getByRole(AriaRole.LINK, named("Mitglieder der Lenkungsgruppe")).click();
        assertThat(page.locator("#seats")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        // A member of the Lenkungsgruppe reads the meeting and the decision and changes nothing.
        signInAsDemo("lenkungsgruppe");
        nav("Lenkungsgruppe").click();
        assertThat(page.getByRole(AriaRole.LINK, named("Sitzung planen"))).hasCount(0);
        assertAccessible();
        page.locator("#upcoming").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(place))
                .getByRole(AriaRole.LINK).click();
        Locator decided = page.locator("#agenda li").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(decided).containsText(number);
        assertThat(decided).containsText("Im Konsens beschlossen");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Beschluss erfassen")))).hasCount(0);
        assertThat(page.locator("#candidates")).hasCount(0);
        assertThat(page.locator("#attendance form")).hasCount(0);
        assertAccessible();

        // The files are downloaded in a second tab: a download ends its request the way a failed load does, which
        // the checks on the first tab would count as a missing resource.
        Page tab = context.newPage();
        tab.navigate(page.url());
        Download minutes = tab.waitForDownload(() -> tab.getByRole(AriaRole.LINK, named("Protokoll als PDF")).click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(minutes.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Beschluss " + number).contains(proposal).contains("Das Gesundheitsamt stellt die Sprechstunde vor.");
        }
        Download invitation = tab.waitForDownload(() -> tab.getByRole(AriaRole.LINK, named("Einladung für den Kalender (iCalendar)")).click());
        assertThat(Files.readString(invitation.path())).contains("BEGIN:VEVENT").contains("SUMMARY:Sitzung der Lenkungsgruppe");
        tab.close();

        decided.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(number)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Beschluss " + number);
        assertThat(page.getByRole(AriaRole.LINK, named("Maßnahme anlegen"))).hasCount(0);
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Zurück zu den Beschlüssen")).click();
        page.getByLabel("Suche in Nummer, Wortlaut und Thema").fill(suffix);
        page.getByRole(AriaRole.BUTTON, named("Anzeigen")).click();
        assertThat(page.locator("#decisions").getByRole(AriaRole.ROW)).hasCount(2);
        assertThat(page.locator("#decisions")).containsText(number);
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Zurück zur Lenkungsgruppe")).click();
        page.getByRole(AriaRole.LINK, named("Mitglieder der Lenkungsgruppe")).click();
        assertThat(page.locator("#functions")).hasCount(0);
        assertAccessible();
    }

    /** A topic put forward for decision with a project group's proposal, as coordination's earlier work left it. */
    private void topicWithSubmittedProposal(String title, String wording) {
        UUID topic = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID author = UUID.randomUUID();
        jdbc.sql("insert into structure.topic (id, title, description, status, created_by) values (:id, :t, '', 'FOR_DECISION', :by)")
                .param("id", topic).param("t", title).param("by", author).update();
        jdbc.sql("insert into structure.work_group (id, name, kind, topic_id) values (:id, :n, 'PROJECT', :t)")
                .param("id", group).param("n", "PG " + title).param("t", topic).update();
        jdbc.sql("insert into structure.proposal (id, group_id, topic_id, wording, status) values (:id, :g, :t, :w, 'SUBMITTED')")
                .param("id", UUID.randomUUID()).param("g", group).param("t", topic).param("w", wording).update();
    }
}
