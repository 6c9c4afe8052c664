package de.lotse.casework.internal;

import java.util.Map;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.web.StartPanel;
import org.springframework.stereotype.Component;

/** "Übergaben an Sie": open transfers waiting for the signed-in case manager to accept or decline. */
@Component
class TransfersPanel implements StartPanel {

    private final CaseTransfers transfers;

    TransfersPanel(CaseTransfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public boolean shownTo(SignedInUser user) {
        return user.has(Role.CASE_MANAGER) || user.has(Role.TEAM_LEAD);
    }

    @Override
    public String template() {
        return "casework/panels/transfers";
    }

    @Override
    public Map<String, Object> model(SignedInUser user) {
        return Map.of("incoming", transfers.incoming());
    }
}
