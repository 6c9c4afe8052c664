package de.lotse.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.network.Organisations;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a consent permits: the purpose, the named recipients, the data categories, on the day, and only for the
 * organisation it was given to.
 */
@LotseIntegrationTest
class ConsentLedgerIntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Autowired
    ConsentLedger ledger;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    UUID caritas;
    UUID jobcenter;
    UUID abh;
    UUID client = UUID.randomUUID();

    @BeforeEach
    void signIn() {
        caritas = organisations.findByName("Caritasverband für den Kreis Lotsenbrück e. V.").orElseThrow().id();
        jobcenter = organisations.findByName("Jobcenter Kreis Lotsenbrück").orElseThrow().id();
        abh = organisations.findByName("Ausländer- und Einbürgerungsbehörde Kreis Lotsenbrück").orElseThrow().id();
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(new SignedInUser(UUID.randomUUID(), "fallmanagement",
                "Leyla Demir", caritas, "Caritas", Set.of(Role.CASE_MANAGER), false)));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UUID referralToJobcenter(LocalDate given, LocalDate expires) {
        return ledger.record(new ConsentLedger.NewConsent(client, ConsentPurpose.REFERRAL, Set.of(jobcenter),
                Set.of(DataCategory.IDENTITY, DataCategory.EDUCATION_AND_WORK), given, ConsentForm.SIGNED_PAPER, null, expires));
    }

    @Test
    void aReferralConsentPermitsExactlyItsRecipientAndCategories() {
        referralToJobcenter(TODAY.minusDays(10), null);
        assertThat(ledger.permits(caritas, client, ConsentPurpose.REFERRAL, jobcenter, List.of(DataCategory.IDENTITY), TODAY)).isTrue();
        assertThat(ledger.permits(caritas, client, ConsentPurpose.REFERRAL, jobcenter,
                List.of(DataCategory.IDENTITY, DataCategory.EDUCATION_AND_WORK), TODAY)).isTrue();
        assertThat(ledger.permits(caritas, client, ConsentPurpose.REFERRAL, abh, List.of(DataCategory.IDENTITY), TODAY))
                .as("another recipient").isFalse();
        assertThat(ledger.permits(caritas, client, ConsentPurpose.REFERRAL, jobcenter, List.of(DataCategory.HEALTH), TODAY))
                .as("another data category").isFalse();
        assertThat(ledger.permits(caritas, client, ConsentPurpose.CASE_CONFERENCE, jobcenter, List.of(DataCategory.IDENTITY), TODAY))
                .as("another purpose").isFalse();
        assertThat(ledger.permits(jobcenter, client, ConsentPurpose.REFERRAL, jobcenter, List.of(DataCategory.IDENTITY), TODAY))
                .as("given to another organisation").isFalse();
    }

    @Test
    void aRevocationEndsThePermissionAtOnceAndStaysOnRecord() {
        UUID id = referralToJobcenter(TODAY.minusDays(10), null);
        ledger.revoke(id, TODAY, "telefonisch widerrufen", 0);
        assertThat(ledger.permits(caritas, client, ConsentPurpose.REFERRAL, jobcenter, List.of(DataCategory.IDENTITY), TODAY)).isFalse();
        assertThat(ledger.permits(caritas, client, ConsentPurpose.REFERRAL, jobcenter, List.of(DataCategory.IDENTITY), TODAY.minusDays(1))).isTrue();
        assertThat(ledger.of(client)).singleElement().satisfies(c -> {
            assertThat(c.revokedOn()).isEqualTo(TODAY);
            assertThat(c.revocationNote()).isEqualTo("telefonisch widerrufen");
        });
        assertThat(jdbc.sql("select action from privacy.audit_entry where record_type = 'CONSENT' and record_id = :id order by sequence")
                .param("id", id.toString()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void revokingTwiceOrWithAStaleVersionIsAConflict() {
        UUID id = referralToJobcenter(TODAY.minusDays(3), null);
        ledger.revoke(id, TODAY, null, 0);
        assertThatThrownBy(() -> ledger.revoke(id, TODAY, null, 0)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void anExpiredConsentPermitsNothing() {
        referralToJobcenter(TODAY.minusYears(1), TODAY.minusDays(1));
        assertThat(ledger.permits(caritas, client, ConsentPurpose.REFERRAL, jobcenter, List.of(DataCategory.IDENTITY), TODAY)).isFalse();
    }

    @Test
    void purposesThatShareDataMustNameRecipients() {
        assertThatThrownBy(() -> ledger.record(new ConsentLedger.NewConsent(client, ConsentPurpose.CASE_CONFERENCE, Set.of(),
                Set.of(DataCategory.IDENTITY), TODAY, ConsentForm.SIGNED_PAPER, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDatabaseInsistsOnTheInterpretersName() {
        assertThatThrownBy(() -> ledger.record(new ConsentLedger.NewConsent(client, ConsentPurpose.CASE_MANAGEMENT, Set.of(),
                Set.of(DataCategory.IDENTITY), TODAY, ConsentForm.INTERPRETER_PRESENT, null, null)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
