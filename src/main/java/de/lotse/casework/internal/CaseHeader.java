package de.lotse.casework.internal;

import java.util.UUID;

import de.lotse.casework.Client;
import de.lotse.casework.ClientCase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case a page under /cases/{id}/... belongs to, read through the audited services: a case of another
 * organisation is "not found". Puts the case and the client's name on the page for its title and back link.
 */
@Component
class CaseHeader {

    private final CaseWork caseWork;
    private final ClientRegistry clients;

    CaseHeader(CaseWork caseWork, ClientRegistry clients) {
        this.caseWork = caseWork;
        this.clients = clients;
    }

    ClientCase load(UUID caseId, Model model) {
        ClientCase clientCase = caseWork.get(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Client client = clients.get(clientCase.clientId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("clientCase", clientCase);
        model.addAttribute("clientName", client.givenNames() + " " + client.familyName());
        model.addAttribute("today", java.time.LocalDate.now());
        return clientCase;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
