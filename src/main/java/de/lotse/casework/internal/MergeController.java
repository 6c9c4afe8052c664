package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import de.lotse.casework.Client;
import de.lotse.casework.LikelyDuplicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging a duplicate into a client's record: the likely duplicates, both records side by side, and the merge
 * after an explicit confirmation.
 */
@Controller
@RequestMapping("/clients/{id}/merge")
class MergeController {

    private final ClientRegistry clients;
    private final ClientMerge merge;
    private final CaseWork caseWork;

    MergeController(ClientRegistry clients, ClientMerge merge, CaseWork caseWork) {
        this.clients = clients;
        this.merge = merge;
        this.caseWork = caseWork;
    }

    @GetMapping
    String candidates(@PathVariable UUID id, Model model) {
        Client client = clientOrNotFound(id);
        List<LikelyDuplicate> candidates = clients.likelyDuplicates(client.familyName(), client.givenNames(), client.birthYear())
                .stream().filter(d -> !d.id().equals(id)).toList();
        model.addAttribute("client", client);
        model.addAttribute("candidates", candidates);
        return "casework/merge";
    }

    @GetMapping("/{otherId}")
    String compare(@PathVariable UUID id, @PathVariable UUID otherId, Model model) {
        Client kept = clientOrNotFound(id);
        Client other = clientOrNotFound(otherId);
        if (kept.id().equals(other.id()) || merge.isMerged(other.id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("client", kept);
        model.addAttribute("other", other);
        model.addAttribute("keptCases", caseWork.ofClient(kept.id()).size());
        model.addAttribute("otherCases", caseWork.ofClient(other.id()).size());
        model.addAttribute("result", ClientMerge.combined(kept, other));
        return "casework/merge-compare";
    }

    @PostMapping("/{otherId}")
    String merge(@PathVariable UUID id, @PathVariable UUID otherId, @RequestParam int version,
                 @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        clientOrNotFound(id);
        clientOrNotFound(otherId);
        if (!confirmed) {
            redirect.addFlashAttribute("problem", "merge.confirmMissing");
            return "redirect:/clients/" + id + "/merge/" + otherId;
        }
        try {
            merge.merge(id, otherId, version);
        } catch (java.util.NoSuchElementException | ClientMerge.NotMergeable e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (ClientRegistry.ChangedMeanwhile | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "merge.conflict");
            return "redirect:/clients/" + id + "/merge/" + otherId;
        }
        redirect.addFlashAttribute("notice", "merge.done");
        return "redirect:/clients/" + id;
    }

    private Client clientOrNotFound(UUID id) {
        return clients.get(id).filter(c -> !merge.isMerged(c.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
