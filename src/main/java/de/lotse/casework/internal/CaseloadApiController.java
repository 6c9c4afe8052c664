package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import de.lotse.casework.CaseStatus;
import de.lotse.casework.IntakeChannel;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cases}: the caller's caseload (or, with {@code team=true}, a team lead's team) with the
 * page's filters; {@code GET /api/v1/cases/transfers}: the open transfers waiting for the caller.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Validated
class CaseloadApiController {

    private final Caseload caseload;
    private final CaseTransfers transfers;

    CaseloadApiController(Caseload caseload, CaseTransfers transfers) {
        this.caseload = caseload;
        this.transfers = transfers;
    }

    @GetMapping
    List<Caseload.Entry> list(@RequestParam(defaultValue = "false") boolean team, @RequestParam(required = false) CaseStatus status,
                              @RequestParam(required = false) UUID municipalityId,
                              @RequestParam(required = false) IntakeChannel intakeChannel,
                              @RequestParam(defaultValue = "false") boolean withoutContact,
                              @RequestParam(required = false) @Size(max = 200) String q) {
        return caseload.list(new Caseload.Filter(team, status, municipalityId, intakeChannel, withoutContact, q));
    }

    @GetMapping("/transfers")
    List<TransferApiController.TransferView> incomingTransfers() {
        return transfers.incoming().stream().map(TransferApiController.TransferView::of).toList();
    }
}
