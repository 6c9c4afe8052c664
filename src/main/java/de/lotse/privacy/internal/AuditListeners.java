package de.lotse.privacy.internal;

import de.lotse.accounts.AccountAudited;
import de.lotse.accounts.SignedInUser;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits what the accounts module reports (it sits below privacy and cannot call the trail itself), and
 * every sign-in and sign-out. Synchronous listeners: the entry joins the transaction of the change.
 */
@Component
class AuditListeners {

    private final AuditTrail trail;
    private final AuditEntries entries;

    AuditListeners(AuditTrail trail, AuditEntries entries) {
        this.trail = trail;
        this.entries = entries;
    }

    @EventListener
    void on(AccountAudited event) {
        trail.record(AuditAction.valueOf(event.action()), "USER_ACCOUNT",
                event.userId() == null ? null : event.userId().toString(), AccountAudited.PURPOSE);
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            entries.append(new AuditEntries.NewEntry(user.id(), user.username(), user.organisationId(),
                    AuditAction.SIGN_IN.name(), "USER_ACCOUNT", user.id().toString(), "SIGN_IN"));
        }
    }

    @EventListener
    @Transactional
    void on(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            entries.append(new AuditEntries.NewEntry(user.id(), user.username(), user.organisationId(),
                    AuditAction.SIGN_OUT.name(), "USER_ACCOUNT", user.id().toString(), "SIGN_IN"));
        }
    }
}
