package de.lotse.casework.internal;

import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import org.springframework.stereotype.Component;

/** The case page's overview of the assessment: the need of every life area, and which are not assessed yet. */
@Component
class AssessmentSection implements CaseSection {

    private final Assessments assessments;

    AssessmentSection(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String template() {
        return "casework/sections/assessment";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        return Map.of("caseId", clientCase.id(), "areas", assessments.ofVisibleCase(clientCase));
    }
}
