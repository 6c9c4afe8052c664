package de.lotse.casework.internal;

import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import org.springframework.stereotype.Component;

/** The referrals of the case on the case page, with their outcome and overdue ones marked. */
@Component
class ReferralSection implements CaseSection {

    private final ReferralWork referrals;

    ReferralSection(ReferralWork referrals) {
        this.referrals = referrals;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String template() {
        return "casework/sections/referrals";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        return Map.of("referrals", referrals.of(clientCase), "caseId", clientCase.id(),
                "open", clientCase.status() != de.lotse.casework.CaseStatus.CLOSED);
    }
}
