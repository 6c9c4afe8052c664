package de.lotse.casework.internal;

import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import org.springframework.stereotype.Component;

/** On a household's case: who belongs to the household. */
@Component
class HouseholdSection implements CaseSection {

    private final Households households;
    private final ClientRegistry clients;

    HouseholdSection(Households households, ClientRegistry clients) {
        this.households = households;
        this.clients = clients;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "casework/sections/household";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        if (households.householdOfCase(clientCase.id()).isEmpty()) {
            return Map.of("householdCase", false);
        }
        var client = clients.get(clientCase.clientId()).orElseThrow();
        return Map.of("householdCase", true, "clientId", client.id(), "members", households.membersWith(client));
    }
}
