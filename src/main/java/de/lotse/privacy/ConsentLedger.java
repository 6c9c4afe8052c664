package de.lotse.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consents of data subjects: recorded, revoked, and asked before anything is shared. Sharing, referral,
 * case conference and hand-off call {@link #permits} and are refused when it says no. Every change is audited.
 */
@Service
@Transactional
public class ConsentLedger {

    static final String RECORD_TYPE = "CONSENT";

    /** What recording a consent takes. */
    public record NewConsent(UUID subjectId, ConsentPurpose purpose, Set<UUID> recipients, Set<DataCategory> dataCategories,
                             LocalDate givenOn, ConsentForm form, String interpreterName, LocalDate expiresOn) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    ConsentLedger(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    public UUID record(NewConsent consent) {
        SignedInUser user = currentUser.require();
        if (consent.purpose().needsRecipients() && consent.recipients().isEmpty()) {
            throw new IllegalArgumentException("purpose " + consent.purpose() + " needs named recipients");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into privacy.consent (id, controller_id, subject_type, subject_id, purpose, given_on, form,
                            interpreter_name, expires_on, recorded_by)
                        values (:id, :controller, 'CLIENT', :subject, :purpose, :givenOn, :form, :interpreter, :expiresOn, :user)
                        """)
                .param("id", id).param("controller", user.organisationId()).param("subject", consent.subjectId())
                .param("purpose", consent.purpose().name()).param("givenOn", consent.givenOn())
                .param("form", consent.form().name()).param("interpreter", consent.interpreterName())
                .param("expiresOn", consent.expiresOn()).param("user", user.id())
                .update();
        for (UUID recipient : consent.purpose().needsRecipients() ? consent.recipients() : Set.<UUID>of()) {
            jdbc.sql("insert into privacy.consent_recipient (consent, organisation_id) values (:c, :o)")
                    .param("c", id).param("o", recipient).update();
        }
        for (DataCategory category : consent.dataCategories()) {
            jdbc.sql("insert into privacy.consent_data_category (consent, category) values (:c, :k)")
                    .param("c", id).param("k", category.name()).update();
        }
        audit.record(AuditAction.CREATE, RECORD_TYPE, id.toString(), "CONSENT_MANAGEMENT");
        return id;
    }

    /**
     * Revokes a consent of the caller's organisation with effect from the given day. The consent stays on
     * record; {@code version} protects against revoking what someone else changed meanwhile.
     */
    public void revoke(UUID consentId, LocalDate on, String note, int version) {
        SignedInUser user = currentUser.require();
        int changed = jdbc.sql("""
                        update privacy.consent set revoked_on = :on, revocation_note = :note, revoked_by = :user,
                            version = version + 1
                        where id = :id and controller_id = :controller and revoked_on is null and version = :version
                        """)
                .param("on", on).param("note", note).param("user", user.id()).param("id", consentId)
                .param("controller", user.organisationId()).param("version", version)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("consent " + consentId + " was changed or revoked meanwhile");
        }
        audit.record(AuditAction.UPDATE, RECORD_TYPE, consentId.toString(), "CONSENT_REVOCATION");
    }

    /**
     * Two records of the same person were merged: the consents given to the caller's organisation under the merged
     * record now belong to the kept one. Each moved consent is audited; nothing else about them changes.
     */
    public void transferSubject(UUID mergedSubject, UUID keptSubject) {
        SignedInUser user = currentUser.require();
        List<UUID> moved = jdbc.sql("""
                        update privacy.consent set subject_id = :kept, version = version + 1
                        where subject_type = 'CLIENT' and subject_id = :merged and controller_id = :controller
                        returning id
                        """)
                .param("kept", keptSubject).param("merged", mergedSubject).param("controller", user.organisationId())
                .query(UUID.class).list();
        moved.forEach(id -> audit.record(AuditAction.UPDATE, RECORD_TYPE, id.toString(), "RECORD_MERGE"));
    }

    /** The consents a subject gave to the caller's organisation, newest first. */
    @Transactional(readOnly = true)
    public List<Consent> of(UUID subjectId) {
        return load(currentUser.require().organisationId(), subjectId);
    }

    /**
     * Whether the subject's valid consent, given to the controller, covers this purpose, this recipient (for
     * purposes that name recipients) and every one of these data categories on the day.
     */
    @Transactional(readOnly = true)
    public boolean permits(UUID controllerId, UUID subjectId, ConsentPurpose purpose, UUID recipient,
                           Collection<DataCategory> categories, LocalDate on) {
        return load(controllerId, subjectId).stream()
                .filter(c -> c.purpose() == purpose && c.validOn(on))
                .filter(c -> !purpose.needsRecipients() || c.recipients().contains(recipient))
                .anyMatch(c -> c.dataCategories().containsAll(categories));
    }

    private List<Consent> load(UUID controllerId, UUID subjectId) {
        Map<UUID, Set<UUID>> recipients = new HashMap<>();
        jdbc.sql("""
                        select r.consent, r.organisation_id from privacy.consent_recipient r
                        join privacy.consent c on c.id = r.consent where c.subject_id = :s and c.controller_id = :o
                        """)
                .param("s", subjectId).param("o", controllerId)
                .query((rs, n) -> recipients.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getObject(2, UUID.class)))
                .list();
        Map<UUID, Set<DataCategory>> categories = new HashMap<>();
        jdbc.sql("""
                        select k.consent, k.category from privacy.consent_data_category k
                        join privacy.consent c on c.id = k.consent where c.subject_id = :s and c.controller_id = :o
                        """)
                .param("s", subjectId).param("o", controllerId)
                .query((rs, n) -> categories.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(DataCategory.class))
                        .add(DataCategory.valueOf(rs.getString(2))))
                .list();
        return new ArrayList<>(jdbc.sql("""
                        select * from privacy.consent where subject_id = :s and controller_id = :o
                        order by given_on desc, recorded_at desc
                        """)
                .param("s", subjectId).param("o", controllerId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Consent(id, rs.getObject("controller_id", UUID.class), rs.getObject("subject_id", UUID.class),
                            ConsentPurpose.valueOf(rs.getString("purpose")), recipients.getOrDefault(id, Set.of()),
                            categories.getOrDefault(id, Set.of()), rs.getObject("given_on", LocalDate.class),
                            ConsentForm.valueOf(rs.getString("form")), rs.getString("interpreter_name"),
                            rs.getObject("expires_on", LocalDate.class), rs.getObject("revoked_on", LocalDate.class),
                            rs.getString("revocation_note"), rs.getInt("version"));
                })
                .list());
    }
}
