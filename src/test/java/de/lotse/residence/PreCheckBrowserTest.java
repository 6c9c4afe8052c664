package de.lotse.residence;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.support.BrowserTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ABH staff run a pre-check in the browser: enter the facts, correct a mistake the page points out, read the
 * explained result, and download it as a PDF for the file.
 */
class PreCheckBrowserTest extends BrowserTestSupport {

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private Locator field(String id) {
        return page.locator("[id='" + id + "']");
    }

    @Test
    void anImmigrationOfficerPreChecksAPersonAndDownloadsTheResult() throws Exception {
        signInAsDemo("abh");
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vorprüfung")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vorprüfung Bleiberecht und Einbürgerung");
        assertAccessible();

        page.getByLabel("Stichtag").fill("2026-03-01");
        page.getByLabel("Geburtsdatum").fill("1990-06-15");
        field("residencePeriods[0].status").selectOption("AUFENTHALTSGESTATTUNG");
        field("residencePeriods[0].from").fill("2019-01-10");
        field("residencePeriods[0].to").fill("2018-05-31");
        page.getByRole(AriaRole.BUTTON, named("Vorprüfung durchführen")).click();

        // The end before the start is pointed out at the field, and nothing else is lost.
        assertThat(page.locator("[id='residencePeriods[0].to-error']")).containsText("Das Ende liegt vor dem Beginn.");
        assertThat(page.locator("#error-summary")).containsText("Das Ende liegt vor dem Beginn.");
        assertThat(page.getByLabel("Geburtsdatum")).hasValue("1990-06-15");
        assertAccessible();

        field("residencePeriods[0].from").fill("2018-01-10");
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

        Locator basis25b = page.getByRole(AriaRole.ARTICLE, named("§ 25b AufenthG – nachhaltige Integration"));
        // Gestattung from 2018-01-10, Duldung without a gap from 2018-06-01: six years on 2024-01-10.
        assertThat(basis25b).containsText("Erfüllt");
        assertThat(basis25b).containsText("Am Stichtag erfüllt.");
        assertThat(basis25b.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG"))).isVisible();
        assertThat(page.getByRole(AriaRole.ARTICLE, named("§ 10 StAG – Anspruchseinbürgerung"))).containsText("Nicht erfüllt");
        assertThat(page.getByText("Dies ist eine Vorprüfung und keine Entscheidung.")).isVisible();
        assertAccessible();

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, named("Als PDF herunterladen")).click());
        assertThat(download.suggestedFilename()).isEqualTo("vorpruefung-2026-03-01.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Table cells wrap, so compare the text with its white space folded.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Vorprüfung Bleiberecht und Einbürgerung", "§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG",
                    "Dies ist eine Vorprüfung und keine Entscheidung.", "Am Stichtag erfüllt.");
        }
    }

    @Test
    void moreRowsCanBeAddedWithoutLosingWhatWasTyped() {
        signInAsDemo("fallmanagement");
        page.navigate(url("/pre-checks"));
        field("residencePeriods[0].status").selectOption("DULDUNG");
        field("residencePeriods[0].from").fill("2020-02-01");
        field("residencePeriods[1].status").selectOption("AUFENTHALTSERLAUBNIS");
        field("residencePeriods[1].from").fill("2023-01-05");
        field("residencePeriods[1].legalBasis").fill("104c");
        page.getByRole(AriaRole.BUTTON, named("Weitere Zeilen anzeigen")).click();
        assertThat(field("residencePeriods[2].status")).isVisible();
        assertThat(field("residencePeriods[1].legalBasis")).hasValue("104c");
        assertThat(field("residencePeriods[0].from")).hasValue("2020-02-01");
        assertAccessible();
    }
}
