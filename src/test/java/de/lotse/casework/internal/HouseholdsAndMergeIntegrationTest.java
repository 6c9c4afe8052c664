package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.ClientsMerged;
import de.lotse.casework.IntakeChannel;
import de.lotse.casework.NewClient;
import de.lotse.casework.Relation;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LotseIntegrationTest
@RecordApplicationEvents
class HouseholdsAndMergeIntegrationTest {

    @Autowired Households households;
    @Autowired ClientMerge merge;
    @Autowired ClientRegistry clients;
    @Autowired CaseWork caseWork;
    @Autowired CaseFindings findings;
    @Autowired ConsentLedger consents;
    @Autowired Organisations organisations;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private SignedInUser caseManagerOf(String organisation) {
        UUID id = organisations.findByName(organisation).orElseThrow().id();
        SignedInUser user = new SignedInUser(UUID.randomUUID(), "cm-" + UUID.randomUUID(), "Test", id, organisation,
                Set.of(Role.CASE_MANAGER), false);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(user));
        return user;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UUID client(String family, String given, Integer year) {
        return clients.register(new NewClient(family, given, null, null, null, null, year, null, null, null, null,
                null, null, null, null, null));
    }

    @Test
    void aHouseholdIsReachedFromEveryMemberWithTheRelationSeenFromEachSide() {
        caseManagerOf(FindingsIntegrationTest.CARITAS);
        UUID mother = client("Nasser-Haushalt", "Layla", 1985);
        UUID son = client("Nasser-Haushalt", "Omar", 2010);
        UUID daughter = client("Nasser-Haushalt", "Nour", 2014);
        UUID uncle = client("Nasser-Haushalt", "Khaled", 1979);

        households.addMember(mother, son, Relation.CHILD);
        households.addMember(son, daughter, Relation.SIBLING);
        households.link(mother, uncle, Relation.SIBLING);

        assertThat(households.membersWith(clients.get(mother).orElseThrow()))
                .extracting(Households.Member::givenNames, Households.Member::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Omar", Relation.CHILD), org.assertj.core.groups.Tuple.tuple("Nour", null));
        assertThat(households.membersWith(clients.get(son).orElseThrow()))
                .extracting(Households.Member::givenNames, Households.Member::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Layla", Relation.PARENT), org.assertj.core.groups.Tuple.tuple("Nour", Relation.SIBLING));
        assertThat(households.relativesOutside(clients.get(mother).orElseThrow()))
                .extracting(Households.Relative::givenNames).containsExactly("Khaled");

        households.leave(daughter);
        households.leave(son);
        assertThat(households.householdOf(mother)).as("a household of one is dissolved").isEmpty();
    }

    @Test
    void someoneLivingWithOthersMustLeaveFirstAndStrangersAreNotFound() {
        caseManagerOf(FindingsIntegrationTest.CARITAS);
        UUID a = client("Diallo-Haushalt", "Mamadou", 1990);
        UUID b = client("Diallo-Haushalt", "Fatoumata", 1992);
        UUID c = client("Camara-Haushalt", "Ibrahima", 1988);
        UUID d = client("Camara-Haushalt", "Aissatou", 1989);
        households.addMember(a, b, Relation.SPOUSE);
        households.addMember(c, d, Relation.SPOUSE);
        assertThatThrownBy(() -> households.addMember(a, c, null)).isInstanceOf(Households.InAnotherHousehold.class);

        caseManagerOf("Stadt Lotsenbrück");
        UUID stranger = client("Sow-Haushalt", "Mamadou", 1990);
        assertThatThrownBy(() -> households.addMember(stranger, a, null)).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void mergingKeepsEveryEntryOfBothRecordsAndIsAudited() {
        caseManagerOf(FindingsIntegrationTest.CARITAS);
        UUID kept = clients.register(new NewClient("Al-Hassan-Merge", "Mohammed", null, null, null, null, 1990, null,
                "syrisch", null, null, null, null, null, null, null));
        UUID duplicate = clients.register(new NewClient("Alhasan-Merge", "Muhammad", "الحسن", "محمد", null,
                LocalDate.of(1990, 4, 2), 1990, null, null, "Arabisch", true, "0171 2345678", null, null, null, null));
        UUID wife = client("Al-Hassan-Merge", "Aisha", 1992);
        households.addMember(duplicate, wife, Relation.SPOUSE);
        UUID consent = consents.record(new ConsentLedger.NewConsent(duplicate, ConsentPurpose.CASE_MANAGEMENT, Set.of(),
                Set.of(DataCategory.IDENTITY), LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
        UUID keptCase = caseWork.open(kept, IntakeChannel.SELF, LocalDate.now(), "Sprachkurs");
        UUID duplicateCase = caseWork.open(duplicate, IntakeChannel.JOBCENTER, LocalDate.now(), "Arbeit");

        merge.merge(kept, duplicate, 0);

        var merged = clients.get(kept).orElseThrow();
        assertThat(merged.familyName()).isEqualTo("Al-Hassan-Merge");
        assertThat(merged.otherSpellings()).contains("Muhammad Alhasan-Merge", "محمد الحسن");
        assertThat(merged.birthDate()).isEqualTo(LocalDate.of(1990, 4, 2));
        assertThat(merged.phone()).isEqualTo("0171 2345678");
        assertThat(merged.nationalities()).isEqualTo("syrisch");
        assertThat(caseWork.ofClient(kept)).extracting(c -> c.id()).containsExactlyInAnyOrder(keptCase, duplicateCase);
        assertThat(consents.of(kept)).extracting(c -> c.id()).contains(consent);
        assertThat(households.membersWith(merged)).extracting(Households.Member::givenNames, Households.Member::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Aisha", Relation.SPOUSE));
        assertThat(merge.keptFor(duplicate)).contains(kept);
        assertThat(clients.likelyDuplicates("Alhasan-Merge", "Muhammad", 1990)).extracting(d -> d.id())
                .contains(kept).doesNotContain(duplicate);
        assertThat(events.stream(ClientsMerged.class)).containsExactly(new ClientsMerged(duplicate, kept, merged.organisationId()));
        assertThat(jdbc.sql("select count(*) from privacy.audit_entry where purpose = 'RECORD_MERGE' and record_id in (:ids)")
                .param("ids", List.of(kept.toString(), duplicate.toString(), consent.toString())).query(Long.class).single())
                .isEqualTo(3);
        assertThatThrownBy(() -> merge.merge(kept, duplicate, merged.version())).isInstanceOf(ClientMerge.NotMergeable.class);
    }

    @Test
    void aStaleVersionStopsTheMergeAndChangesNothing() {
        caseManagerOf(FindingsIntegrationTest.CARITAS);
        UUID kept = client("Kovalenko-Merge", "Oleksandr", 1975);
        UUID duplicate = client("Kowalenko-Merge", "Aleksandr", 1975);
        UUID duplicateCase = caseWork.open(duplicate, IntakeChannel.SELF, LocalDate.now(), "Wohnung");
        clients.update(kept, new NewClient("Kovalenko-Merge", "Oleksandr", null, null, null, null, 1976, null, null, null,
                null, null, null, null, null, null), 0);

        assertThatThrownBy(() -> merge.merge(kept, duplicate, 0)).isInstanceOf(ClientRegistry.ChangedMeanwhile.class);
        assertThat(merge.keptFor(duplicate)).isEmpty();
        assertThat(caseWork.ofClient(duplicate)).extracting(c -> c.id()).containsExactly(duplicateCase);
    }
}
