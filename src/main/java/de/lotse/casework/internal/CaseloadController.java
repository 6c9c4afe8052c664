package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.Role;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.IntakeChannel;
import de.lotse.network.Municipalities;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Meine Fälle", and for team leads the team's caseload; with the transfers waiting for the caller or the team. */
@Controller
class CaseloadController {

    private final Caseload caseload;
    private final CaseTransfers transfers;
    private final Colleagues colleagues;
    private final Municipalities municipalities;
    private final CurrentUser currentUser;

    CaseloadController(Caseload caseload, CaseTransfers transfers, Colleagues colleagues, Municipalities municipalities,
                       CurrentUser currentUser) {
        this.caseload = caseload;
        this.transfers = transfers;
        this.colleagues = colleagues;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
    }

    @GetMapping("/cases")
    String list(@RequestParam(defaultValue = "false") boolean team, @RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) UUID municipalityId, @RequestParam(required = false) IntakeChannel intakeChannel,
                @RequestParam(defaultValue = "false") boolean withoutContact, @RequestParam(required = false) String q,
                Model model) {
        boolean teamLead = currentUser.require().has(Role.TEAM_LEAD);
        Caseload.Filter filter = new Caseload.Filter(team && teamLead, status, municipalityId, intakeChannel, withoutContact, q);
        List<Caseload.Entry> entries = caseload.list(filter);
        model.addAttribute("entries", entries);
        model.addAttribute("filter", filter);
        model.addAttribute("team", filter.team());
        model.addAttribute("mayViewTeam", teamLead);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("channels", IntakeChannel.values());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        model.addAttribute("limit", Caseload.LIMIT);
        model.addAttribute("noContactDays", Caseload.NO_CONTACT_DAYS);
        model.addAttribute("caseManagers", colleagues.displayNames(entries.stream().map(Caseload.Entry::caseManagerId).distinct().toList()));
        model.addAttribute("incoming", transfers.incoming());
        model.addAttribute("teamTransfers", filter.team() ? transfers.openOfTeam() : List.of());
        return "casework/cases";
    }
}
