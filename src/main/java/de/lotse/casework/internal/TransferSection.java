package de.lotse.casework.internal;

import java.util.HashMap;
import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.ClientCase;
import org.springframework.stereotype.Component;

/** On the case page, near the lifecycle: the open transfer of the case, or the way to propose one. */
@Component
class TransferSection implements CaseSection {

    private final CaseTransfers transfers;

    TransferSection(CaseTransfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "casework/sections/transfer";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseId", clientCase.id());
        var open = transfers.openPreviewOf(clientCase.id());
        model.put("open", open.orElse(null));
        model.put("mayWithdraw", open.map(p -> transfers.mayWithdraw(p.transfer())).orElse(false));
        model.put("mayPropose", open.isEmpty() && clientCase.status() != CaseStatus.CLOSED && transfers.mayPropose(clientCase));
        return model;
    }
}
