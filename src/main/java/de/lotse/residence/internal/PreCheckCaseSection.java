package de.lotse.residence.internal;

import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import org.springframework.stereotype.Component;

/** "Vorprüfungen" on the case page: the pre-checks saved to the case and the way to run a new one. */
@Component
class PreCheckCaseSection implements CaseSection {

    private final SavedPreChecks preChecks;

    PreCheckCaseSection(SavedPreChecks preChecks) {
        this.preChecks = preChecks;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String template() {
        return "residence/case-section";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        return Map.of("caseId", clientCase.id(), "preChecks", preChecks.ofCase(clientCase.id()));
    }
}
