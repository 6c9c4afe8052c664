package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import de.lotse.casework.LegalDomain;
import org.springframework.stereotype.Component;

/** The client's legal domains on the case page: in order, with the changes between them and the gaps flagged. */
@Component
class LegalDomainSection implements CaseSection {

    private final LegalDomainHistory history;

    LegalDomainSection(LegalDomainHistory history) {
        this.history = history;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String template() {
        return "casework/sections/legal-domains";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        return Map.of("caseId", clientCase.id(), "overview", history.of(clientCase.clientId()).orElseThrow(),
                "domains", LegalDomain.values(), "today", LocalDate.now());
    }
}
