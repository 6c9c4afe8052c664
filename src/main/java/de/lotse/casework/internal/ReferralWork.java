package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.ClientCase;
import de.lotse.network.Offer;
import de.lotse.network.Offers;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a case to organisations of the network. A referral hands the client's identity and contact
 * data to the recipient, so it is stored only when the client's valid consent to referral names that
 * recipient and covers those data. Outcomes can be updated; each one is kept. Everything is audited.
 */
@Service
@Transactional
public class ReferralWork {

    static final String RECORD_TYPE = "REFERRAL";

    /** What a referral passes on: who the person is and how to reach them. */
    public static final Set<DataCategory> DATA_PASSED_ON = Set.of(DataCategory.IDENTITY, DataCategory.CONTACT);

    /** Refused: no valid consent to referral to this organisation; nothing was stored. */
    public static class ConsentMissing extends RuntimeException {
        private final String organisationName;

        ConsentMissing(String organisationName) {
            super("no valid consent to referral to " + organisationName);
            this.organisationName = organisationName;
        }

        public String organisationName() {
            return organisationName;
        }
    }

    /** Refused: the offer does not exist, no longer runs on the referral day, or belongs to another organisation. */
    public static class OfferRefused extends RuntimeException {
        private final String messageKey;

        OfferRefused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        /** The bundle key of the German message for the offer field. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** A referral as the case page lists it; {@code offerTitle} is null when no offer was named. */
    public record Entry(Referral referral, String organisationName, String offerTitle, boolean overdue) {
    }

    public record OutcomeChange(ReferralOutcome outcome, LocalDate expectedOn, String reason, LocalDate recordedOn,
                                Instant recordedAt) {
    }

    /** An overdue referral on the start page: whose case, to whom, since when. */
    public record Overdue(UUID referralId, UUID caseId, String familyName, String givenNames, String organisationName,
                          LocalDate referredOn, ReferralOutcome outcome, LocalDate expectedOn) {
    }

