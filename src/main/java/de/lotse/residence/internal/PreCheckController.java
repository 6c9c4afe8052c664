package de.lotse.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.lotse.documents.PdfDocuments;
import de.lotse.residence.precheck.FieldProblem;
import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.PreCheckEngine;
import de.lotse.residence.precheck.PreCheckResult;
import de.lotse.residence.precheck.facts.GermanLevel;
import de.lotse.residence.precheck.facts.ResidenceStatus;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pre-check page for ABH staff and case managers: enter the facts, run the pre-check, read the
 * explained result per legal basis, print it or download it as PDF. Nothing entered here is stored.
 */
@Controller
@RequestMapping("/pre-checks")
class PreCheckController {

    private final PreCheckEngine engine;
    private final PdfDocuments pdf;
    private final Clock clock;

    PreCheckController(PreCheckEngine engine, PdfDocuments pdf) {
        this.engine = engine;
        this.pdf = pdf;
        this.clock = Clock.systemDefaultZone();
    }

    @GetMapping
    String form(Model model) {
        return page(PreCheckForm.blank(LocalDate.now(clock)), null, model);
    }

    /**
     * "Weitere Zeile": keeps what was entered and shows an empty row at the end of each list again.
     * Works without JavaScript.
     */
    @PostMapping(params = "add")
    String addRow(@ModelAttribute("form") PreCheckForm form, BindingResult errors, Model model) {
        return errors.hasErrors() ? page(form, errors, model) : page(form.compacted(), null, model);
    }

    @PostMapping
    String run(@Valid @ModelAttribute("form") PreCheckForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            // Rows stay where they were typed, so every message stands next to its field.
            return page(form, errors, model);
        }
        PreCheckForm facts = form.compacted();
        BindingResult checked = engineProblems(facts);
        if (checked.hasErrors()) {
            return page(facts, checked, model);
        }
        model.addAttribute("view", PreCheckView.of(engine.check(facts.toRequest())));
        return page(facts, null, model);
    }

    @PostMapping("/pdf")
    Object download(@Valid @ModelAttribute("form") PreCheckForm form, BindingResult errors, Model model) {
        PreCheckForm facts = form.compacted();
        if (errors.hasErrors() || engineProblems(facts).hasErrors()) {
            return run(form, errors, model);
        }
        PreCheckResult result = engine.check(facts.toRequest());
        byte[] document = pdf.render("documents/pre-check", Map.of("view", PreCheckView.of(result), "form", facts),
                LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("vorpruefung-" + result.asOf() + ".pdf").build().toString())
                .body(document);
    }

    /** The engine's checks of the facts (periods that overlap, end before they begin...) as field errors. */
    private BindingResult engineProblems(PreCheckForm facts) {
        BindingResult result = new BeanPropertyBindingResult(facts, "form");
        for (FieldProblem problem : PreCheckEngine.validate(facts.toRequest())) {
            String field = PreCheckForm.formField(problem.field());
            try {
                // No bundle key for this code: the engine's own German message says exactly what is wrong.
                result.rejectValue(field, "precheck.engine", problem.message());
            } catch (RuntimeException unknownField) {
                result.reject("precheck.engine", problem.message());
            }
        }
        return result;
    }

    /**
     * Shows the form with an empty row at the end of each list. The errors are carried over onto the form
     * shown, because the page reads every value through them.
     */
    private String page(PreCheckForm form, BindingResult errors, Model model) {
        PreCheckForm shown = form.withBlankRows();
        BindingResult shownErrors = new BeanPropertyBindingResult(shown, "form");
        if (errors != null) {
            errors.getGlobalErrors().forEach(shownErrors::addError);
            errors.getFieldErrors().forEach(e -> shownErrors.addError(new FieldError("form", e.getField(), e.getRejectedValue(),
                    e.isBindingFailure(), e.getCodes(), e.getArguments(), e.getDefaultMessage())));
        }
        model.addAttribute("form", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shownErrors);
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("statuses", ResidenceStatus.values());
        model.addAttribute("germanLevels", GermanLevel.values());
        model.addAttribute("questions", FactQuestions.GROUPS);
        model.addAttribute("convictionsKnown", PreCheckForm.ConvictionsKnown.values());
        model.addAttribute("engineVersion", PreCheckEngine.ENGINE_VERSION);
        return "residence/pre-check";
    }

}
