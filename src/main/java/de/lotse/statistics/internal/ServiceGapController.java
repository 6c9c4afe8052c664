package de.lotse.statistics.internal;

import java.time.LocalDate;
import java.util.UUID;

import de.lotse.network.LifeArea;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The service gap view (Angebotslücken) for coordinators: a table, and a chart drawn from that table.
 */
@Controller
@RequestMapping("/service-gaps")
class ServiceGapController {

    private final ServiceGaps serviceGaps;

    ServiceGapController(ServiceGaps serviceGaps) {
        this.serviceGaps = serviceGaps;
    }

    @GetMapping
    String show(@RequestParam(required = false) UUID municipalityId, Model model) {
        model.addAttribute("view", serviceGaps.view(municipalityId, LocalDate.now()));
        model.addAttribute("lifeAreas", LifeArea.values());
        return "statistics/service-gaps";
    }
}
