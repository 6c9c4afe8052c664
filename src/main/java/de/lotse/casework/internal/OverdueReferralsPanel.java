package de.lotse.casework.internal;

import java.util.Map;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.web.StartPanel;
import org.springframework.stereotype.Component;

/** On the start page of case managers and team leads: referrals of their (or the team's) cases that are overdue. */
@Component
class OverdueReferralsPanel implements StartPanel {

    private final ReferralWork referrals;

    OverdueReferralsPanel(ReferralWork referrals) {
        this.referrals = referrals;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean shownTo(SignedInUser user) {
        return user.has(Role.CASE_MANAGER) || user.has(Role.TEAM_LEAD);
    }

    @Override
    public String template() {
        return "casework/panels/overdue-referrals";
    }

    @Override
    public Map<String, Object> model(SignedInUser user) {
        return Map.of("overdue", referrals.overdue(user), "team", user.has(Role.TEAM_LEAD));
    }
}
