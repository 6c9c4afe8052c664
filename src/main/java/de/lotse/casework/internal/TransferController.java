package de.lotse.casework.internal;

import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.accounts.CurrentUser;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.ClientCase;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
 * Transfers on the pages: proposing one from the case, the receiver's view of it with accepting and declining,
 * and withdrawing it.
 */
@Controller
class TransferController {

    private final CaseWork caseWork;
    private final ClientRegistry clients;
    private final CaseTransfers transfers;
    private final CurrentUser currentUser;

    TransferController(CaseWork caseWork, ClientRegistry clients, CaseTransfers transfers, CurrentUser currentUser) {
        this.caseWork = caseWork;
        this.clients = clients;
        this.transfers = transfers;
        this.currentUser = currentUser;
    }

    @GetMapping("/cases/{id}/transfer")
    String form(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        ClientCase clientCase = proposable(id);
        if (clientCase.status() == CaseStatus.CLOSED) {
            redirect.addFlashAttribute("problem", "transfer.caseClosed");
            return "redirect:/cases/" + id;
        }
        return render(clientCase, TransferForm.empty(), model);
    }

    @PostMapping("/cases/{id}/transfer")
    String propose(@PathVariable UUID id, @Valid @ModelAttribute("form") TransferForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        ClientCase clientCase = proposable(id);
        if (errors.hasErrors()) {
            return render(clientCase, form, model);
        }
        try {
            transfers.propose(id, form.toCaseManagerId(), form.toOrganisationId(), form.note());
        } catch (CaseTransfers.Refused e) {
            errors.rejectValue(e.field, e.messageKey, e.arguments, null);
            return render(clientCase, form, model);
        }
        redirect.addFlashAttribute("notice", "transfer.proposed");
        return "redirect:/cases/" + id;
    }

    /** The receiver's view of a transfer; the sending side has the case page for it. */
    @GetMapping("/cases/{id}/transfers/{transferId}")
    String show(@PathVariable UUID id, @PathVariable UUID transferId, Model model) {
        CaseTransfers.Preview preview = transfers.preview(id, transferId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!preview.transfer().receivedBy(currentUser.require())) {
            return "redirect:/cases/" + id;
        }
        return review(preview, new TransferDecisionForm(preview.transfer().version(), null), model);
    }

    @PostMapping("/cases/{id}/transfers/{transferId}/accept")
    String accept(@PathVariable UUID id, @PathVariable UUID transferId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            transfers.accept(id, transferId, version);
        } catch (CaseTransfers.Refused e) {
            redirect.addFlashAttribute("problem", e.messageKey);
            return "redirect:/cases/" + id + "/transfers/" + transferId;
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "transfer.conflict");
            return "redirect:/cases/" + id + "/transfers/" + transferId;
        } catch (CaseTransfers.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "transfer.accepted");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/transfers/{transferId}/decline")
    String decline(@PathVariable UUID id, @PathVariable UUID transferId, @Valid @ModelAttribute("decision") TransferDecisionForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        CaseTransfers.Preview preview = transfers.preview(id, transferId)
                .filter(p -> p.transfer().receivedBy(currentUser.require()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (errors.hasErrors()) {
            return review(preview, form, model);
        }
        try {
            transfers.decline(id, transferId, form.version(), form.reason());
        } catch (CaseTransfers.Refused e) {
            errors.rejectValue(e.field, e.messageKey, e.arguments, null);
            return review(preview, form, model);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "transfer.conflict");
            return "redirect:/cases/" + id + "/transfers/" + transferId;
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "transfer.declined");
        return "redirect:/cases";
    }

    @PostMapping("/cases/{id}/transfers/{transferId}/withdraw")
    String withdraw(@PathVariable UUID id, @PathVariable UUID transferId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            transfers.withdraw(id, transferId, version);
            redirect.addFlashAttribute("notice", "transfer.withdrawn");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "transfer.conflict");
        } catch (CaseTransfers.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/cases/" + id;
    }

    private String render(ClientCase clientCase, TransferForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("clientCase", clientCase);
        model.addAttribute("client", clients.get(clientCase.clientId()).orElseThrow());
        model.addAttribute("colleagues", transfers.colleaguesFor(clientCase));
        model.addAttribute("organisations", transfers.receivingOrganisations());
        return "casework/transfer-new";
    }

    private String review(CaseTransfers.Preview preview, TransferDecisionForm form, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("decision", form);
        return "casework/transfer";
    }

    /** A case of the caller's organisation that the caller may hand on; 404 for others' cases, 403 for colleagues'. */
    private ClientCase proposable(UUID id) {
        ClientCase clientCase = caseWork.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!transfers.mayPropose(clientCase)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return clientCase;
    }

}
