package de.lotse.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.lotse.network.LifeArea;
import de.lotse.network.Offer;
import de.lotse.network.OfferKind;
import de.lotse.network.OfferQuery;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/offers}: the same search as the offer page, for other systems and the referral form.
 */
@RestController
@RequestMapping("/api/v1/offers")
@Validated
class OfferApiController {

    private final JdbcOffers offers;

    OfferApiController(JdbcOffers offers) {
        this.offers = offers;
    }

    /**
     * Offers valid on {@code validOn} (default today) matching every criterion given.
     */
    @GetMapping
    List<Offer> search(@RequestParam(required = false) @Size(max = 200) String text,
                       @RequestParam(required = false) OfferKind kind,
                       @RequestParam(required = false) LifeArea lifeArea,
                       @RequestParam(required = false) @Size(max = 100) String language,
                       @RequestParam(required = false) UUID municipalityId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
        return offers.search(new OfferQuery(text, kind, lifeArea, language, municipalityId,
                validOn == null ? LocalDate.now() : validOn));
    }

    @GetMapping("/{id}")
    ResponseEntity<Offer> get(@PathVariable UUID id) {
        return offers.get(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }
}
