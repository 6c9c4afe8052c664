package de.lotse.casework.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.casework.Client;
import de.lotse.casework.LikelyDuplicate;
import de.lotse.casework.Relation;
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
 * A client's household and family: who lives with the person, and how they are related. Reached from the page of
 * any member; people are found with the same search that runs before registering.
 */
@Controller
@RequestMapping("/clients/{id}")
class HouseholdController {

    private final ClientRegistry clients;
    private final Households households;

    HouseholdController(ClientRegistry clients, Households households) {
        this.clients = clients;
        this.households = households;
    }

    @GetMapping("/household")
    String page(@PathVariable UUID id, @RequestParam(required = false) String familyName,
                @RequestParam(required = false) String givenNames, @RequestParam(required = false) Integer birthYear,
                Model model) {
        Client client = clientOrNotFound(id);
        model.addAttribute("client", client);
        model.addAttribute("members", households.membersWith(client));
        model.addAttribute("relatives", households.relativesOutside(client));
        model.addAttribute("relations", Relation.values());
        model.addAttribute("familyName", familyName);
        model.addAttribute("givenNames", givenNames);
        model.addAttribute("birthYear", birthYear);
        boolean searched = familyName != null && !familyName.isBlank() && givenNames != null && !givenNames.isBlank();
        List<LikelyDuplicate> found = searched
                ? clients.likelyDuplicates(familyName, givenNames, birthYear).stream().filter(d -> !d.id().equals(id)).toList()
                : null;
        model.addAttribute("found", found);
        return "casework/household";
    }

    @PostMapping("/household/members")
    String add(@PathVariable UUID id, @RequestParam UUID memberId, @RequestParam(required = false) Relation relation,
               RedirectAttributes redirect) {
        try {
            households.addMember(id, memberId, relation);
            redirect.addFlashAttribute("notice", "household.added");
        } catch (Households.InAnotherHousehold e) {
            redirect.addFlashAttribute("problem", "household.inAnother");
        } catch (NoSuchElementException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/clients/" + id + "/household";
    }

    @PostMapping("/household/leave")
    String leave(@PathVariable UUID id, @RequestParam UUID memberId, RedirectAttributes redirect) {
        clientOrNotFound(id);
        if (households.householdOf(id).isEmpty() || !households.householdOf(id).equals(households.householdOf(memberId))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            households.leave(memberId);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "household.left");
        return "redirect:/clients/" + id + "/household";
    }

    @PostMapping("/family-links")
    String link(@PathVariable UUID id, @RequestParam UUID relativeId, @RequestParam(required = false) Relation relation,
                RedirectAttributes redirect) {
        if (relation == null) {
            redirect.addFlashAttribute("problem", "household.relationMissing");
            return "redirect:/clients/" + id + "/household";
        }
        try {
            households.link(id, relativeId, relation);
        } catch (NoSuchElementException | org.springframework.dao.DataIntegrityViolationException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "household.linked");
        return "redirect:/clients/" + id + "/household";
    }

    private Client clientOrNotFound(UUID id) {
        return clients.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
