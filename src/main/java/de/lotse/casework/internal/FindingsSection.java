package de.lotse.casework.internal;

import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import org.springframework.stereotype.Component;

/** The case page's list of findings raised from the case, with the way to record a new one. */
@Component
class FindingsSection implements CaseSection {

    private final CaseFindings findings;

    FindingsSection(CaseFindings findings) {
        this.findings = findings;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String template() {
        return "casework/sections/findings";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        return Map.of("caseId", clientCase.id(), "findings", findings.ofCase(clientCase.id()));
    }
}
