package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import org.springframework.stereotype.Component;

/** The help plan on the case page: current goals and steps, overdue steps marked. */
@Component
class HelpPlanSection implements CaseSection {

    private final HelpPlanWork helpPlans;

    HelpPlanSection(HelpPlanWork helpPlans) {
        this.helpPlans = helpPlans;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String template() {
        return "casework/sections/help-plan";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        return Map.of("plan", helpPlans.of(clientCase), "caseId", clientCase.id(), "today", LocalDate.now(),
                "editable", clientCase.status() != de.lotse.casework.CaseStatus.CLOSED);
    }
}
