package de.lotse.casework;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.internal.CaseTransfers;
import de.lotse.casework.internal.CaseWork;
import de.lotse.casework.internal.ClientRegistry;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.support.BrowserTestSupport;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A case goes from the Caritas to the Stadt Lotsenbrück: proposed on the case page under the client's consent,
 * accepted from the receiver's start page, then the receiver's own case. The team lead sees the team's open
 * transfers and the cases without contact for 30 days.
 */
class TransferBrowserTest extends BrowserTestSupport {

    @Autowired ClientRegistry clients;
    @Autowired CaseWork caseWork;
    @Autowired CaseTransfers transfers;
    @Autowired ConsentLedger consents;
    @Autowired Organisations organisations;
    @Autowired Colleagues colleagues;
    @Autowired JdbcClient jdbc;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /**
     * The first page of a fresh application compiles its templates; on a shared, busy machine that can take longer
     * than the default timeout, which is about the machine, not the page.
     */
    private void signInAsDemoUnhurried(String username) {
        page.navigate(url("/login"), new Page.NavigateOptions().setTimeout(90_000));
        signInAsDemo(username);
    }

    /** A case of Leyla Demir (fallmanagement), set up through the services as she would. */
    private UUID caseOfLeyla(String family, String given, boolean transferConsent) {
        SignedInUser leyla = colleagues.asSignedIn("fallmanagement").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(leyla));
        try {
            UUID client = clients.register(new NewClient(family, given, null, null, null, null, 1988, null, null, null, null,
                    "0170 5550177", null, "Am Markt 3", null, null));
            consents.record(new ConsentLedger.NewConsent(client, ConsentPurpose.CASE_MANAGEMENT, Set.of(), Set.of(DataCategory.IDENTITY),
                    LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
            if (transferConsent) {
                UUID stadt = organisations.findByName("Stadt Lotsenbrück").orElseThrow().id();
                consents.record(new ConsentLedger.NewConsent(client, ConsentPurpose.TRANSFER, Set.of(stadt),
                        Set.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CASE_NOTES), LocalDate.now(),
                        ConsentForm.SIGNED_PAPER, null, null));
            }
            return caseWork.open(client, IntakeChannel.JOBCENTER, LocalDate.now(), "Sucht einen Sprachkurs in der Stadt");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aCaseGoesToAnotherOrganisationAndTheReceiverAcceptsIt() {
        UUID caseId = caseOfLeyla("Übergabetest", "Samira", true);

        signInAsDemoUnhurried("fallmanagement");
        page.navigate(url("/cases/" + caseId));
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Fall übergeben")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Fall von Samira Übergabetest übergeben");
        page.getByRole(AriaRole.BUTTON, named("Übergabe vorschlagen")).click();
        assertThat(page.locator("#note-error")).containsText("Bitte füllen Sie dieses Feld aus.");
        assertAccessible();
        page.getByLabel("Andere Organisation").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Stadt Lotsenbrück"));
        page.getByLabel("Notiz für die Empfangenden").fill("Umzug in die Stadt, Sprachkurs weiter suchen");
        page.getByRole(AriaRole.BUTTON, named("Übergabe vorschlagen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Übergabe wurde vorgeschlagen.");
        assertThat(page.locator("#transfer-open")).containsText("Stadt Lotsenbrück");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();

        signInAsDemo("fallmanagement2");
        Locator panel = page.locator("#transfers-panel");
        assertThat(panel.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Übergaben an Sie"))).isVisible();
        Locator card = panel.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Übergabetest, Samira (geboren 1988)"));
        assertThat(card).containsText("Sucht einen Sprachkurs in der Stadt");
        assertThat(card).containsText("Umzug in die Stadt, Sprachkurs weiter suchen");
        assertThat(card).not().containsText("5550177");
        assertAccessible();
        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Übergabe von Samira Übergabetest ansehen oder ablehnen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Fallübergabe von Caritasverband");
        assertThat(page.locator("#transfer-person")).hasText("Übergabetest, Samira (geboren 1988)");
        assertThat(page.locator("main")).not().containsText("Am Markt");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Übergabe ablehnen")).click();
        assertThat(page.locator("#reason-error")).containsText("Bitte füllen Sie dieses Feld aus.");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, named("Fall übernehmen")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sie haben den Fall übernommen.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Fall von Samira Übergabetest");
        assertThat(page.locator("main")).containsText("Übergabe an eine andere Organisation");
        assertAccessible();
        page.navigate(url("/cases?q=Übergabetest"));
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Übergabetest, Samira"))).containsText("Erstkontakt");
        assertAccessible();
    }

    @Test
    void theTeamLeadSeesOpenTransfersAndCasesWithoutContact() {
        UUID quiet = caseOfLeyla("Stillefall", "Omid", false);
        jdbc.sql("update casework.case_status_change set changed_at = now() - interval '45 days' where client_case = :c")
                .param("c", quiet).update();
        UUID handedOn = caseOfLeyla("Teamübergabe", "Rana", false);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(colleagues.asSignedIn("fallmanagement").orElseThrow()));
        try {
            transfers.propose(handedOn, colleagues.asSignedIn("teamleitung").orElseThrow().id(), null, "Bitte übernehmen");
        } finally {
            SecurityContextHolder.clearContext();
        }

        signInAsDemoUnhurried("teamleitung");
        assertThat(page.locator("#transfers-panel")).containsText("Teamübergabe, Rana");
        assertAccessible();
        page.navigate(url("/cases?team=true"));
        Locator teamTransfers = page.locator("#team-transfers");
        assertThat(teamTransfers.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Teamübergabe, Rana")))
                .containsText("Leyla Demir");
        assertAccessible();
        page.getByRole(AriaRole.LINK, named("Fälle ohne Kontakt seit 30 Tagen zeigen")).click();
        assertThat(page.getByLabel("Ohne Kontakt seit 30 Tagen")).isChecked();
        Locator caseloadTable = page.locator("#caseload");
        Locator row = caseloadTable.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Stillefall, Omid"));
        assertThat(row).containsText("über 30 Tage");
        assertThat(row).containsText("Leyla Demir");
        assertThat(caseloadTable.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Teamübergabe, Rana"))).hasCount(0);
        assertAccessible();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Stillefall");
        page.getByRole(AriaRole.BUTTON, named("Filtern")).click();
        assertThat(page.locator("#caseload").getByRole(AriaRole.ROW)).hasCount(2);
        assertAccessible();
    }
}
