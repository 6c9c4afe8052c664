package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.Client;
import de.lotse.casework.ClientCase;
import de.lotse.casework.FindingRaised;
import de.lotse.network.BarrierCategories;
import de.lotse.network.LifeArea;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.PersonalDataScan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings recorded on a case: where the person's path got stuck. Stored and published only when the description
 * is free of the personal data of the client (names in every spelling and script, birth date, phone, e-mail) and of
 * personal data in general; the published event names the case only by a pseudonym, and only when the client
 * consented to the anonymised use of findings.
 */
@Service
@Transactional
class CaseFindings {

    static final String RECORD_TYPE = "FINDING";

    /** The description seems to contain personal data; nothing was stored or published. */
    static class PersonalDataFound extends RuntimeException {
        final transient Set<PersonalDataScan.Kind> kinds;

        PersonalDataFound(Set<PersonalDataScan.Kind> kinds) {
            super("personal data in a finding: " + kinds);
            this.kinds = kinds;
        }
    }

    /** The barrier category is not one of the active ones. */
    static class UnknownCategory extends RuntimeException {
        UnknownCategory() {
            super("unknown barrier category");
        }
    }

    record Finding(UUID id, LifeArea lifeArea, String barrierCategory, String description, boolean withCaseReference,
                   Instant raisedAt) {
    }

    private final CaseWork caseWork;
    private final ClientRegistry clients;
    private final ConsentLedger consents;
    private final PersonalDataScan scan;
    private final BarrierCategories categories;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    CaseFindings(CaseWork caseWork, ClientRegistry clients, ConsentLedger consents, PersonalDataScan scan,
                 BarrierCategories categories, AuditTrail audit, CurrentUser currentUser, ApplicationEventPublisher events,
                 JdbcClient jdbc) {
        this.caseWork = caseWork;
        this.clients = clients;
        this.consents = consents;
        this.scan = scan;
        this.categories = categories;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
    }

    UUID raise(UUID caseId, FindingForm form) {
        SignedInUser user = currentUser.require();
        ClientCase clientCase = caseWork.get(caseId).orElseThrow();
        Client client = clients.get(clientCase.clientId()).orElseThrow();
        if (categories.findActive().stream().noneMatch(c -> c.code().equals(form.barrierCategory()))) {
            throw new UnknownCategory();
        }
        Set<PersonalDataScan.Kind> found = scan.scan(form.description(), knownDataOf(client));
        if (!found.isEmpty()) {
            throw new PersonalDataFound(found);
        }
        boolean consented = consents.permits(clientCase.organisationId(), client.id(), ConsentPurpose.ANONYMISED_FINDINGS,
                null, List.of(), LocalDate.now());
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("""
                        insert into casework.finding (id, client_case, organisation_id, life_area, barrier_category,
                            organisations_involved, municipality_id, description, with_case_reference, raised_by, raised_at)
                        values (:id, :c, :o, :la, :bc, :orgs, :m, :d, :ref, :u, :at)""")
                .param("id", id).param("c", caseId).param("o", clientCase.organisationId())
                .param("la", form.lifeArea().name()).param("bc", form.barrierCategory())
                .param("orgs", form.organisations().toArray(UUID[]::new)).param("m", form.municipalityId())
                .param("d", form.description()).param("ref", consented).param("u", user.id())
                .param("at", java.sql.Timestamp.from(now)).update();
        audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), ClientRegistry.PURPOSE);
        events.publishEvent(new FindingRaised(id, consented ? referenceOf(caseId) : null, form.lifeArea().name(),
                form.barrierCategory(), form.organisations(), form.municipalityId(), form.description(), user.id(),
                user.organisationId(), now));
        return id;
    }

    /** The findings of a case the caller may see, newest first. */
    @Transactional(readOnly = true)
    List<Finding> ofCase(UUID caseId) {
        return jdbc.sql("""
                        select id, life_area, barrier_category, description, with_case_reference, raised_at
                        from casework.finding where client_case = :c order by raised_at desc""")
                .param("c", caseId)
                .query((rs, n) -> new Finding(rs.getObject(1, UUID.class), LifeArea.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * The case behind a pseudonymous reference, if the caller may see it (structure's finding page links here for
     * the case workers of the case's organisation); anyone else learns nothing, not even that the reference exists.
     */
    public Optional<ClientCase> caseOfReference(UUID reference) {
        return jdbc.sql("select client_case from casework.case_reference where reference = :r").param("r", reference)
                .query(UUID.class).optional().flatMap(caseWork::get);
    }

    /** A stable pseudonym of the case that only casework can map back. */
    private UUID referenceOf(UUID caseId) {
        jdbc.sql("insert into casework.case_reference (client_case, reference) values (:c, :r) on conflict do nothing")
                .param("c", caseId).param("r", UUID.randomUUID()).update();
        return jdbc.sql("select reference from casework.case_reference where client_case = :c").param("c", caseId)
                .query(UUID.class).single();
    }

    /** The client's names in every form; dates, phone numbers and e-mail addresses are found whoever they belong to. */
    private static List<String> knownDataOf(Client client) {
        List<String> known = new ArrayList<>();
        known.add(client.familyName());
        known.add(client.givenNames());
        known.add(client.familyNameOriginal());
        known.add(client.givenNamesOriginal());
        if (client.otherSpellings() != null) {
            known.addAll(List.of(client.otherSpellings().split("[,;]")));
        }
        return known;
    }
}
