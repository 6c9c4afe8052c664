package de.lotse.casework.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.LikelyDuplicate;
import de.lotse.casework.NewClient;
import de.lotse.network.Organisation;
import de.lotse.network.OrganisationType;
import de.lotse.network.Organisations;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search before create in an organisation where hundreds of clients are alike: the person searched for is still
 * found first, under every spelling. The crowd lives in an organisation of its own, so that it changes no other
 * test's search, and it is registered before the person, so that a search stopping after the first few hundred
 * candidates in the order they are stored would miss them.
 */
@LotseIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientSearchIntegrationTest {

    static final List<String> OTHER_GIVEN_NAMES = List.of("Ahmad", "Omar", "Khaled", "Fatima", "Aisha", "Layla", "Rania", "Nour",
            "Youssef", "Samir", "Hiba", "Tarek");
    // None of them sounds like Hassan to Daitch-Mokotoff (Qasim would: H, K and Q share a digit).
    static final List<String> OTHER_FAMILY_NAMES = List.of("Haddad", "Khalil", "Darwish", "Nasser", "Saleh", "Youssef",
            "Al-Ahmad", "Mansour", "Hamdan", "Jaber", "Barakat", "Sabbagh");

    @Autowired ClientRegistry clients;
    @Autowired Organisations organisations;

    private SignedInUser caseManager;
    private UUID mohammed;
    private UUID oleksandr;

    @BeforeAll
    void registerACrowdAndThenThePeopleSearchedFor() {
        Organisation organisation = organisations.save(Organisation.create("Suchtest " + System.nanoTime(),
                OrganisationType.WELFARE_ORGANISATION, null));
        caseManager = new SignedInUser(UUID.randomUUID(), "cm-" + UUID.randomUUID(), "Test", organisation.id(),
                organisation.name(), Set.of(Role.CASE_MANAGER), false);
        signIn();
        try {
            for (int i = 0; i < 200; i++) {
                register("Al-Hassan", "Mohammed", null, null, i % 2 == 0 ? 1989 : 1991);
            }
            for (int i = 0; i < 60; i++) {
                register("Al-Hassan", OTHER_GIVEN_NAMES.get(i % OTHER_GIVEN_NAMES.size()), null, null, 1990);
                register(OTHER_FAMILY_NAMES.get(i % OTHER_FAMILY_NAMES.size()), "Mohammed", null, null, 1990);
            }
            for (int i = 0; i < 100; i++) {
                register("Kovalenko", "Oleksandr", null, null, i % 2 == 0 ? 1983 : 1985);
            }
            mohammed = register("Al-Hassan", "Mohammed", "الحسن", "محمد", 1990);
            oleksandr = register("Kovalenko", "Oleksandr", "Коваленко", "Олександр", 1984);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID register(String family, String given, String familyOriginal, String givenOriginal, int year) {
        return clients.register(new NewClient(family, given, familyOriginal, givenOriginal, null, null, year, null, null,
                null, null, null, null, null, null, null));
    }

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(caseManager));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePersonWithNameAndBirthYearComesFirstAmongHundredsAlike() {
        List<LikelyDuplicate> found = clients.likelyDuplicates("Al-Hassan", "Mohammed", 1990);

        assertThat(found).hasSize(ClientRegistry.MAX_RESULTS);
        assertThat(found.getFirst().id()).isEqualTo(mohammed);
        assertThat(found.getFirst().score()).isEqualTo(1.0);
        assertThat(found.subList(1, found.size())).extracting(LikelyDuplicate::score).containsOnly(0.9);
        assertThat(found.subList(1, found.size())).extracting(LikelyDuplicate::birthYear).containsOnly(1989, 1991);
    }

    @ParameterizedTest(name = "{0}, {1} finds Al-Hassan, Mohammed")
    @CsvSource({"Alhasan, Muhammad", "Al Hassan, Mohamad", "Al-Hasan, Mohammad", "AL-HASSAN, MOHAMMED",
            "Al-Ḥassan, Moḥammed", "Mohammed, Al-Hassan", "الحسن, محمد"})
    void everySpellingFindsThePersonFirst(String family, String given) {
        List<LikelyDuplicate> found = clients.likelyDuplicates(family, given, 1990);

        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().id()).isEqualTo(mohammed);
    }

    @ParameterizedTest(name = "{0}, {1} finds Kovalenko, Oleksandr")
    @CsvSource({"Kowalenko, Aleksandr", "Kovalenko, Alexander", "Коваленко, Олександр"})
    void transliterationsFromCyrillicFindThePersonFirst(String family, String given) {
        List<LikelyDuplicate> found = clients.likelyDuplicates(family, given, 1984);

        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().id()).isEqualTo(oleksandr);
    }

    @Test
    void withoutABirthYearTheBestMatchesAreStillRankedFirst() {
        List<LikelyDuplicate> found = clients.likelyDuplicates("Al-Hassan", "Mohammed", null);

        // 201 clients carry exactly this name; all of them rank above those who share only one part of it.
        assertThat(found).hasSize(ClientRegistry.MAX_RESULTS);
        assertThat(found).extracting(LikelyDuplicate::familyName, LikelyDuplicate::givenNames)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("Al-Hassan", "Mohammed"));
        assertThat(found).extracting(LikelyDuplicate::score).containsOnly(0.85);
    }

    @Test
    void aNewPersonSharingOnlyTheFamilyNameGetsTheClosestGivenNamesFirstThenTheFamily() {
        // Only five clients are alike in both parts (Al-Hassan, Samir), too few to leave out those alike in one:
        // every Al-Hassan of those years is read and ranked.
        List<LikelyDuplicate> found = clients.likelyDuplicates("Al-Hassan", "Samira", 1990);

        assertThat(found).hasSize(ClientRegistry.MAX_RESULTS);
        assertThat(found.subList(0, 5)).extracting(LikelyDuplicate::givenNames).containsOnly("Samir");
        assertThat(found.subList(5, found.size())).extracting(LikelyDuplicate::familyName).containsOnly("Al-Hassan");
        assertThat(found.subList(5, found.size())).extracting(LikelyDuplicate::givenNames).doesNotContain("Samir");
        assertThat(found).extracting(LikelyDuplicate::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
