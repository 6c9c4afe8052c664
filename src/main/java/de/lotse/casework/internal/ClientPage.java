package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.casework.Client;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the client page shows, in one place for the controllers that render it. */
@Component
class ClientPage {

    private final ConsentLedger consents;
    private final Organisations organisations;
    private final CaseWork caseWork;
    private final Households households;

    ClientPage(ConsentLedger consents, Organisations organisations, CaseWork caseWork, Households households) {
        this.consents = consents;
        this.organisations = organisations;
        this.caseWork = caseWork;
        this.households = households;
    }

    String render(Client client, Model model, ConsentRecordForm consentForm, CaseOpenForm caseForm) {
        model.addAttribute("cases", caseWork.ofClient(client.id()));
        model.addAttribute("caseForm", caseForm);
        model.addAttribute("intakeChannels", de.lotse.casework.IntakeChannel.values());
        Map<UUID, String> organisationNames = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        model.addAttribute("client", client);
        model.addAttribute("householdMembers", households.membersWith(client));
        model.addAttribute("relatives", households.relativesOutside(client));
        model.addAttribute("consents", consents.of(client.id()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("organisationNames", organisationNames);
        model.addAttribute("recipientChoices", organisations.findActive().stream()
                .filter(o -> !o.id().equals(client.organisationId())).toList());
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("forms", ConsentForm.values());
        model.addAttribute("consentForm", consentForm);
        return "casework/client";
    }
}
