package de.lotse.residence.internal;

import java.util.Optional;
import java.util.UUID;

import de.lotse.casework.CaseFiles;
import de.lotse.casework.ClientCase;
import de.lotse.documents.PdfDocuments;
import de.lotse.residence.precheck.PreCheckEngine;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pre-checks saved to a case: saving from the pre-check page ("Im Fall speichern"), viewing a saved one exactly as
 * it was computed, its PDF, and sharing it with the ABH/EBH under the client's consent.
 */
@Controller
class SavedPreCheckController {

    private final SavedPreChecks preChecks;
    private final HandOffs handOffs;
    private final CaseFiles caseFiles;
    private final PreCheckEngine engine;
    private final PdfDocuments pdf;

    SavedPreCheckController(SavedPreChecks preChecks, HandOffs handOffs, CaseFiles caseFiles, PreCheckEngine engine,
                            PdfDocuments pdf) {
        this.preChecks = preChecks;
        this.handOffs = handOffs;
        this.caseFiles = caseFiles;
        this.engine = engine;
        this.pdf = pdf;
    }

    @PostMapping("/cases/{id}/pre-checks")
    String save(@PathVariable UUID id, @Valid @ModelAttribute("form") PreCheckForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        // The case first: nobody learns from error messages whether a case they may not see exists.
        ClientCase clientCase = caseFiles.caseOf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PreCheckForm facts = form.compacted();
        if (errors.hasErrors() || PreCheckController.engineProblems(facts).hasErrors()) {
            caseFiles.client(clientCase.clientId()).ifPresent(client -> model.addAttribute("caseContext",
                    new PreCheckController.CaseContext(id, client.givenNames() + " " + client.familyName())));
            return PreCheckController.show(form, errors, engine, model);
        }
        UUID saved = preChecks.save(id, facts.toRequest()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute("notice", "precheck.saved.notice");
        return "redirect:/cases/" + id + "/pre-checks/" + saved;
    }

    @GetMapping("/cases/{id}/pre-checks/{preCheckId}")
    String show(@PathVariable UUID id, @PathVariable UUID preCheckId, Model model) {
        SavedPreChecks.Saved saved = found(preChecks.get(id, preCheckId));
        model.addAttribute("saved", saved);
        model.addAttribute("view", PreCheckView.of(saved.result()));
        model.addAttribute("reproduction", preChecks.reproduce(saved));
        model.addAttribute("client", caseFiles.client(saved.clientId()).orElseThrow());
        model.addAttribute("handOffs", handOffs.ofPreCheck(preCheckId));
        model.addAttribute("recipients", handOffs.recipients());
        return "residence/saved-pre-check";
    }

    @GetMapping("/cases/{id}/pre-checks/{preCheckId}/pdf")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID preCheckId) {
        SavedPreChecks.Saved saved = found(preChecks.get(id, preCheckId));
        return PreCheckController.pdf(pdf, saved.result(), PreCheckForm.of(saved.request()));
    }

    @PostMapping("/cases/{id}/pre-checks/{preCheckId}/hand-offs")
    String share(@PathVariable UUID id, @PathVariable UUID preCheckId,
                 @RequestParam(required = false) UUID recipientId, RedirectAttributes redirect) {
        try {
            found(handOffs.share(id, preCheckId, recipientId));
            redirect.addFlashAttribute("notice", "handoff.shared");
        } catch (HandOffs.ConsentMissing e) {
            redirect.addFlashAttribute("problem", "handoff.consentMissing");
        } catch (HandOffs.NotAnImmigrationOffice e) {
            redirect.addFlashAttribute("problem", "handoff.recipientMissing");
        }
        return "redirect:/cases/" + id + "/pre-checks/" + preCheckId;
    }

    private static <T> T found(Optional<T> value) {
        return value.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
