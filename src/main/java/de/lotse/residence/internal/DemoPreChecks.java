package de.lotse.residence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseFiles;
import de.lotse.casework.ClientCase;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
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
 * Saved pre-checks for 40 demo clients of the Caritas, so the screening shows a believable list: some meet a basis
 * now, some within weeks, some lack proofs. Every third of them consents to the hand-off to the demo ABH; six
 * pre-checks are handed over and the ABH has recorded applications and a few decisions. Created once, by the demo
 * case manager and the demo ABH officer through the same audited services as real work.
 */
@Component
@Profile("demo")
@Order(44)
class DemoPreChecks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPreChecks.class);
    static final int CLIENTS = 40;
    static final String ABH = "Ausländer- und Einbürgerungsbehörde Kreis Lotsenbrück";

    private final JdbcClient jdbc;
    private final Colleagues colleagues;
    private final CaseFiles caseFiles;
    private final SavedPreChecks preChecks;
    private final HandOffs handOffs;
    private final ConsentLedger consents;
    private final Organisations organisations;

    DemoPreChecks(JdbcClient jdbc, Colleagues colleagues, CaseFiles caseFiles, SavedPreChecks preChecks, HandOffs handOffs,
                  ConsentLedger consents, Organisations organisations) {
        this.jdbc = jdbc;
        this.colleagues = colleagues;
        this.caseFiles = caseFiles;
        this.preChecks = preChecks;
        this.handOffs = handOffs;
        this.consents = consents;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from residence.saved_pre_check").query(Integer.class).single() > 0) {
            return;
        }
        Organisation abh = organisations.findByName(ABH).orElse(null);
        SignedInUser caseManager = colleagues.asSignedIn("fallmanagement").orElse(null);
        SignedInUser officer = colleagues.asSignedIn("abh").orElse(null);
        if (abh == null || caseManager == null || officer == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        List<UUID> handedOff = new ArrayList<>();
        try {
            actAs(caseManager);
            List<ClientCase> cases = caseFiles.openCases(CLIENTS);
            for (int i = 0; i < cases.size(); i++) {
                ClientCase clientCase = cases.get(i);
                UUID saved = preChecks.save(clientCase.id(),
                        DemoFacts.request(DemoFacts.person(i % DemoFacts.KINDS, (i * 37) % 100, today), today)).orElseThrow();
                if (i % 3 == 0) {
                    consents.record(new ConsentLedger.NewConsent(clientCase.clientId(), ConsentPurpose.PRE_CHECK_HANDOFF,
                            Set.of(abh.id()), HandOffs.SHARED_CATEGORIES, today.minusDays(i), ConsentForm.SIGNED_PAPER, null, null));
                    if (handedOff.size() < 6) {
                        handedOff.add(handOffs.share(clientCase.id(), saved, abh.id()).orElseThrow());
                    }
                }
            }
            actAs(officer);
            for (int i = 0; i < handedOff.size(); i++) {
                UUID id = handedOff.get(i);
                if (i < 4) {
                    handOffs.record(id, HandOffStatus.APPLIED, today, "Antrag persönlich abgegeben", 0);
                }
                if (i == 0) {
                    handOffs.record(id, HandOffStatus.GRANTED, today, "Aufenthaltserlaubnis erteilt", 1);
                } else if (i == 1) {
                    handOffs.record(id, HandOffStatus.REFUSED, today, "Identität nicht nachgewiesen", 1);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo pre-checks: {} saved, {} handed to the ABH", CLIENTS, handedOff.size());
    }

    private static void actAs(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }
}
