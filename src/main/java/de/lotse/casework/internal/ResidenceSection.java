package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import de.lotse.casework.ResidenceStatus;
import org.springframework.stereotype.Component;

/** The client's residence status over time on the case page, and when the current document expires. */
@Component
class ResidenceSection implements CaseSection {

    private final ResidenceHistory history;

    ResidenceSection(ResidenceHistory history) {
        this.history = history;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String template() {
        return "casework/sections/residence";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        LocalDate today = LocalDate.now();
        ResidenceHistory.Overview overview = history.of(clientCase.clientId(), today).orElseThrow();
        // A HashMap: the current document may be absent, and Map.of refuses null values.
        Map<String, Object> model = new HashMap<>();
        model.put("caseId", clientCase.id());
        model.put("overview", overview);
        model.put("current", overview.currentDocument());
        model.put("statuses", ResidenceStatus.values());
        return model;
    }
}
