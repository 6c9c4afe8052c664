package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.ClientHistories;
import de.lotse.casework.ExpiringDocument;
import de.lotse.casework.IntakeChannel;
import de.lotse.casework.LegalDomain;
import de.lotse.casework.LegalDomainPeriod;
import de.lotse.casework.NewClient;
import de.lotse.casework.ResidencePeriod;
import de.lotse.casework.ResidenceStatus;
import de.lotse.network.LifeArea;
import de.lotse.network.Organisations;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of the assessment and the client histories: gaps and changes of legal domains, overlaps refused,
 * stale versions refused, the organisation boundary, and the audit trail.
 */
@LotseIntegrationTest
class ClientHistoriesIntegrationTest {

    static final String CARITAS = "Caritasverband für den Kreis Lotsenbrück e. V.";

    @Autowired
    Assessments assessments;

    @Autowired
    LegalDomainHistory legalDomains;

    @Autowired
    ResidenceHistory residence;

    @Autowired
    ClientHistories histories;

    @Autowired
    ClientRegistry clients;

    @Autowired
    CaseWork caseWork;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

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

    private UUID client(String familyName) {
        return clients.register(new NewClient(familyName, "Samira", null, null, null, null, 1994, null, null, null, null,
                null, null, null, null, null));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aChangeOfLegalDomainWithDaysBetweenIsFlaggedAsAGap() {
        SignedInUser user = caseManagerOf(CARITAS);
        UUID client = client("Lückenprobe");
        legalDomains.add(client, LegalDomain.ASYLBLG, d("2022-01-01"), d("2024-01-31"));
        legalDomains.add(client, LegalDomain.SGB_II, d("2024-03-01"), null);
        // Jugendhilfe beside the others: allowed, and neither a change nor a gap.
        legalDomains.add(client, LegalDomain.SGB_VIII, d("2022-06-01"), d("2023-06-30"));

        LegalDomainHistory.Overview overview = legalDomains.of(client).orElseThrow();
        assertThat(overview.periods()).extracting(LegalDomainHistory.Entry::domain)
                .containsExactly(LegalDomain.ASYLBLG, LegalDomain.SGB_VIII, LegalDomain.SGB_II);
        assertThat(overview.changes()).containsExactly(new LegalDomainHistory.Change(LegalDomain.ASYLBLG, LegalDomain.SGB_II, d("2024-03-01")));
        assertThat(overview.gaps()).containsExactly(new Timeline.Gap(d("2024-02-01"), d("2024-02-29")));
        assertThat(histories.legalDomainPeriods(client)).containsExactly(
                new LegalDomainPeriod(LegalDomain.ASYLBLG, d("2022-01-01"), d("2024-01-31")),
                new LegalDomainPeriod(LegalDomain.SGB_VIII, d("2022-06-01"), d("2023-06-30")),
                new LegalDomainPeriod(LegalDomain.SGB_II, d("2024-03-01"), null));
        assertThat(histories.legalDomainsEnding(user.organisationId(), d("2024-01-15"), d("2024-02-15")))
                .anySatisfy(ending -> {
                    assertThat(ending.clientId()).isEqualTo(client);
                    assertThat(ending.domain()).isEqualTo(LegalDomain.ASYLBLG);
                    assertThat(ending.to()).isEqualTo(d("2024-01-31"));
                });
    }

    @Test
    void overlappingPeriodsAreRefusedWithTheFieldNamed() {
        caseManagerOf(CARITAS);
        UUID client = client("Überschneidungsprobe");
        legalDomains.add(client, LegalDomain.SGB_II, d("2024-03-01"), null);
        assertThatThrownBy(() -> legalDomains.add(client, LegalDomain.SGB_II, d("2025-01-01"), null))
                .isInstanceOfSatisfying(PeriodRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.code()).isEqualTo("legalDomain.overlap.same");
                });
        assertThatThrownBy(() -> legalDomains.add(client, LegalDomain.ASYLBLG, d("2023-01-01"), d("2024-03-01")))
                .isInstanceOfSatisfying(PeriodRejected.class, e -> assertThat(e.code()).isEqualTo("legalDomain.overlap.exclusive"));
        assertThatThrownBy(() -> legalDomains.add(client, LegalDomain.SGB_III, d("2024-03-01"), d("2024-02-01")))
                .isInstanceOfSatisfying(PeriodRejected.class, e -> assertThat(e.field()).isEqualTo("to"));

