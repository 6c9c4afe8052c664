package de.lotse.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.web.StartPanel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: for each role, what it can do in Lotse today (the tiles come from the navigation), and the
 * panels the modules contribute for that user.
 */
@Controller
class StartController {

    /** A panel ready to render: its template and its model. */
    record RenderedPanel(String template, Map<String, Object> model) {
    }

    private final List<StartPanel> panels;
    private final CurrentUser currentUser;

    StartController(List<StartPanel> panels, CurrentUser currentUser) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(StartPanel::order)).toList();
        this.currentUser = currentUser;
    }

    @GetMapping("/")
    String start(Model model) {
        SignedInUser user = currentUser.require();
        model.addAttribute("panels", panels.stream().filter(panel -> panel.shownTo(user))
                .map(panel -> new RenderedPanel(panel.template(), panel.model(user))).toList());
        return "start";
    }
}
