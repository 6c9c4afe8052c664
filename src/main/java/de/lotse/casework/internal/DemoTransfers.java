package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Transfers in the demo KIM unit, made by the demo case managers through the audited services: within the Caritas
 * between Leyla Demir and the team lead, and from the Caritas to the Stadt Lotsenbrück under the client's consent,
 * one of them already accepted. Created once (skipped when any transfer exists); the cases are chosen by the
 * clients' names, which the demo data's fixed seed makes the same everywhere.
 */
@Component
@Profile("demo")
@Order(46)
class DemoTransfers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTransfers.class);

    private final CaseTransfers transfers;
    private final ConsentLedger consents;
    private final Colleagues colleagues;
    private final JdbcClient jdbc;

    DemoTransfers(CaseTransfers transfers, ConsentLedger consents, Colleagues colleagues, JdbcClient jdbc) {
        this.transfers = transfers;
        this.consents = consents;
        this.colleagues = colleagues;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from casework.case_transfer").query(Integer.class).single() > 0) {
            return;
        }
        SignedInUser leyla = colleagues.asSignedIn("fallmanagement").orElseThrow();
        SignedInUser lead = colleagues.asSignedIn("teamleitung").orElseThrow();
        SignedInUser markus = colleagues.asSignedIn("fallmanagement2").orElseThrow();
        List<Candidate> leylas = openCasesOf(leyla);
        List<Candidate> leads = openCasesOf(lead);
        if (leylas.size() < 4 || leads.isEmpty()) {
            return;
        }
        try {
            act(leyla);
            transfers.propose(leylas.get(0).caseId(), lead.id(), null,
                    "Ich gehe in Elternzeit. Nächster Schritt: Termin bei der Ausländerbehörde vorbereiten.");
            consentToTransfer(leylas.get(1), markus.organisationId());
            transfers.propose(leylas.get(1).caseId(), null, markus.organisationId(),
                    "Die Familie ist in die Stadt Lotsenbrück gezogen; die Begleitung sollte vor Ort weitergehen.");
            consentToTransfer(leylas.get(2), markus.organisationId());
            transfers.propose(leylas.get(2).caseId(), null, markus.organisationId(),
                    "Wohnt jetzt in der Stadt Lotsenbrück, Anerkennungsverfahren läuft.");
            consentToTransfer(leylas.get(3), markus.organisationId());
            UUID accepted = transfers.propose(leylas.get(3).caseId(), null, markus.organisationId(),
                    "Umzug in die Stadt Lotsenbrück; bitte die Suche nach einem Sprachkurs fortsetzen.");
            act(lead);
            transfers.propose(leads.get(0).caseId(), leyla.id(), null,
                    "Bitte übernehmen: Frau Demir kennt die Familie aus dem Sprachcafé.");
            act(markus);
            transfers.accept(leylas.get(3).caseId(), accepted, 0);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo KIM unit: five transfers, one of them accepted");
    }

    record Candidate(UUID caseId, UUID clientId) {
    }

    private List<Candidate> openCasesOf(SignedInUser caseManager) {
        return jdbc.sql("""
                        select c.id, c.client_id from casework.client_case c join casework.client cl on cl.id = c.client_id
                        where c.case_manager_id = :cm and c.organisation_id = :o and c.status not in ('CLOSED', 'FIRST_CONTACT')
                        order by cl.family_name, cl.given_names, c.intake_date, cl.birth_year
                        limit 4""")
                .param("cm", caseManager.id()).param("o", caseManager.organisationId())
                .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    private void consentToTransfer(Candidate candidate, UUID receiver) {
        consents.record(new ConsentLedger.NewConsent(candidate.clientId(), ConsentPurpose.TRANSFER, Set.of(receiver),
                CaseTransfers.CATEGORIES, LocalDate.now().minusDays(3), ConsentForm.SIGNED_PAPER, null, null));
    }

    private static void act(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }
}
