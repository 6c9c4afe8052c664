package de.lotse.privacy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.internal.AccountAdministration;
import de.lotse.network.Organisations;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LotseIntegrationTest
class AuditTrailIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    MockMvc mvc;

    private UUID newAccount() {
        UUID organisation = organisations.findByName("Jugendamt Kreis Lotsenbrück").orElseThrow().id();
        return accounts.create("audit-" + System.nanoTime() % 1_000_000, "Audit Test", null, organisation,
                Set.of(Role.CASE_MANAGER), "Sicheres-Passwort-2026");
    }

    private int entriesFor(UUID accountId, String action) {
        return jdbc.sql("select count(*) from privacy.audit_entry where record_type = 'USER_ACCOUNT' and record_id = :id and action = :action")
                .param("id", accountId.toString()).param("action", action).query(Integer.class).single();
    }

    @Test
    void creatingReadingAndChangingAnAccountIsAudited() {
        UUID id = newAccount();
        accounts.get(id);
        accounts.setLocked(id, true);
        assertThat(entriesFor(id, "CREATE")).isEqualTo(1);
        assertThat(entriesFor(id, "READ")).isEqualTo(1);
        assertThat(entriesFor(id, "UPDATE")).isEqualTo(1);
    }

    @Test
    void signingInIsAudited() throws Exception {
        int before = jdbc.sql("select count(*) from privacy.audit_entry where action = 'SIGN_IN' and actor_username = 'lenkungsgruppe'")
                .query(Integer.class).single();
        mvc.perform(post("/login").param("username", "lenkungsgruppe").param("password", LotseIntegrationTest.DEMO_PASSWORD)
                .with(csrf()).with(TestUsers.from("10.2.0.1")));
        int after = jdbc.sql("select count(*) from privacy.audit_entry where action = 'SIGN_IN' and actor_username = 'lenkungsgruppe'")
                .query(Integer.class).single();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        newAccount();
        assertThatThrownBy(() -> jdbc.sql("update privacy.audit_entry set actor_username = 'x' where sequence = 1").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from privacy.audit_entry where sequence = 1").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void theChainIsIntactAndDetectsATamperedEntry() {
        newAccount();
        newAccount();
        assertThat(verifier.verify().intact()).isTrue();
        long victim = jdbc.sql("select min(sequence) from privacy.audit_entry where action = 'CREATE'").query(Long.class).single();
        String original = jdbc.sql("select actor_username from privacy.audit_entry where sequence = :s").param("s", victim)
                .query(String.class).single();
        // Someone with database access edits an entry behind Lotse's back, switching the trigger off first.
        jdbc.sql("alter table privacy.audit_entry disable trigger audit_entry_append_only").update();
        try {
            jdbc.sql("update privacy.audit_entry set actor_username = 'jemand-anderes' where sequence = :s").param("s", victim).update();
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSequence()).isEqualTo(victim);
            assertThat(result.reason()).isEqualTo("audit.broken.hash");
        } finally {
            // Put the entry back so the shared test database keeps an intact chain for the other tests.
            jdbc.sql("update privacy.audit_entry set actor_username = :a where sequence = :s").param("a", original).param("s", victim).update();
            jdbc.sql("alter table privacy.audit_entry enable trigger audit_entry_append_only").update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theAdminPageShowsTheTrailAndItsCheck() throws Exception {
        newAccount();
        mvc.perform(get("/admin/audit").with(TestUsers.as(Role.DATA_PROTECTION_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Protokoll der Zugriffe")))
                .andExpect(content().string(containsString("USER_ACCOUNT")));
        mvc.perform(post("/admin/audit/verify").with(TestUsers.as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Prüfkette ist vollständig und unverändert")));
    }

    @Test
    void readingTheTrailIsItselfAudited() throws Exception {
        int before = jdbc.sql("select count(*) from privacy.audit_entry where record_type = 'AUDIT_TRAIL'").query(Integer.class).single();
        mvc.perform(get("/admin/audit").with(TestUsers.as(Role.DATA_PROTECTION_OFFICER))).andExpect(status().isOk());
        int after = jdbc.sql("select count(*) from privacy.audit_entry where record_type = 'AUDIT_TRAIL'").query(Integer.class).single();
        assertThat(after).isEqualTo(before + 1);
    }

    @Autowired
    AuditTrail audit;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private int reads(String recordId) {
        return jdbc.sql("select count(*) from privacy.audit_entry where record_type = 'TEST_RECORD' and record_id = :id and action = 'READ'")
                .param("id", recordId).query(Integer.class).single();
    }

    @Test
    void withinOneRequestARecordReadAgainIsRecordedOnceButOnlyOnceItsEntryIsCommitted() {
        String record = UUID.randomUUID().toString();
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(new org.springframework.mock.web.MockHttpServletRequest()));
        try {
            transaction.executeWithoutResult(status -> {
                audit.record(AuditAction.READ, "TEST_RECORD", record, "CASE_MANAGEMENT");
                status.setRollbackOnly();
            });
            assertThat(reads(record)).as("rolled back with its transaction").isZero();

            transaction.executeWithoutResult(status -> audit.record(AuditAction.READ, "TEST_RECORD", record, "CASE_MANAGEMENT"));
            transaction.executeWithoutResult(status -> audit.record(AuditAction.READ, "TEST_RECORD", record, "CASE_MANAGEMENT"));
            transaction.executeWithoutResult(status -> audit.recordAll(AuditAction.READ, "TEST_RECORD", List.of(record), "CASE_MANAGEMENT"));
            assertThat(reads(record)).as("recorded again after the rollback, then not again").isEqualTo(1);

            transaction.executeWithoutResult(status -> audit.record(AuditAction.READ, "TEST_RECORD", record, "DUPLICATE_CHECK"));
            transaction.executeWithoutResult(status -> audit.record(AuditAction.UPDATE, "TEST_RECORD", record, "CASE_MANAGEMENT"));
            transaction.executeWithoutResult(status -> audit.record(AuditAction.UPDATE, "TEST_RECORD", record, "CASE_MANAGEMENT"));
            assertThat(reads(record)).as("another purpose is another read").isEqualTo(2);
            assertThat(jdbc.sql("select count(*) from privacy.audit_entry where record_id = :id and action = 'UPDATE'")
                    .param("id", record).query(Integer.class).single()).as("changes are always recorded").isEqualTo(2);
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }

        transaction.executeWithoutResult(status -> audit.record(AuditAction.READ, "TEST_RECORD", record, "CASE_MANAGEMENT"));
        assertThat(reads(record)).as("outside a request every read is recorded").isEqualTo(3);
    }
}
