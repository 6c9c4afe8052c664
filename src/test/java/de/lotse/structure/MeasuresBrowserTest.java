package de.lotse.structure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.accounts.Colleagues;
import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.support.BrowserTestSupport;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * After the Lenkungsgruppe's decision: coordination creates a measure from it, adds milestones (one overdue, which
 * the start page shows), completes one and starts the measure; the Lenkungsgruppe reads it; the reporter whose
 * finding fed the topic sees the status change and the chain from the finding to the measure.
 */
class MeasuresBrowserTest extends BrowserTestSupport {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Colleagues colleagues;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private void navigateTo(String item) {
        page.getByRole(AriaRole.NAVIGATION, named("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sie haben sich abgemeldet.");
    }

    @Test
    void aMeasureFollowsTheDecisionAMilestoneIsCompletedAndTheReporterSeesIt() throws Exception {
        // Before: the demo reporter's finding became a topic that the Lenkungsgruppe decided on.
        SignedInUser reporter = colleagues.asSignedIn("meldung").orElseThrow();
        SignedInUser coordinator = new SignedInUser(UUID.randomUUID(), "test-coordinator", "Koordination", UUID.randomUUID(), "KI",
                Set.of(Role.COORDINATOR), false);
        String topicTitle = "Anerkennung von Berufsabschlüssen in Gesundheitsberufen " + TODAY.getDayOfYear();
        String description = "Anerkennungsverfahren für Gesundheitsberufe dauern so lange, dass Stellen verfallen";
        mvc.perform(post("/findings/new").with(TestUsers.as(reporter)).with(csrf())
                .param("lifeArea", "RECOGNITION").param("barrierCategory", "WAITING_TIME").param("description", description));
        UUID finding = jdbc.sql("select id from structure.finding where raised_by = :u and description = :d order by raised_at desc limit 1")
                .param("u", reporter.id()).param("d", description).query(UUID.class).single();
        mvc.perform(post("/backlog/findings/" + finding + "/new-topic").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("title", topicTitle));
        UUID topic = jdbc.sql("select topic_id from structure.finding where id = :id").param("id", finding).query(UUID.class).single();
        mvc.perform(post("/topics/" + topic + "/status").with(TestUsers.as(coordinator)).with(csrf())
                .param("version", "0").param("status", "DECIDED"));
        SteeringDecisions decisions = new SteeringDecisions(jdbc);
        UUID decision = decisions.consensus(topic, TODAY.minusDays(14),
                "Die Bezirksregierung richtet eine Lotsenstelle für Anerkennungen in Gesundheitsberufen ein.");
        String number = decisions.number(decision);

        // Coordination follows the topic to the decision and creates a measure from it.
        signInAsDemo("koordination");
        navigateTo("Maßnahmen");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Maßnahmen");
        assertAccessible();
        page.navigate(url("/topics/" + topic));
        assertThat(page.locator("#topic-decisions")).containsText(number);
        assertThat(page.locator("#topic-decisions")).containsText("Zu diesem Beschluss gibt es noch keine Maßnahme.");
        assertThat(page.locator("#effect-quarters")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Maßnahme zu " + number + " anlegen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Maßnahme anlegen");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Maßnahme anlegen")).click();
        assertThat(page.locator("#error-summary")).containsText("Bitte wählen Sie die verantwortliche Organisation aus.");
        assertAccessible();

        String title = "Lotsenstelle Anerkennung Gesundheitsberufe";
        page.getByLabel("Titel").fill(title);
        page.getByLabel("Verantwortliche Organisation").selectOption("Kommunales Integrationszentrum Kreis Lotsenbrück");
        page.getByLabel("Verantwortliche Person").fill("Serkan Aydın, Koordination KIM");
        page.getByRole(AriaRole.BUTTON, named("Maßnahme anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Maßnahme ist angelegt.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(page.locator("#measure-decision")).containsText(number);
        assertThat(page.locator("#measure-status")).hasText("Geplant");

        // Two milestones, the first already past its date and weighing a quarter of the whole.
        page.getByLabel("Meilenstein", new Page.GetByLabelOptions().setExact(true)).fill("Stelle ausgeschrieben");
        page.getByLabel("Fällig am").fill(TODAY.minusDays(3).toString());
        page.getByLabel("Gewicht").fill("1");
        page.getByRole(AriaRole.BUTTON, named("Meilenstein hinzufügen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Meilenstein ist hinzugefügt.");
        page.getByLabel("Meilenstein", new Page.GetByLabelOptions().setExact(true)).fill("Lotsenstelle besetzt");
        page.getByLabel("Fällig am").fill(TODAY.plusDays(90).toString());
        page.getByLabel("Gewicht").fill("3");
        page.getByRole(AriaRole.BUTTON, named("Meilenstein hinzufügen")).click();
        assertThat(page.locator("#milestone-table")).containsText("Lotsenstelle besetzt");
        assertThat(page.locator("#milestone-table")).containsText("Überfällig");
        assertThat(page.locator("#delay-suggestion")).containsText("Ein Meilenstein dieser Maßnahme ist überfällig.");
        assertThat(page.locator("#measure-progress")).containsText("0 %");
        assertAccessible();

        // The overdue milestone is on coordination's start page and leads back to the measure.
        navigateTo("Start");
        Locator overdue = page.locator("#overdue-milestones").getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions().setHasText("Stelle ausgeschrieben"));
        assertThat(overdue).containsText(title);
        assertThat(overdue).containsText("Kommunales Integrationszentrum Kreis Lotsenbrück");
        assertAccessible();
        overdue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();

        page.getByRole(AriaRole.BUTTON, named("„Stelle ausgeschrieben“ erledigt")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Meilenstein ist als erledigt vermerkt.");
        assertThat(page.locator("#measure-progress")).containsText("25 %");
        page.getByLabel("Neuer Stand").selectOption("Laufend");
        page.getByRole(AriaRole.BUTTON, named("Stand ändern")).click();
        assertThat(page.locator("#measure-status")).hasText("Laufend");
        Locator statusChange = page.locator("#measure-history").getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("Laufend"));
        assertThat(statusChange).containsText("Geplant");
        assertThat(page.locator("#measure-history")).containsText("Meilenstein erledigt");
        assertAccessible();
        signOut();

        // The Lenkungsgruppe reads the measure and its progress, and changes nothing.
        signInAsDemo("lenkungsgruppe");
        navigateTo("Maßnahmen");
        page.locator("#measures").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("#measure-progress")).containsText("25 %");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Stand ändern"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, named("Meilenstein hinzufügen"))).hasCount(0);
        assertAccessible();
        signOut();

        // The reporter sees the status change and follows the chain from the finding to the measure.
        signInAsDemo("meldung");
        assertThat(page.locator("#main")).containsText("Die Maßnahme „" + title + "“ zum Thema „" + topicTitle
                + "“ Ihrer Meldung hat jetzt den Stand: Laufend.");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Alle Ihre Meldungen")).click();
        Locator row = page.locator("#my-findings").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(topicTitle));
        assertThat(row).containsText("Maßnahmen: 0 von 1 umgesetzt");
        assertAccessible();
        page.navigate(url("/findings/" + finding));
        Locator chain = page.locator("#chain");
        assertThat(chain).containsText(number);
        assertThat(chain).containsText(title);
        assertThat(chain).containsText("Laufend");
        assertThat(chain).containsText("Fortschritt: 25 %");
        assertThat(chain.getByRole(AriaRole.LINK)).hasCount(0);
        assertAccessible();
    }
}
