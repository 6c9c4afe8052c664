package de.lotse.residence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.IntakeChannel;
import de.lotse.casework.NewClient;
import de.lotse.casework.internal.CaseWork;
import de.lotse.casework.internal.ClientRegistry;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.residence.precheck.BasisResult;
import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.PreCheckEngine;
import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.PreCheckResult;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pre-checks saved to cases, the screening built from them, and hand-offs to the ABH: organisation scoping, consent
 * (checked when read, so a revocation takes effect at once), reproducibility with the stored law versions, the
 * decision history and concurrent steps.
 */
@LotseIntegrationTest
class ResidenceCaseIntegrationTest {

    static final String CARITAS = "Caritasverband für den Kreis Lotsenbrück e. V.";
    static final String STADT = "Stadt Lotsenbrück";

    @Autowired SavedPreChecks preChecks;
    @Autowired HandOffs handOffs;
    @Autowired Screening screening;
    @Autowired ScreeningComputation computation;
    @Autowired PreCheckEngine engine;
    @Autowired ClientRegistry clients;
    @Autowired CaseWork caseWork;
    @Autowired ConsentLedger consents;
    @Autowired Organisations organisations;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    final LocalDate today = LocalDate.now();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    SignedInUser as(String organisation, Role role) {
        UUID id = organisations.findByName(organisation).orElseThrow().id();
        SignedInUser user = new SignedInUser(UUID.randomUUID(), "t-" + role + "-" + id, "Test " + role, id, organisation, Set.of(role), false);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(user));
        return user;
    }

    UUID abh() {
        return organisations.findByName(DemoPreChecks.ABH).orElseThrow().id();
    }

    record Person(UUID clientId, UUID caseId, UUID consentId) {
    }

    /** A client of the Caritas with consent to case management and an open case; signed in as its case manager. */
    Person person(String familyName) {
        as(CARITAS, Role.CASE_MANAGER);
        UUID client = clients.register(new NewClient(familyName, "Samira", null, null, null, LocalDate.of(1990, 4, 2), 1990,
                null, null, null, null, null, null, null, null, null));
        UUID consent = consents.record(new ConsentLedger.NewConsent(client, ConsentPurpose.CASE_MANAGEMENT, Set.of(),
                Set.of(DataCategory.IDENTITY, DataCategory.RESIDENCE), today.minusDays(30), ConsentForm.SIGNED_PAPER, null, null));
        UUID caseId = caseWork.open(client, IntakeChannel.SELF, today.minusDays(30), "Bleiberecht klären");
        return new Person(client, caseId, consent);
    }

    UUID handOffConsent(Person person) {
        return consents.record(new ConsentLedger.NewConsent(person.clientId(), ConsentPurpose.PRE_CHECK_HANDOFF, Set.of(abh()),
                HandOffs.SHARED_CATEGORIES, today.minusDays(1), ConsentForm.SIGNED_PAPER, null, null));
    }

    PreCheckRequest metNow() {
        return DemoFacts.request(DemoFacts.person(0, 3, today), today);
    }

    @Test
    void aSavedPreCheckIsShownAsSavedAndReproducedWithItsStoredLawVersions() {
        Person person = person("Vorprüfung-Speichern");
        UUID id = preChecks.save(person.caseId(), metNow()).orElseThrow();

        SavedPreChecks.Saved saved = preChecks.get(person.caseId(), id).orElseThrow();
        assertThat(saved.engineVersion()).isEqualTo(PreCheckEngine.ENGINE_VERSION);
        assertThat(saved.result()).isEqualTo(engine.check(metNow()));
        List<String> storedVersions = jdbc.sql("select law_version_id from residence.saved_pre_check_basis where pre_check = :p order by position")
                .param("p", id).query(String.class).list();
        assertThat(storedVersions).containsExactlyElementsOf(saved.result().results().stream().map(BasisResult::lawVersionId).toList());

        SavedPreChecks.Reproduction again = preChecks.reproduce(saved);
        assertThat(again.sameEngine()).isTrue();
        assertThat(again.sameLawVersions()).isTrue();
        assertThat(again.identical()).isTrue();
        assertThat(again.result()).isEqualTo(saved.result());

        assertThat(preChecks.ofCase(person.caseId())).singleElement().satisfies(summary -> {
            assertThat(summary.asOf()).isEqualTo(today);
            assertThat(summary.bases()).extracting(SavedPreChecks.BasisSummary::lawVersionId).containsExactlyElementsOf(storedVersions);
        });
        assertThat(jdbc.sql("select count(*) from privacy.audit_entry where record_type = 'PRE_CHECK' and record_id = :id and action = 'CREATE'")
                .param("id", id.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aPreCheckSavedBeforeAStatuteChangedKeepsItsOldVersionWhenReproduced() {
        // § 25b AufenthG changed on 2022-12-31: a pre-check as of 2022-06-01 was made under the 2020 version.
        Person person = person("Vorprüfung-Altfassung");
        LocalDate asOf = LocalDate.of(2022, 6, 1);
        PreCheckRequest old = DemoFacts.request(DemoFacts.person(0, 5, asOf), asOf);
        UUID id = preChecks.save(person.caseId(), old).orElseThrow();

        SavedPreChecks.Saved saved = preChecks.get(person.caseId(), id).orElseThrow();
        assertThat(saved.result().results()).filteredOn(b -> b.legalBasis() == LegalBasis.AUFENTHG_25B)
                .singleElement().extracting(BasisResult::lawVersionId).isEqualTo("AUFENTHG_25B@2020-03-01");
        assertThat(preChecks.reproduce(saved).identical()).isTrue();
    }

    @Test
    void thePrefillIsTheClientsLastSavedFacts() {
        Person person = person("Vorprüfung-Vorbelegung");
        PreCheckRequest first = DemoFacts.request(DemoFacts.person(6, 1, today), today);
        preChecks.save(person.caseId(), first).orElseThrow();
        PreCheckForm prefilled = preChecks.factsToPrefill(caseWork.get(person.caseId()).orElseThrow(), today.plusDays(1));
        assertThat(prefilled.asOf()).isEqualTo(today.plusDays(1));
        assertThat(prefilled.toRequest().person()).isEqualTo(first.person());
    }

    @Test
    void anotherOrganisationCanNeitherSaveNorSeeAPreCheck() throws Exception {
        Person person = person("Vorprüfung-Fremd");
        UUID id = preChecks.save(person.caseId(), metNow()).orElseThrow();
        SignedInUser stranger = as(STADT, Role.CASE_MANAGER);
        assertThat(preChecks.save(person.caseId(), metNow())).isEmpty();
        assertThat(preChecks.get(person.caseId(), id)).isEmpty();
        assertThat(preChecks.ofCase(person.caseId())).isEmpty();
        assertThat(screening.list(3650)).extracting(Screening.Entry::clientId).doesNotContain(person.clientId());
        mvc.perform(get("/pre-checks").param("caseId", person.caseId().toString()).with(TestUsers.as(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theScreeningListsOnlyClientsWhoseConsentCoversIt() {
        Person person = person("Screening-Einwilligung");
        preChecks.save(person.caseId(), metNow()).orElseThrow();
        assertThat(screening.list(90)).filteredOn(e -> e.clientId().equals(person.clientId())).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("Samira Screening-Einwilligung");
            assertThat(entry.bases()).anySatisfy(b -> {
                assertThat(b.legalBasis()).isEqualTo(LegalBasis.AUFENTHG_25B);
                assertThat(b.outcome()).isEqualTo(Outcome.MET);
                assertThat(b.earliestDate()).isEqualTo(today);
            });
        });

        consents.revoke(person.consentId(), today, "Widerruf", 0);
        assertThat(screening.list(90)).extracting(Screening.Entry::clientId).doesNotContain(person.clientId());
    }

    @Test
    void theScreeningShowsWhatIsMissingAndWhatIsMetWithinTheHorizon() {
        Person missing = person("Screening-Fehlt");
        preChecks.save(missing.caseId(), DemoFacts.request(DemoFacts.person(6, 2, today), today)).orElseThrow();
        Person soon = person("Screening-Bald");
        preChecks.save(soon.caseId(), DemoFacts.request(DemoFacts.person(1, 30, today), today)).orElseThrow();

        List<Screening.Entry> entries = screening.list(90);
        assertThat(entries).filteredOn(e -> e.clientId().equals(missing.clientId())).singleElement()
                .satisfies(e -> assertThat(e.bases()).anySatisfy(b -> {
                    assertThat(b.outcome()).isEqualTo(Outcome.UNDETERMINED);
                    assertThat(b.missingFacts()).extracting(PreCheckView.MissingFact::labelKey).contains("precheck.fact.germanLevel");
                }));
        assertThat(entries).filteredOn(e -> e.clientId().equals(soon.clientId())).singleElement()
                .satisfies(e -> assertThat(e.bases()).anySatisfy(b -> {
                    assertThat(b.legalBasis()).isEqualTo(LegalBasis.AUFENTHG_25B);
                    assertThat(b.earliestDate()).isAfter(today).isBeforeOrEqualTo(today.plusDays(90));
                }));
        assertThat(screening.list(5)).extracting(Screening.Entry::clientId).doesNotContain(soon.clientId());
    }

    @Test
    void theNightlyRecomputationIsScheduledAndRecomputesEveryStoredClient() {
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(task -> task.getTask().toString()))
                .anyMatch(task -> task.contains("ScreeningSchedule.nightly"));
        int stored = jdbc.sql("select count(*) from residence.client_facts").query(Integer.class).single();
        assertThat(computation.recomputeAll(today)).isEqualTo(stored);
        assertThat(jdbc.sql("select count(distinct computed_on) from residence.screening_result").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aHandOffNeedsTheConsentForThisOfficeAndNothingIsSharedWithout() {
        Person person = person("Übergabe-Ohne");
        UUID id = preChecks.save(person.caseId(), metNow()).orElseThrow();
        assertThatThrownBy(() -> handOffs.share(person.caseId(), id, abh())).isInstanceOf(HandOffs.ConsentMissing.class);
        UUID caritas = organisations.findByName(CARITAS).orElseThrow().id();
        assertThatThrownBy(() -> handOffs.share(person.caseId(), id, caritas)).isInstanceOf(HandOffs.NotAnImmigrationOffice.class);
        assertThat(jdbc.sql("select count(*) from residence.hand_off where client_id = :c").param("c", person.clientId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theAbhSeesAHandOffOnlyWhileTheConsentIsValid() {
        Person person = person("Übergabe-Widerruf");
        UUID preCheck = preChecks.save(person.caseId(), metNow()).orElseThrow();
        UUID consent = handOffConsent(person);
        UUID handOff = handOffs.share(person.caseId(), preCheck, abh()).orElseThrow();

        as(DemoPreChecks.ABH, Role.IMMIGRATION_OFFICER);
        assertThat(handOffs.forCallersOffice()).extracting(HandOffs.Line::id).contains(handOff);
        HandOffs.HandOff shared = handOffs.get(handOff).orElseThrow();
        assertThat(shared.familyName()).isEqualTo("Übergabe-Widerruf");
        assertThat(shared.birthDate()).isEqualTo(LocalDate.of(1990, 4, 2));
        assertThat(shared.request()).isEqualTo(metNow());
        assertThat(screening.list(90)).extracting(Screening.Entry::clientId).contains(person.clientId());

        as(STADT, Role.IMMIGRATION_OFFICER);
        assertThat(handOffs.get(handOff)).isEmpty();

        as(CARITAS, Role.CASE_MANAGER);
        consents.revoke(consent, today, "Widerruf der Übergabe", 0);

        as(DemoPreChecks.ABH, Role.IMMIGRATION_OFFICER);
        assertThat(handOffs.get(handOff)).isEmpty();
        assertThat(handOffs.forCallersOffice()).extracting(HandOffs.Line::id).doesNotContain(handOff);
        assertThat(screening.list(90)).extracting(Screening.Entry::clientId).doesNotContain(person.clientId());
    }

    @Test
    void applicationAndDecisionAreKeptInTheHistoryAndAStaleStepIsAConflict() throws Exception {
        Person person = person("Übergabe-Entscheidung");
        UUID preCheck = preChecks.save(person.caseId(), metNow()).orElseThrow();
        handOffConsent(person);
        UUID handOff = handOffs.share(person.caseId(), preCheck, abh()).orElseThrow();

        SignedInUser officer = as(DemoPreChecks.ABH, Role.IMMIGRATION_OFFICER);
        assertThat(handOffs.record(handOff, HandOffStatus.APPLIED, today, "Antrag liegt vor", 0)).isTrue();
        assertThatThrownBy(() -> handOffs.record(handOff, HandOffStatus.GRANTED, today, null, 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> handOffs.record(handOff, HandOffStatus.APPLIED, today, null, 1))
                .isInstanceOf(HandOffs.StepNotPossible.class);

        mvc.perform(post("/hand-offs/{id}/steps", handOff).with(TestUsers.as(officer)).with(csrf())
                        .param("status", "WITHDRAWN").param("happenedOn", today.toString()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Jemand hat inzwischen einen anderen Schritt erfasst")));
        mvc.perform(post("/hand-offs/{id}/steps", handOff).with(TestUsers.as(officer)).with(csrf())
                        .param("status", "GRANTED").param("happenedOn", today.plusDays(3).toString()).param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Das Datum darf nicht in der Zukunft liegen.")));

        // MockMvc clears the security context of this thread after each request.
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(officer));
        assertThat(handOffs.record(handOff, HandOffStatus.GRANTED, today, null, 1)).isTrue();
        assertThatThrownBy(() -> handOffs.record(handOff, HandOffStatus.REFUSED, today, null, 2))
                .isInstanceOf(HandOffs.StepNotPossible.class);
        assertThat(handOffs.history(handOff)).extracting(HandOffs.Event::status)
                .containsExactly(HandOffStatus.SHARED, HandOffStatus.APPLIED, HandOffStatus.GRANTED);
        assertThat(jdbc.sql("select version from residence.hand_off where id = :id").param("id", handOff).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void theCaseManagerSeesWhereTheHandOffStands() throws Exception {
        Person person = person("Übergabe-Stand");
        UUID preCheck = preChecks.save(person.caseId(), metNow()).orElseThrow();
        handOffConsent(person);
        handOffs.share(person.caseId(), preCheck, abh()).orElseThrow();
        assertThat(handOffs.ofPreCheck(preCheck)).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(HandOffStatus.SHARED);
            assertThat(line.organisationName()).isEqualTo(DemoPreChecks.ABH);
        });
    }

    @Test
    void pagesAnswerAndBadInputGetsAGermanMessage() throws Exception {
        Person person = person("Seiten-Probe");
        SignedInUser caseManager = (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        UUID preCheck = preChecks.save(person.caseId(), metNow()).orElseThrow();
        mvc.perform(get("/cases/{id}", person.caseId()).with(TestUsers.as(caseManager)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Vorprüfung für diesen Fall")));
        mvc.perform(get("/pre-checks").param("caseId", person.caseId().toString()).with(TestUsers.as(caseManager)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Im Fall speichern")));
        mvc.perform(get("/cases/{id}/pre-checks/{p}", person.caseId(), preCheck).with(TestUsers.as(caseManager)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Nachgeprüft")));
        mvc.perform(get("/cases/{id}/pre-checks/{p}/pdf", person.caseId(), preCheck).with(TestUsers.as(caseManager)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(post("/cases/{id}/pre-checks", person.caseId()).with(TestUsers.as(caseManager)).with(csrf())
                        .param("asOf", "").param("legalBases", "AUFENTHG_25B"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte wählen Sie einen Wert aus.")));
        mvc.perform(post("/cases/{id}/pre-checks/{p}/hand-offs", person.caseId(), preCheck).with(TestUsers.as(caseManager)).with(csrf())
                        .param("recipientId", abh().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem", "handoff.consentMissing"));
        mvc.perform(get("/screening").param("horizon", "-4").with(TestUsers.as(caseManager)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte geben Sie eine Zahl ab 0 ein.")));
        mvc.perform(post("/screening/recompute").with(TestUsers.as(caseManager)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theDemoUnitHasABelievableScreeningAndHandOffsWithDecisions() {
        as(CARITAS, Role.CASE_MANAGER);
        List<Screening.Entry> entries = screening.list(90);
        List<Screening.Basis> bases = entries.stream().flatMap(e -> e.bases().stream()).toList();
        assertThat(bases).filteredOn(b -> b.outcome() == Outcome.MET).hasSizeGreaterThanOrEqualTo(5);
        assertThat(bases).filteredOn(b -> b.earliestDate() != null && b.earliestDate().isAfter(today)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(bases).filteredOn(b -> b.outcome() == Outcome.UNDETERMINED).hasSizeGreaterThanOrEqualTo(3);

        as(DemoPreChecks.ABH, Role.IMMIGRATION_OFFICER);
        assertThat(handOffs.forCallersOffice()).extracting(HandOffs.Line::status)
                .contains(HandOffStatus.APPLIED, HandOffStatus.GRANTED, HandOffStatus.REFUSED, HandOffStatus.SHARED);
    }
}