    private final Referrals referrals;
    private final CaseWork caseWork;
    private final ConsentLedger consents;
    private final Organisations organisations;
    private final Offers offers;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    ReferralWork(Referrals referrals, CaseWork caseWork, ConsentLedger consents, Organisations organisations, Offers offers,
                 AuditTrail audit, CurrentUser currentUser, JdbcClient jdbc) {
        this.referrals = referrals;
        this.caseWork = caseWork;
        this.consents = consents;
        this.organisations = organisations;
        this.offers = offers;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The referrals of a case the caller may see (the case page has already checked that), newest first. */
    public List<Entry> of(ClientCase clientCase) {
        List<Referral> found = referrals.findByCase(clientCase.id());
        audit.record(AuditAction.READ, RECORD_TYPE, null, ClientRegistry.PURPOSE);
        Map<UUID, String> names = names(found.stream().map(Referral::organisationId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now();
        return found.stream().map(r -> new Entry(r, names.get(r.organisationId()), offerTitle(r), r.overdueOn(today))).toList();
    }

    public Optional<List<Entry>> ofCase(UUID caseId) {
        return caseWork.get(caseId).map(this::of);
    }

    /** One referral of a case of the caller's organisation. */
    public Optional<Entry> get(UUID caseId, UUID referralId) {
        return caseWork.get(caseId).flatMap(c -> referrals.findById(referralId).filter(r -> r.clientCase().equals(c.id())))
                .map(r -> {
                    audit.record(AuditAction.READ, RECORD_TYPE, r.id().toString(), ClientRegistry.PURPOSE);
                    return new Entry(r, names(Set.of(r.organisationId())).get(r.organisationId()), offerTitle(r),
                            r.overdueOn(LocalDate.now()));
                });
    }

    /**
     * Refers the case's client to an organisation, after asking the consent ledger for today.
     *
     * @throws ConsentMissing when no valid consent covers this recipient and the data passed on
     * @throws OfferRefused   when an offer is named that is unknown, not running on the referral day, or another
     *                        organisation's
     */
    public UUID refer(UUID caseId, UUID organisationId, UUID offerId, String purpose, LocalDate referredOn) {
        SignedInUser user = currentUser.require();
        ClientCase clientCase = caseWork.get(caseId).orElseThrow();
        if (clientCase.status() == CaseStatus.CLOSED) {
            throw new HelpPlanWork.CaseClosed();
        }
        Organisation recipient = organisations.findById(organisationId).filter(Organisation::active)
                .orElseThrow(() -> new IllegalArgumentException("no active organisation " + organisationId));
        if (offerId != null) {
            Offer offer = offers.get(offerId).filter(o -> o.validOn(referredOn == null ? LocalDate.now() : referredOn))
                    .orElseThrow(() -> new OfferRefused("referral.offer.unknown"));
            if (!offer.organisationId().equals(recipient.id())) {
                throw new OfferRefused("referral.offer.otherOrganisation");
            }
        }
        if (!consents.permits(clientCase.organisationId(), clientCase.clientId(), ConsentPurpose.REFERRAL, recipient.id(),
                DATA_PASSED_ON, LocalDate.now())) {
            throw new ConsentMissing(recipient.name());
        }
        Instant now = Instant.now();
        Referral saved = referrals.save(new Referral(UUID.randomUUID(), clientCase.id(), recipient.id(), offerId, purpose, referredOn,
                null, null, null, null, null, user.id(), now, now));
        audit.record(AuditAction.CREATE, RECORD_TYPE, saved.id().toString(), ClientRegistry.PURPOSE);
        return saved.id();
    }

    /** Records what became of the referral; {@code version} is the one the user saw, a stale one changes nothing. */
    public void recordOutcome(UUID caseId, UUID referralId, int version, ReferralOutcome outcome, LocalDate expectedOn,
                              String reason, LocalDate on) {
        SignedInUser user = currentUser.require();
        ClientCase clientCase = caseWork.get(caseId).orElseThrow();
        Referral referral = referrals.findById(referralId).filter(r -> r.clientCase().equals(clientCase.id()))
                .orElseThrow(() -> new NoSuchElementException("no referral " + referralId));
        if (outcome.needsExpectedDate() && expectedOn == null || outcome.needsReason() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("outcome " + outcome + " is incomplete");
        }
        String keptReason = reason == null || reason.isBlank() ? null : reason;
        referrals.save(referral.withOutcome(outcome, expectedOn, keptReason, on, version));
        jdbc.sql("""
                        insert into casework.referral_outcome (referral, outcome, expected_on, reason, recorded_on, recorded_by)
                        values (:r, :o, :e, :reason, :on, :u)
                        """)
                .param("r", referralId).param("o", outcome.name()).param("e", outcome.needsExpectedDate() ? expectedOn : null)
                .param("reason", keptReason).param("on", on).param("u", user.id()).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, referralId.toString(), ClientRegistry.PURPOSE);
    }

    /** Every outcome recorded for a referral, oldest first (the caller has read the referral through {@link #get}). */
    public List<OutcomeChange> history(UUID referralId) {
        return jdbc.sql("""
                        select outcome, expected_on, reason, recorded_on, recorded_at from casework.referral_outcome
                        where referral = :r order by recorded_at, id
                        """)
                .param("r", referralId)
                .query((rs, n) -> new OutcomeChange(ReferralOutcome.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * Overdue referrals of open cases: the caller's own, or for a team lead the whole organisation's. The list
     * shows client names, so it is audited as one read.
     */
    public List<Overdue> overdue(SignedInUser user) {
        boolean team = user.has(Role.TEAM_LEAD);
        LocalDate today = LocalDate.now();
        audit.record(AuditAction.READ, RECORD_TYPE, team ? "overdue/team" : "overdue/" + user.id(), ClientRegistry.PURPOSE);
        List<OverdueRow> rows = jdbc.sql("""
                        select r.id, r.client_case, cl.family_name, cl.given_names, r.organisation_id, r.referred_on, r.outcome,
                               r.expected_on
                        from casework.referral r
                        join casework.client_case c on c.id = r.client_case
                        join casework.client cl on cl.id = c.client_id
                        where c.organisation_id = :organisation and (:team or c.case_manager_id = :me) and c.status <> 'CLOSED'
                          and ((r.outcome is null and r.referred_on < :cutoff) or (r.outcome = 'WAITING' and r.expected_on < :today))
                        order by coalesce(r.expected_on, r.referred_on), r.id
                        limit 50
                        """)
                .param("organisation", user.organisationId()).param("team", team).param("me", user.id())
                .param("cutoff", today.minusDays(Referral.DAYS_WITHOUT_OUTCOME)).param("today", today)
                .query((rs, n) -> new OverdueRow(new Overdue(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), null, rs.getObject(6, LocalDate.class),
                        rs.getString(7) == null ? null : ReferralOutcome.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class)),
                        rs.getObject(5, UUID.class)))
                .list();
        Map<UUID, String> names = names(rows.stream().map(OverdueRow::organisationId).collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            Overdue o = row.overdue();
            return new Overdue(o.referralId(), o.caseId(), o.familyName(), o.givenNames(), names.get(row.organisationId()),
                    o.referredOn(), o.outcome(), o.expectedOn());
        }).toList();
    }

    private record OverdueRow(Overdue overdue, UUID organisationId) {
    }

    private String offerTitle(Referral referral) {
        return referral.offerId() == null ? null : offers.get(referral.offerId()).map(Offer::title).orElse(null);
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }
}
