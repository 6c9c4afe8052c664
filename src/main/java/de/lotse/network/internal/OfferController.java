package de.lotse.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.network.LifeArea;
import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import de.lotse.network.Offer;
import de.lotse.network.OfferKind;
import de.lotse.network.OfferQuery;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finding an offer: case managers when they refer a person, coordinators when they look at the network. Only
 * offers valid today are found; the people who keep offers see all of them under {@code /offers/manage}.
 */
@Controller
@RequestMapping("/offers")
class OfferController {

    private final JdbcOffers offers;
    private final Organisations organisations;
    private final Municipalities municipalities;

    OfferController(JdbcOffers offers, Organisations organisations, Municipalities municipalities) {
        this.offers = offers;
        this.organisations = organisations;
        this.municipalities = municipalities;
    }

    record Search(String text, OfferKind kind, LifeArea lifeArea, String language, UUID municipalityId) {

        boolean any() {
            return (text != null && !text.isBlank()) || kind != null || lifeArea != null
                    || (language != null && !language.isBlank()) || municipalityId != null;
        }
    }

    @GetMapping
    String search(@RequestParam(required = false) String text, @RequestParam(required = false) OfferKind kind,
                  @RequestParam(required = false) LifeArea lifeArea, @RequestParam(required = false) String language,
                  @RequestParam(required = false) UUID municipalityId, Model model) {
        Search search = new Search(trim(text), kind, lifeArea, trim(language), municipalityId);
        List<Offer> found = offers.search(new OfferQuery(search.text(), kind, lifeArea, search.language(), municipalityId,
                LocalDate.now()));
        model.addAttribute("search", search);
        model.addAttribute("offers", found);
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("lifeAreas", LifeArea.values());
        model.addAttribute("languages", offers.languages());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        names(model);
        return "network/offers";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Offer offer = offers.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("offer", offer);
        model.addAttribute("validToday", offer.validOn(LocalDate.now()));
        names(model);
        return "network/offer";
    }

    private void names(Model model) {
        model.addAttribute("organisationNames", organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name)));
        Map<UUID, String> kommunen = municipalities.findAll().stream().collect(Collectors.toMap(Municipality::id, Municipality::name));
        model.addAttribute("municipalityNames", kommunen);
    }

    private static String trim(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() > 200 ? value.substring(0, 200) : value;
    }
}