        residence.add(client, new ResidenceHistory.NewPeriod(ResidenceStatus.AUFENTHALTSGESTATTUNG, null, d("2022-01-01"), d("2023-05-31"), null));
        assertThatThrownBy(() -> residence.add(client, new ResidenceHistory.NewPeriod(ResidenceStatus.DULDUNG, null, d("2023-05-31"), null, null)))
                .isInstanceOfSatisfying(PeriodRejected.class, e -> assertThat(e.code()).isEqualTo("residence.overlap"));
        assertThatThrownBy(() -> residence.add(client, new ResidenceHistory.NewPeriod(ResidenceStatus.DULDUNG, "25a", d("2023-06-01"), null, null)))
                .isInstanceOfSatisfying(PeriodRejected.class, e -> assertThat(e.field()).isEqualTo("legalBasis"));
        assertThat(legalDomains.of(client).orElseThrow().periods()).hasSize(1);
        assertThat(residence.of(client, LocalDate.now()).orElseThrow().periods()).hasSize(1);
    }

    @Test
    void theResidenceHistoryIsTheShapeThePreCheckReadsAndShowsTheCurrentDocument() {
        SignedInUser user = caseManagerOf(CARITAS);
        UUID client = client("Dokumentprobe");
        UUID caseId = caseWork.open(client, IntakeChannel.SELF, LocalDate.now(), "Aufenthalt");
        LocalDate expiry = LocalDate.now().plusDays(30);
        residence.add(client, new ResidenceHistory.NewPeriod(ResidenceStatus.AUFENTHALTSGESTATTUNG, null, d("2022-01-01"), d("2023-05-31"), d("2023-05-31")));
        residence.add(client, new ResidenceHistory.NewPeriod(ResidenceStatus.AUFENTHALTSERLAUBNIS, "25a", d("2023-06-01"), null, expiry));

        assertThat(histories.residencePeriods(client)).containsExactly(
                new ResidencePeriod(ResidenceStatus.AUFENTHALTSGESTATTUNG, null, d("2022-01-01"), d("2023-05-31"), d("2023-05-31")),
                new ResidencePeriod(ResidenceStatus.AUFENTHALTSERLAUBNIS, "25a", d("2023-06-01"), null, expiry));
        ResidenceHistory.CurrentDocument current = residence.of(client, LocalDate.now()).orElseThrow().currentDocument();
        assertThat(current.daysLeft()).isEqualTo(30);
        assertThat(current.expiringSoon()).isTrue();
        List<ExpiringDocument> expiring = histories.documentsExpiring(user.organisationId(), LocalDate.now(), LocalDate.now().plusDays(60));
        assertThat(expiring).contains(new ExpiringDocument(client, caseId, "Samira Dokumentprobe", ResidenceStatus.AUFENTHALTSERLAUBNIS, expiry));

        caseManagerOf("Stadt Lotsenbrück");
        assertThat(histories.documentsExpiring(user.organisationId(), LocalDate.now(), LocalDate.now().plusDays(60))).isEmpty();
        assertThat(histories.residencePeriods(client)).isEmpty();
    }

    @Test
    void aStaleAssessmentIsAConflictNotAnOverwrite() {
        caseManagerOf(CARITAS);
        UUID client = client("Versionsprobe");
        UUID caseId = caseWork.open(client, IntakeChannel.SELF, LocalDate.now(), "Wohnung");
        assessments.save(caseId, LifeArea.HOUSING, new Assessments.Input("Gemeinschaftsunterkunft", Need.HIGH, null, null), null);
        assessments.save(caseId, LifeArea.HOUSING, new Assessments.Input("Wohnung in Aussicht", Need.MEDIUM, "Bruder hilft", null), 0);
        assertThatThrownBy(() -> assessments.save(caseId, LifeArea.HOUSING, new Assessments.Input("Gemeinschaftsunterkunft", Need.LOW, null, null), 0))
                .isInstanceOfSatisfying(Assessments.ChangedMeanwhile.class, e -> {
                    assertThat(e.fields()).containsExactly("situation", "need", "resources");
                    assertThat(e.currentVersion()).isEqualTo(1);
                });
        // Not assessed yet means no version: a second first assessment is stale too.
        assertThatThrownBy(() -> assessments.save(caseId, LifeArea.HOUSING, new Assessments.Input(null, Need.LOW, null, null), null))
                .isInstanceOf(Assessments.ChangedMeanwhile.class);

        Assessments.AreaAssessment housing = assessments.of(caseId).orElseThrow().stream()
                .filter(a -> a.lifeArea() == LifeArea.HOUSING).findFirst().orElseThrow();
        assertThat(housing.entry().need()).isEqualTo(Need.MEDIUM);
        assertThat(housing.entry().version()).isEqualTo(1);
        assertThat(assessments.history(caseId, LifeArea.HOUSING)).extracting(Assessments.Change::need).containsExactly(Need.MEDIUM, Need.HIGH);
        assertThat(assessments.of(caseId).orElseThrow()).hasSize(11).filteredOn(Assessments.AreaAssessment::assessed).hasSize(1);
    }

    @Test
    void aStaleSaveOnThePageShowsTheConflictAndOverwritesNothing() throws Exception {
        SignedInUser user = caseManagerOf(CARITAS);
        UUID client = client("Seitenkonfliktprobe");
        UUID caseId = caseWork.open(client, IntakeChannel.SELF, LocalDate.now(), "Arbeit");
        assessments.save(caseId, LifeArea.WORK, new Assessments.Input("Minijob", Need.MEDIUM, null, null), null);
        assessments.save(caseId, LifeArea.WORK, new Assessments.Input("Vollzeit in Aussicht", Need.LOW, null, null), 0);
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/cases/{id}/assessment/WORK", caseId)
                        .param("situation", "Ohne Arbeit").param("need", "HIGH").param("version", "0")
                        .with(TestUsers.as(user)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Jemand anderes hat diesen Datensatz inzwischen geändert.").contains("Situation")
                .contains("name=\"version\" value=\"1\"");
        assertThat(assessments.current(caseId, LifeArea.WORK).orElseThrow().need()).isEqualTo(Need.LOW);
    }

    @Test
    void anotherOrganisationSeesNothingAndChangesNothing() {
        caseManagerOf(CARITAS);
        UUID client = client("Grenzprobe");
        UUID caseId = caseWork.open(client, IntakeChannel.SELF, LocalDate.now(), "Arbeit");
        UUID period = legalDomains.add(client, LegalDomain.ASYLBLG, d("2023-01-01"), null);

        caseManagerOf("Stadt Lotsenbrück");
        assertThat(assessments.of(caseId)).isEmpty();
        assertThat(legalDomains.of(client)).isEmpty();
        assertThat(residence.of(client, LocalDate.now())).isEmpty();
        assertThat(histories.legalDomainPeriods(client)).isEmpty();
        assertThatThrownBy(() -> assessments.save(caseId, LifeArea.WORK, new Assessments.Input(null, Need.HIGH, null, null), null))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> legalDomains.add(client, LegalDomain.SGB_II, d("2024-01-01"), null)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> legalDomains.end(client, period, d("2024-01-01"), 0)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> residence.add(client, new ResidenceHistory.NewPeriod(ResidenceStatus.DULDUNG, null, d("2024-01-01"), null, null)))
                .isInstanceOf(NoSuchElementException.class);

        caseManagerOf(CARITAS);
        assertThat(legalDomains.of(client).orElseThrow().periods()).singleElement()
                .satisfies(p -> assertThat(p.to()).isNull());
        assertThat(assessments.of(caseId).orElseThrow()).noneMatch(Assessments.AreaAssessment::assessed);
    }

    @Test
    void everyChangeAndReadIsAudited() {
        caseManagerOf(CARITAS);
        UUID client = client("Protokollprobe");
        UUID caseId = caseWork.open(client, IntakeChannel.SELF, LocalDate.now(), "Sprache");
        assessments.save(caseId, LifeArea.LANGUAGE, new Assessments.Input("A1", Need.HIGH, null, null), null);
        assessments.save(caseId, LifeArea.LANGUAGE, new Assessments.Input("A2", Need.HIGH, null, null), 0);
        assessments.of(caseId);
        UUID period = legalDomains.add(client, LegalDomain.ASYLBLG, d("2023-01-01"), null);
        legalDomains.end(client, period, d("2024-01-31"), 0);
        assertThatThrownBy(() -> legalDomains.end(client, period, d("2024-02-28"), 0)).isInstanceOf(PeriodChangedMeanwhile.class);
        residence.add(client, new ResidenceHistory.NewPeriod(ResidenceStatus.DULDUNG, null, d("2023-01-01"), null, null));
        histories.residencePeriods(client);

        assertThat(actions("ASSESSMENT", caseId)).containsExactly("CREATE", "UPDATE", "READ");
        assertThat(actions("LEGAL_DOMAINS", client)).containsExactly("CREATE", "UPDATE");
        assertThat(actions("RESIDENCE_HISTORY", client)).containsExactly("CREATE", "READ");
    }

    private List<String> actions(String recordType, UUID id) {
        return jdbc.sql("select action from privacy.audit_entry where record_type = :type and record_id = :id order by sequence")
                .param("type", recordType).param("id", id.toString()).query(String.class).list();
    }
}
