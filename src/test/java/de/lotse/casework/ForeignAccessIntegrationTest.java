package de.lotse.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.internal.Assessments;
import de.lotse.casework.internal.CaseWork;
import de.lotse.casework.internal.ClientRegistry;
import de.lotse.casework.internal.LegalDomainHistory;
import de.lotse.casework.internal.Need;
import de.lotse.casework.internal.ResidenceHistory;
import de.lotse.network.LifeArea;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import de.lotse.support.LotseIntegrationTest;
import de.lotse.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every client and case route and API call, with the ids of a real client, case and consent of the Caritas,
 * tried by a case manager and a team lead of another organisation, a coordinator and a reporter: each is
 * refused, and nothing of the person appears in the answer. The routes come from the running application.
 */
@LotseIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForeignAccessIntegrationTest {

    static final String FAMILY_NAME = "Fremdzugriff-Probe";
    static final String RECEIVED_NAME = "Übergabe-Probe";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    ClientRegistry clients;

    @Autowired
    CaseWork caseWork;

    @Autowired
    ConsentLedger consents;

    @Autowired
    Organisations organisations;

    @Autowired
    Assessments assessments;

    @Autowired
    LegalDomainHistory legalDomains;

    @Autowired
    ResidenceHistory residence;

    @Autowired
    de.lotse.casework.internal.HelpPlanWork helpPlans;

    @Autowired
    de.lotse.casework.internal.ReferralWork referrals;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    de.lotse.casework.internal.CaseTransfers transfers;

    @Autowired
    de.lotse.accounts.Colleagues colleagues;

    UUID clientId;
    UUID caseId;
    UUID consentId;
    UUID legalDomainPeriodId;
    UUID residencePeriodId;
    UUID goalId;
    UUID stepId;
    UUID referralId;
    UUID preCheckId;
    UUID appointmentId;
    UUID deadlineId;
    UUID documentId;
    final UUID caseReference = UUID.randomUUID();
    /** An open transfer of the case within the Caritas: nobody of another organisation may learn of it. */
    UUID transferId;
    /** A second case of the Caritas with an open transfer to the Stadt Lotsenbrück, whose people are its receivers. */
    UUID transferredCaseId;
    UUID transferToStrangersId;
    List<String[]> routes = new ArrayList<>();

    @BeforeAll
    void createThePersonsRecords() throws Exception {
        UUID caritas = organisations.findByName("Caritasverband für den Kreis Lotsenbrück e. V.").orElseThrow().id();
        SignedInUser owner = new SignedInUser(UUID.randomUUID(), "owner", "Owner", caritas, "Caritas", Set.of(Role.CASE_MANAGER), false);
        SecurityContextHolder.getContext().setAuthentication(TestUsers.token(owner));
        try {
            clientId = clients.register(new NewClient(FAMILY_NAME, "Amal", null, null, null, LocalDate.of(1991, 1, 1), 1991,
                    null, null, null, null, null, null, null, null, null));
            consentId = consents.record(new ConsentLedger.NewConsent(clientId, ConsentPurpose.CASE_MANAGEMENT, Set.of(),
                    Set.of(DataCategory.IDENTITY), LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
            caseId = caseWork.open(clientId, IntakeChannel.SELF, LocalDate.now(), "Probe");
            assessments.save(caseId, LifeArea.HOUSING, new Assessments.Input(FAMILY_NAME + " sucht eine Wohnung", Need.HIGH, null, null), null);
            legalDomainPeriodId = legalDomains.add(clientId, LegalDomain.ASYLBLG, LocalDate.of(2023, 1, 1), null);
            residencePeriodId = residence.add(clientId, new ResidenceHistory.NewPeriod(ResidenceStatus.AUFENTHALTSGESTATTUNG, null,
                    LocalDate.of(2023, 1, 1), null, LocalDate.now().plusDays(20)));
            for (int version = 0; version < 3; version++) {
                caseWork.advance(caseId, version);
            }
            goalId = helpPlans.addGoal(caseId, null, de.lotse.network.LifeArea.LANGUAGE, "Probe-Ziel", LocalDate.now());
            stepId = helpPlans.addStep(caseId, goalId, 1, "Probe-Schritt", de.lotse.casework.internal.StepActor.THE_CLIENT, null, null);
            UUID jobcenter = organisations.findByName("Jobcenter Kreis Lotsenbrück").orElseThrow().id();
            consents.record(new ConsentLedger.NewConsent(clientId, ConsentPurpose.REFERRAL, Set.of(jobcenter),
                    de.lotse.casework.internal.ReferralWork.DATA_PASSED_ON, LocalDate.now(), ConsentForm.SIGNED_PAPER, null, null));
            referralId = referrals.refer(caseId, jobcenter, null, "Probe", LocalDate.now());
            appointmentId = UUID.randomUUID();
            deadlineId = UUID.randomUUID();
            documentId = UUID.randomUUID();
            UUID entryId = UUID.randomUUID();
            // The calendar and journal rows straight into their tables: this test is about who may reach them.
            jdbc.sql("insert into casework.appointment (id, client_case, starts_at, ends_at, place) values (:id, :c, now() + interval '1 day', now() + interval '25 hours', 'Probe')")
                    .param("id", appointmentId).param("c", caseId).update();
            jdbc.sql("insert into casework.deadline (id, client_case, kind, due_on, description) values (:id, :c, 'OTHER', current_date, 'Probe')")
                    .param("id", deadlineId).param("c", caseId).update();
            jdbc.sql("insert into casework.journal_entry (id, client_case, kind, occurred_at, summary, written_by) values (:id, :c, 'NOTE', now(), :s, :u)")
                    .param("id", entryId).param("c", caseId).param("s", "Notiz zu " + FAMILY_NAME).param("u", UUID.randomUUID()).update();
            jdbc.sql("insert into casework.journal_document (id, journal_entry, client_case, file_name, content_type, size_bytes, content, uploaded_by) values (:id, :e, :c, :n, 'application/pdf', 5, :b, :u)")
                    .param("id", documentId).param("e", entryId).param("c", caseId).param("n", FAMILY_NAME + ".pdf")
                    .param("b", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).param("u", UUID.randomUUID()).update();
            jdbc.sql("insert into casework.case_reference (client_case, reference) values (:c, :r)")
                    .param("c", caseId).param("r", caseReference).update();
            transferId = transfers.propose(caseId, colleagues.asSignedIn("teamleitung").orElseThrow().id(), null, "Probe");
            UUID stadt = organisations.findByName("Stadt Lotsenbrück").orElseThrow().id();
            UUID other = clients.register(new NewClient(RECEIVED_NAME, "Amal", null, null, null, LocalDate.of(1992, 2, 2), 1992,
                    null, "irakisch", null, null, "0170 5550188", null, "Probeweg 1", null, null));
            consents.record(new ConsentLedger.NewConsent(other, ConsentPurpose.TRANSFER, Set.of(stadt),
                    Set.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CASE_NOTES), LocalDate.now(),
                    ConsentForm.SIGNED_PAPER, null, null));
            transferredCaseId = caseWork.open(other, IntakeChannel.SELF, LocalDate.now(), "Probeanliegen");
            transferToStrangersId = transfers.propose(transferredCaseId, null, stadt, "Probenotiz");
        } finally {
            SecurityContextHolder.clearContext();
        }
        // A pre-check saved to the case (module residence), so its case-bound routes are tried with a real id too.
        String saved = mvc.perform(request(HttpMethod.POST, "/cases/" + caseId + "/pre-checks").with(TestUsers.as(owner)).with(csrf())
                        .param("asOf", LocalDate.now().toString()).param("legalBases", "AUFENTHG_25B").param("birthDate", "1991-01-01")
                        .param("convictionsKnown", "UNKNOWN"))
                .andReturn().getResponse().getRedirectedUrl();
        preCheckId = UUID.fromString(saved.substring(saved.lastIndexOf('/') + 1));
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/clients") || pattern.startsWith("/cases") || pattern.startsWith("/api/v1/clients")
                        || pattern.startsWith("/api/v1/cases") || pattern.equals("/appointments.ics")) {
                    var methods = info.getMethodsCondition().getMethods();
                    (methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods)
                            .forEach(m -> routes.add(new String[] {m.name(), pattern}));
                }
            }
        }
    }

    Stream<Arguments> routesAndStrangers() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] route : routes) {
            for (String stranger : List.of("CASE_MANAGER of Stadt Lotsenbrück", "TEAM_LEAD of Stadt Lotsenbrück", "COORDINATOR", "REPORTER")) {
                cases.add(Arguments.of(route[0] + " " + route[1], stranger));
            }
        }
        return cases.stream();
    }

    private String path(String pattern) {
        boolean caseRoute = pattern.startsWith("/cases") || pattern.startsWith("/api/v1/cases");
        return pattern.replace("{clientId}", clientId.toString()).replace("{consentId}", consentId.toString())
                .replace("{caseId}", caseId.toString()).replace("{transferId}", transferId.toString())
                .replace("{otherId}", clientId.toString())
                .replace("{lifeArea}", LifeArea.HOUSING.name())
                .replace("{periodId}", (pattern.contains("legal-domains") ? legalDomainPeriodId : residencePeriodId).toString())
                .replace("{goalId}", goalId.toString()).replace("{stepId}", stepId.toString())
                .replace("{referralId}", referralId.toString()).replace("{number}", "1")
                .replace("{preCheckId}", preCheckId.toString())
                .replace("{appointmentId}", appointmentId.toString()).replace("{deadlineId}", deadlineId.toString())
                .replace("{documentId}", documentId.toString()).replace("{reference}", caseReference.toString())
                .replace("{id}", caseRoute ? caseId.toString() : clientId.toString());
    }

    private SignedInUser stranger(String who) {
        UUID stadt = organisations.findByName("Stadt Lotsenbrück").orElseThrow().id();
        return switch (who) {
            case "CASE_MANAGER of Stadt Lotsenbrück" -> new SignedInUser(UUID.randomUUID(), "cm", "CM", stadt, "Stadt", Set.of(Role.CASE_MANAGER), false);
            case "TEAM_LEAD of Stadt Lotsenbrück" -> new SignedInUser(UUID.randomUUID(), "tl", "TL", stadt, "Stadt", Set.of(Role.TEAM_LEAD, Role.CASE_MANAGER), false);
            case "COORDINATOR" -> new SignedInUser(UUID.randomUUID(), "ko", "KO", stadt, "KI", Set.of(Role.COORDINATOR), false);
            default -> new SignedInUser(UUID.randomUUID(), "me", "ME", stadt, "JC", Set.of(Role.REPORTER), false);
        };
    }

    @Test
    void findsTheClientAndCaseRoutes() {
        assertThat(routes).extracting(r -> r[1]).contains("/clients/{id}", "/cases/{id}", "/clients/{clientId}/consents",
                "/clients/{clientId}/consent-form", "/cases/{id}/advance", "/api/v1/clients", "/api/v1/clients/duplicates",
                "/cases/{id}/findings/new", "/api/v1/cases/{caseId}/findings", "/clients/{id}/household",
                "/clients/{id}/household/members", "/clients/{id}/household/leave", "/clients/{id}/family-links",
                "/clients/{id}/merge", "/clients/{id}/merge/{otherId}",
                "/cases/{id}/assessment/{lifeArea}", "/cases/{id}/legal-domains", "/cases/{id}/legal-domains/{periodId}/end",
                "/cases/{id}/residence-periods", "/cases/{id}/residence-periods/{periodId}/end", "/api/v1/cases/{id}/assessment",
                "/api/v1/cases/{id}/assessment/{lifeArea}", "/api/v1/clients/{id}/legal-domains", "/api/v1/clients/{id}/residence-periods",
                "/cases/{id}/closure", "/cases/{id}/help-plan/goals", "/cases/{id}/help-plan/goals/{goalId}/steps",
                "/cases/{id}/help-plan/steps/{stepId}", "/cases/{id}/help-plan/goals/{goalId}/end",
                "/cases/{id}/help-plan/versions/{number}", "/cases/{id}/referrals", "/cases/{id}/referrals/{referralId}/outcome",
                "/api/v1/cases/{id}/help-plan", "/api/v1/cases/{id}/help-plan/goals/{goalId}/steps",
                "/api/v1/cases/{id}/referrals", "/api/v1/cases/{id}/referrals/{referralId}/outcome",
                "/cases/{id}/pre-checks", "/cases/{id}/pre-checks/{preCheckId}", "/cases/{id}/pre-checks/{preCheckId}/pdf",
                "/cases/{id}/pre-checks/{preCheckId}/hand-offs",
                "/cases/{id}/appointments/{appointmentId}.ics", "/cases/{id}/journal/documents/{documentId}",
                "/cases/{id}/deadlines/{deadlineId}/done", "/api/v1/cases/{id}/appointments", "/api/v1/cases/{id}/journal",
                "/appointments.ics", "/cases/by-reference/{reference}",
                "/cases/{id}/transfer",
                "/cases/{id}/transfers/{transferId}", "/cases/{id}/transfers/{transferId}/accept",
                "/api/v1/cases/{caseId}/transfers/{transferId}/accept", "/api/v1/cases", "/api/v1/cases/transfers");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndStrangers")
    void strangersAreRefusedAndLearnNothing(String route, String who) throws Exception {
        String[] parts = route.split(" ", 2);
        String url = path(parts[1]) + (parts[1].endsWith("/duplicates") ? "?familyName=" + FAMILY_NAME + "&givenNames=Amal&birthYear=1991" : "");
        var call = request(HttpMethod.valueOf(parts[0]), url).param("version", "0").param("reason", "OTHER");
        if (parts[1].matches(".*/(assessment|legal-domains|residence-periods).*")) {
            // Valid input, so that only the organisation boundary can refuse it.
            call.param("to", "2024-01-01").param("need", "LOW").param("domain", "SGB_II").param("status", "DULDUNG")
                    .param("from", "2024-01-01");
            if (parts[1].startsWith("/api/") && !parts[0].equals("GET")) {
                call.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"need\": \"LOW\", \"domain\": \"SGB_II\", \"status\": \"DULDUNG\", \"from\": \"2024-01-01\"}");
            }
        }
        MockHttpServletResponse response = mvc.perform(call.with(TestUsers.as(stranger(who))).with(csrf())).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(body).as("%s as %s must not show the person", route, who).doesNotContain(FAMILY_NAME);
        boolean listOrCreate = parts[1].equals("/clients") || parts[1].equals("/cases") || parts[1].equals("/clients/new")
                || parts[1].equals("/clients/suggestions") || parts[1].equals("/api/v1/clients") || parts[1].endsWith("/duplicates")
                || parts[1].equals("/appointments.ics")
                || parts[1].equals("/api/v1/cases") || parts[1].equals("/api/v1/cases/transfers");
        if (who.startsWith("CASE_MANAGER") || who.startsWith("TEAM_LEAD")) {
            // Other organisations' case managers may use the pages, but the person stays invisible to them.
            if (!listOrCreate) {
                assertThat(response.getStatus()).as("%s as %s", route, who).isIn(400, 403, 404);
            }
        } else {
            assertThat(response.getStatus()).as("%s as %s", route, who).isEqualTo(403);
        }
    }

    /**
     * The receivers of an open transfer (here: the Stadt Lotsenbrück) legitimately see the transfer itself, with only
     * what deciding needs: the person's name and birth year, the first concern, the note. Every other client and case
     * route stays closed to them, and nothing beyond that crosses: no birth date, address, phone or nationality.
     * Accepting and declining are theirs to do, so they are tried in the transfer tests, not here.
     */
    @ParameterizedTest(name = "{0} as the receiving organisation")
    @MethodSource("caseRoutes")
    void theReceiversOfATransferSeeOnlyWhatDecidingNeeds(String route) throws Exception {
        String[] parts = route.split(" ", 2);
        String pattern = parts[1];
        if (pattern.endsWith("/accept") || pattern.endsWith("/decline")) {
            return;
        }
        // The transferred case's own ids; any other record id (a goal, an appointment, ...) is one of another case.
        String url = path(pattern.replace("{transferId}", transferToStrangersId.toString()).replace("{caseId}", transferredCaseId.toString())
                .replace("{id}", transferredCaseId.toString()).replace("{consentId}", consentId.toString())
                .replace("{clientId}", clientId.toString()));
        MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(parts[0]), url)
                .param("version", "0").param("reason", "OTHER")
                .with(TestUsers.as(stranger("CASE_MANAGER of Stadt Lotsenbrück"))).with(csrf())).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(body).as(route).doesNotContain("5550188", "Probeweg", "02.02.1992", "1992-02-02", "irakisch");
        boolean transferView = parts[0].equals("GET") && (pattern.equals("/cases/{id}/transfers/{transferId}")
                || pattern.equals("/api/v1/cases/transfers") || pattern.equals("/cases"));
        if (transferView) {
            assertThat(response.getStatus()).as(route).isEqualTo(200);
            assertThat(body).as(route).contains(RECEIVED_NAME, "1992", "Probeanliegen", "Probenotiz");
        } else {
            assertThat(body).as(route).doesNotContain(RECEIVED_NAME, "Probeanliegen");
        }
    }

    Stream<Arguments> caseRoutes() {
        return routes.stream().filter(r -> r[1].startsWith("/cases") || r[1].startsWith("/api/v1/cases"))
                .map(r -> Arguments.of(r[0] + " " + r[1]));
    }
}
