package de.lotse.residence.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screening page for ABH staff and case managers. */
@Controller
class ScreeningController {

    static final int DEFAULT_HORIZON = 90;

    /** How many days ahead to look. */
    record ScreeningForm(@NotNull @Min(0) @Max(3650) Integer horizon) {
    }

    private final Screening screening;

    ScreeningController(Screening screening) {
        this.screening = screening;
    }

    @GetMapping("/screening")
    String list(@Valid @ModelAttribute("form") ScreeningForm form, BindingResult errors, Model model) {
        int horizon = errors.hasErrors() || form.horizon() == null ? DEFAULT_HORIZON : form.horizon();
        if (!errors.hasErrors() && form.horizon() == null) {
            model.addAttribute("form", new ScreeningForm(DEFAULT_HORIZON));
        }
        model.addAttribute("entries", screening.list(horizon));
        model.addAttribute("horizonShown", horizon);
        return "residence/screening";
    }

    @PostMapping("/screening/recompute")
    String recompute(RedirectAttributes redirect) {
        screening.recomputeForCaller();
        redirect.addFlashAttribute("notice", "screening.recomputed");
        return "redirect:/screening";
    }
}
