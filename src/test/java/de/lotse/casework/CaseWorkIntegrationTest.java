package de.lotse.casework;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.internal.CaseWork;
import de.lotse.casework.internal.ClientRegistry;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LotseIntegrationTest
class CaseWorkIntegrationTest {

    @Autowired
    CaseWork caseWork;

    @Autowired
    ClientRegistry clients;

    @Autowired
    ConsentLedger consents;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private SignedInUser caseManagerOf(String organisation) {
        UUID id = organisations.findByName(organisation).orElseThrow().id();
        SignedInUser user = new SignedInUser(UUID.randomUUID(), "cm-" + id, "Test", id, organisation, Set.of(Role.CASE_MANAGER), false);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(user));
        return user;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UUID caseWithConsent() {
        UUID client = clients.register(new NewClient("Rahimi", "Farid", null, null, null, null, 1980, null, null, null, null,
                null, null, null, null, null));
        consents.record(new ConsentLedger.NewConsent(client, ConsentPurpose.CASE_MANAGEMENT, Set.of(), Set.of(DataCategory.IDENTITY),
                LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        return caseWork.open(client, IntakeChannel.SELF, LocalDate.now(), "Fragen zum Aufenthalt");
    }

    @Test
    void everyStepIsAuditedAndKeptInTheHistory() {
        caseManagerOf("Caritasverband für den Kreis Lotsenbrück e. V.");
        UUID id = caseWithConsent();
        caseWork.advance(id, 0);
        caseWork.close(id, ClosureReason.GOALS_REACHED, 1);
        assertThat(caseWork.history(id)).extracting(CaseWork.StatusChange::to)
                .containsExactly(CaseStatus.FIRST_CONTACT, CaseStatus.CLEARING, CaseStatus.CLOSED);
        assertThat(jdbc.sql("select action from privacy.audit_entry where record_type = 'CASE' and record_id = :id and action <> 'READ' order by sequence")
                .param("id", id.toString()).query(String.class).list()).containsExactly("CREATE", "UPDATE", "UPDATE");
    }

    @Test
    void aStaleVersionIsAConflictNotAnOverwrite() {
        caseManagerOf("Caritasverband für den Kreis Lotsenbrück e. V.");
        UUID id = caseWithConsent();
        caseWork.advance(id, 0);
        assertThatThrownBy(() -> caseWork.close(id, ClosureReason.OTHER, 0)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(caseWork.get(id).orElseThrow().status()).isEqualTo(CaseStatus.CLEARING);
    }

    @Test
    void anotherOrganisationCannotSeeTheCase() throws Exception {
        caseManagerOf("Caritasverband für den Kreis Lotsenbrück e. V.");
        UUID id = caseWithConsent();
        SignedInUser other = caseManagerOf("Stadt Lotsenbrück");
        assertThat(caseWork.get(id)).isEmpty();
        SecurityContextHolder.clearContext();
        mvc.perform(get("/cases/" + id).with(TestUsers.as(other))).andExpect(status().isNotFound());
    }

    @Test
    void theCasePageRecordsEachRecordItReadsOncePerView() throws Exception {
        SignedInUser caseManager = caseManagerOf("Caritasverband für den Kreis Lotsenbrück e. V.");
        UUID id = caseWithConsent();
        UUID client = caseWork.get(id).orElseThrow().clientId();
        SecurityContextHolder.clearContext();
        long before = jdbc.sql("select max(sequence) from privacy.audit_entry").query(Long.class).single();

        // The sections of the page read the case again through their own audited paths.
        mvc.perform(get("/cases/" + id).with(TestUsers.as(caseManager))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + id).with(TestUsers.as(caseManager))).andExpect(status().isOk());

        assertThat(jdbc.sql("""
                        select record_type from privacy.audit_entry
                        where sequence > :before and action = 'READ' and record_id in (:ids) order by record_type
                        """)
                .param("before", before).param("ids", java.util.List.of(id.toString(), client.toString()))
                .query(String.class).list())
                .as("a view reads the case, the client, its assessment and histories: once each per view")
                .containsExactly("ASSESSMENT", "ASSESSMENT", "CASE", "CASE", "CLIENT", "CLIENT", "LEGAL_DOMAINS", "LEGAL_DOMAINS",
                        "RESIDENCE_HISTORY", "RESIDENCE_HISTORY");
    }
}
