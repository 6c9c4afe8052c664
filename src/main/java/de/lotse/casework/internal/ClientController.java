package de.lotse.casework.internal;

import java.util.List;
import java.util.UUID;

import de.lotse.casework.LikelyDuplicate;
import de.lotse.network.Municipalities;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
 * Clients in the browser: search before registering (suggestions as one types, with htmx, or by submitting
 * the search without JavaScript), register, and open a client.
 */
@Controller
@RequestMapping("/clients")
class ClientController {

    private final ClientRegistry registry;
    private final Municipalities municipalities;
    private final ClientPage clientPage;
    private final ClientMerge merges;

    ClientController(ClientRegistry registry, Municipalities municipalities, ClientPage clientPage, ClientMerge merges) {
        this.clientPage = clientPage;
        this.merges = merges;
        this.registry = registry;
        this.municipalities = municipalities;
    }

    record Search(String familyName, String givenNames, Integer birthYear) {

        boolean complete() {
            return familyName != null && !familyName.isBlank() && givenNames != null && !givenNames.isBlank();
        }
    }

    @GetMapping
    String search(@RequestParam(required = false) String familyName, @RequestParam(required = false) String givenNames,
                  @RequestParam(required = false) Integer birthYear, Model model) {
        fillSearch(familyName, givenNames, birthYear, model);
        return "casework/clients";
    }

    /** The suggestions alone, for htmx to put into the page while the name is typed. */
    @GetMapping(path = "/suggestions")
    String suggestionsFragment(@RequestParam(required = false) String familyName, @RequestParam(required = false) String givenNames,
                               @RequestParam(required = false) Integer birthYear, Model model) {
        fillSearch(familyName, givenNames, birthYear, model);
        return "casework/clients :: suggestions";
    }

    @GetMapping("/new")
    String newClient(@RequestParam(required = false) String familyName, @RequestParam(required = false) String givenNames,
                     @RequestParam(required = false) Integer birthYear, Model model) {
        model.addAttribute("form", ClientForm.prefilled(trim(familyName, 200), trim(givenNames, 200), plausible(birthYear)));
        return form(model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") ClientForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        UUID id = registry.register(form.toNewClient());
        redirect.addFlashAttribute("notice", "client.registered");
        return "redirect:/clients/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        var client = registry.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var kept = merges.keptFor(client.id());
        if (kept.isPresent()) {
            redirect.addFlashAttribute("notice", "merge.redirected");
            return "redirect:/clients/" + kept.get();
        }
        return clientPage.render(client,
                model, ConsentRecordForm.empty(java.time.LocalDate.now()), CaseOpenForm.empty(java.time.LocalDate.now()));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var client = registry.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", ClientForm.of(client));
        model.addAttribute("clientId", id);
        return form(model);
    }

    /** Saves the changes; if someone else saved first, shows what differs now and overwrites nothing. */
    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ClientForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        registry.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("clientId", id);
        if (errors.hasErrors() || form.version() == null) {
            return form(model);
        }
        try {
            registry.update(id, form.toNewClient(), form.version());
        } catch (ClientRegistry.ChangedMeanwhile e) {
            model.addAttribute("conflict", e.fields().stream()
                    .map(field -> "client." + (field.equals("municipalityId") ? "municipality" : field)).toList());
            model.addAttribute("form", form.withVersion(e.currentVersion()));
            return form(model);
        }
        redirect.addFlashAttribute("notice", "client.saved");
        return "redirect:/clients/" + id;
    }

    private String form(Model model) {
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        return "casework/client-new";
    }

    private void fillSearch(String familyName, String givenNames, Integer birthYear, Model model) {
        Search search = new Search(trim(familyName, 200), trim(givenNames, 200), plausible(birthYear));
        List<LikelyDuplicate> suggestions = search.complete()
                ? registry.likelyDuplicates(search.familyName(), search.givenNames(), search.birthYear()) : null;
        model.addAttribute("search", search);
        model.addAttribute("suggestions", suggestions);
    }

    private static String trim(String value, int max) {
        return value == null ? null : value.length() > max ? value.substring(0, max) : value;
    }

    private static Integer plausible(Integer year) {
        return year != null && year >= 1900 && year <= 2100 ? year : null;
    }
}
