package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

import de.lotse.casework.Client;
import de.lotse.documents.PdfDocuments;
import de.lotse.network.Organisations;
import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consents on the client page: record, revoke, and print the consent form for signing.
 */
@Controller
@RequestMapping("/clients/{clientId}")
class ConsentController {

    private final ClientRegistry registry;
    private final ConsentLedger consents;
    private final Organisations organisations;
    private final PdfDocuments pdf;

    private final ClientPage clientPage;

    ConsentController(ClientRegistry registry, ConsentLedger consents, Organisations organisations, PdfDocuments pdf, ClientPage clientPage) {
        this.clientPage = clientPage;
        this.registry = registry;
        this.consents = consents;
        this.organisations = organisations;
        this.pdf = pdf;
    }

    @PostMapping("/consents")
    String record(@PathVariable UUID clientId, @Valid @ModelAttribute("consentForm") ConsentRecordForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Client client = client(clientId);
        if (form.form() == ConsentForm.INTERPRETER_PRESENT && (form.interpreterName() == null || form.interpreterName().isBlank())) {
            errors.rejectValue("interpreterName", "consent.interpreterName.required");
        }
        if (form.purpose() != null && form.purpose().needsRecipients() && (form.recipients() == null || form.recipients().isEmpty())) {
            errors.rejectValue("recipients", "consent.recipients.required");
        }
        if (form.expiresOn() != null && form.givenOn() != null && form.expiresOn().isBefore(form.givenOn())) {
            errors.rejectValue("expiresOn", "consent.expiresOn.beforeGiven");
        }
        if (errors.hasErrors()) {
            return clientPage.render(client, model, form, CaseOpenForm.empty(LocalDate.now()));
        }
        consents.record(new ConsentLedger.NewConsent(clientId, form.purpose(),
                form.recipients() == null ? java.util.Set.of() : new HashSet<>(form.recipients()),
                form.dataCategories(), form.givenOn(), form.form(), blankToNull(form.interpreterName()), form.expiresOn()));
        redirect.addFlashAttribute("notice", "consent.recorded");
        return "redirect:/clients/" + clientId + "#consents";
    }

    @PostMapping("/consents/{consentId}/revoke")
    String revoke(@PathVariable UUID clientId, @PathVariable UUID consentId, @RequestParam int version,
                  RedirectAttributes redirect) {
        client(clientId);
        try {
            consents.revoke(consentId, LocalDate.now(), null, version);
            redirect.addFlashAttribute("notice", "consent.revoked");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "consent.revoke.conflict");
        }
        return "redirect:/clients/" + clientId + "#consents";
    }

    /** The German consent form, filled with the person and the organisation, for signing on paper. */
    @GetMapping("/consent-form")
    ResponseEntity<byte[]> consentForm(@PathVariable UUID clientId, @RequestParam(required = false) String signer) {
        Client client = client(clientId);
        String controller = organisations.findById(client.organisationId()).map(o -> o.name()).orElse("");
        byte[] document = pdf.render("documents/consent-form", Map.of(
                "client", client,
                "controller", controller,
                "purposes", ConsentPurpose.values(),
                "categories", DataCategory.values(),
                "organisations", organisations.findActive()), LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("einwilligung.pdf").build().toString())
                .body(document);
    }

    private Client client(UUID id) {
        return registry.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
