package de.lotse.residence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.casework.CaseFiles;
import de.lotse.casework.ClientCase;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The pre-check page for ABH staff and case managers: enter the facts, run the pre-check, read the
 * explained result per legal basis, print it or download it as PDF. Nothing entered here is stored, unless a case
 * manager opened the page from a case ({@code ?caseId=}) and saves the result to it ({@link SavedPreCheckController}).
 */
@Controller
@RequestMapping("/pre-checks")
class PreCheckController {

    private final PreCheckEngine engine;
    private final PdfDocuments pdf;
    private final CaseFiles caseFiles;
    private final SavedPreChecks savedPreChecks;
    private final Clock clock;

    /** The case a pre-check is run for: shown in the heading, and where "Im Fall speichern" saves it. */
    record CaseContext(UUID caseId, String clientName) {
    }

    PreCheckController(PreCheckEngine engine, PdfDocuments pdf, CaseFiles caseFiles, SavedPreChecks savedPreChecks) {
        this.engine = engine;
        this.pdf = pdf;
        this.caseFiles = caseFiles;
        this.savedPreChecks = savedPreChecks;
        this.clock = Clock.systemDefaultZone();
    }

    @GetMapping
    String form(@RequestParam(required = false) UUID caseId, Model model) {
        LocalDate today = LocalDate.now(clock);
        if (caseId == null) {
            return page(PreCheckForm.blank(today), null, model);
        }
        ClientCase clientCase = caseContext(caseId, model);
        return page(savedPreChecks.factsToPrefill(clientCase, today), null, model);
    }

    /** Puts the case into the model; a case the user may not see is "not found". */
    private ClientCase caseContext(UUID caseId, Model model) {
        ClientCase clientCase = caseFiles.caseOf(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        caseFiles.client(clientCase.clientId()).ifPresent(client ->
                model.addAttribute("caseContext", new CaseContext(caseId, client.givenNames() + " " + client.familyName())));
        return clientCase;
    }

    /**
     * "Weitere Zeile": keeps what was entered and shows an empty row at the end of each list again.
     * Works without JavaScript.
     */
    @PostMapping(params = "add")
    String addRow(@ModelAttribute("form") PreCheckForm form, BindingResult errors,
                  @RequestParam(required = false) UUID caseId, Model model) {
        if (caseId != null) {
            caseContext(caseId, model);
        }
        return errors.hasErrors() ? page(form, errors, model) : page(form.compacted(), null, model);
    }

    @PostMapping
    String run(@Valid @ModelAttribute("form") PreCheckForm form, BindingResult errors,
               @RequestParam(required = false) UUID caseId, Model model) {
        if (caseId != null) {
            caseContext(caseId, model);
        }
        return show(form, errors, engine, model);
    }

    /** Checks the facts and shows the page with the result, or with the errors next to their fields. */
    static String show(PreCheckForm form, BindingResult errors, PreCheckEngine engine, Model model) {
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
            return show(form, errors, engine, model);
        }
        return pdf(pdf, engine.check(facts.toRequest()), facts);
    }

    /** The printable summary for the file. */
    static ResponseEntity<byte[]> pdf(PdfDocuments pdf, PreCheckResult result, PreCheckForm facts) {
        byte[] document = pdf.render("documents/pre-check", Map.of("view", PreCheckView.of(result), "form", facts),
                LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("vorpruefung-" + result.asOf() + ".pdf").build().toString())
                .body(document);
    }

    /** The engine's checks of the facts (periods that overlap, end before they begin...) as field errors. */
    static BindingResult engineProblems(PreCheckForm facts) {
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
    static String page(PreCheckForm form, BindingResult errors, Model model) {
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
