package de.lotse.casework.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/clients/{id}/legal-domains} and {@code /residence-periods}: a client's histories, with the same
 * rules as the case page. A period that breaks them answers 400 with the German message at the field.
 */
@RestController
@RequestMapping("/api/v1/clients/{id}")
class ClientHistoryApiController {

    private final LegalDomainHistory legalDomains;
    private final ResidenceHistory residence;
    private final MessageSource messages;

    ClientHistoryApiController(LegalDomainHistory legalDomains, ResidenceHistory residence, MessageSource messages) {
        this.legalDomains = legalDomains;
        this.residence = residence;
        this.messages = messages;
    }

    @GetMapping("/legal-domains")
    ResponseEntity<LegalDomainHistory.Overview> legalDomains(@PathVariable UUID id) {
        return legalDomains.of(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/legal-domains")
    ResponseEntity<?> addLegalDomain(@PathVariable UUID id, @Valid @RequestBody LegalDomainForm request) {
        return created(id, "legal-domains", () -> legalDomains.add(id, request.domain(), request.from(), request.to()));
    }

    @GetMapping("/residence-periods")
    ResponseEntity<ResidenceHistory.Overview> residencePeriods(@PathVariable UUID id) {
        return residence.of(id, LocalDate.now()).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/residence-periods")
    ResponseEntity<?> addResidencePeriod(@PathVariable UUID id, @Valid @RequestBody ResidencePeriodForm request) {
        return created(id, "residence-periods", () -> residence.add(id, request.toNewPeriod()));
    }

    private ResponseEntity<?> created(UUID clientId, String collection, Supplier<UUID> add) {
        try {
            UUID periodId = add.get();
            return ResponseEntity.created(URI.create("/api/v1/clients/" + clientId + "/" + collection))
                    .body(Map.of("id", periodId));
        } catch (NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        } catch (PeriodRejected e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Einige Angaben sind ungültig.");
            problem.setTitle("Ungültige Eingabe");
            problem.setProperty("errors", List.of(Map.of("field", e.field(),
                    "message", messages.getMessage(e.code(), e.arguments(), LocaleContextHolder.getLocale()))));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }
}
