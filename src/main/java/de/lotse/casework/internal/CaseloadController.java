package de.lotse.casework.internal;

import java.util.List;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.Role;
import de.lotse.casework.CaseStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Meine Fälle", and for team leads the team's caseload. */
@Controller
class CaseloadController {

    private final Caseload caseload;
    private final Colleagues colleagues;
    private final CurrentUser currentUser;

    CaseloadController(Caseload caseload, Colleagues colleagues, CurrentUser currentUser) {
        this.caseload = caseload;
        this.colleagues = colleagues;
        this.currentUser = currentUser;
    }

    @GetMapping("/cases")
    String list(@RequestParam(defaultValue = "false") boolean team, @RequestParam(required = false) CaseStatus status, Model model) {
        List<Caseload.Entry> entries = caseload.list(team, status);
        boolean teamView = team && currentUser.require().has(Role.TEAM_LEAD);
        model.addAttribute("entries", entries);
        model.addAttribute("team", teamView);
        model.addAttribute("mayViewTeam", currentUser.require().has(Role.TEAM_LEAD));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("caseManagers", colleagues.displayNames(entries.stream().map(Caseload.Entry::caseManagerId).distinct().toList()));
        return "casework/cases";
    }
}
