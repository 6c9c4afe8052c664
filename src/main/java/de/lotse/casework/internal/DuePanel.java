package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.Map;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.web.StartPanel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case manager's start page panel: overdue, due this week, documents running out within 60 days. */
@Component
class DuePanel implements StartPanel {

    private final DueItems dueItems;
    private final AuditTrail audit;

    DuePanel(DueItems dueItems, AuditTrail audit) {
        this.dueItems = dueItems;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean shownTo(SignedInUser user) {
        return user.has(Role.CASE_MANAGER);
    }

    @Override
    public String template() {
        return "casework/panels/due";
    }

    @Override
    @Transactional
    public Map<String, Object> model(SignedInUser user) {
        LocalDate today = LocalDate.now(CaseCalendar.ZONE);
        // The lists name clients of the user's own cases: one read of the user's due items.
        audit.record(AuditAction.READ, "DUE_ITEMS", user.id().toString(), ClientRegistry.PURPOSE);
        return Map.of(
                "overdue", dueItems.overdue(user, today),
                "thisWeek", dueItems.dueThisWeek(user, today),
                "expiring", dueItems.expiringDocuments(user, today),
                "today", today,
                "warningDays", DueItems.DOCUMENT_WARNING_DAYS);
    }
}
