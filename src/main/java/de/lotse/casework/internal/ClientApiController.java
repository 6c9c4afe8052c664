package de.lotse.casework.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.casework.LikelyDuplicate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/clients}: registering clients and the search before it, for case managers, within their
 * own organisation.
 */
@RestController
@RequestMapping("/api/v1/clients")
@Validated
class ClientApiController {

    private final ClientRegistry registry;

    ClientApiController(ClientRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    /** The same record and rules as the registration form, so the API and the page cannot drift apart. */
    ResponseEntity<Map<String, UUID>> register(@Valid @RequestBody ClientForm request) {
        UUID id = registry.register(request.toNewClient());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id)).body(Map.of("id", id));
    }

    /** A client as the API shows it: without the internal search keys. */
    record ClientView(UUID id, String familyName, String givenNames, String familyNameOriginal, String givenNamesOriginal,
                      String otherSpellings, java.time.LocalDate birthDate, Integer birthYear, String gender,
                      String nationalities, String languages, Boolean interpreterNeeded, String phone, String email,
                      String street, String postalCode, UUID municipalityId, Integer version) {

        static ClientView of(de.lotse.casework.Client c) {
            return new ClientView(c.id(), c.familyName(), c.givenNames(), c.familyNameOriginal(), c.givenNamesOriginal(),
                    c.otherSpellings(), c.birthDate(), c.birthYear(), c.gender(), c.nationalities(), c.languages(),
                    c.interpreterNeeded(), c.phone(), c.email(), c.street(), c.postalCode(), c.municipalityId(), c.version());
        }
    }

    @GetMapping("/{id}")
    ResponseEntity<ClientView> get(@org.springframework.web.bind.annotation.PathVariable UUID id) {
        return registry.get(id).map(ClientView::of).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    /**
     * Replaces a client's data. The body carries the {@code version} that was read; if someone else saved in
     * between, the answer is 409 with the fields that differ now, and nothing is overwritten.
     */
    @org.springframework.web.bind.annotation.PutMapping("/{id}")
    ResponseEntity<?> update(@org.springframework.web.bind.annotation.PathVariable UUID id, @Valid @RequestBody ClientForm request) {
        if (request.version() == null) {
            org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "Bitte senden Sie die Version mit, die Sie gelesen haben.");
            problem.setTitle("Ungültige Eingabe");
            problem.setProperty("errors", List.of(Map.of("field", "version", "message", "Bitte füllen Sie dieses Feld aus.")));
            return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (registry.get(id).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        try {
            registry.update(id, request.toNewClient(), request.version());
        } catch (ClientRegistry.ChangedMeanwhile e) {
            org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                    org.springframework.http.HttpStatus.CONFLICT,
                    "Jemand anderes hat diese Person inzwischen geändert. Nichts wurde überschrieben; bitte lesen Sie den aktuellen Stand und ändern Sie erneut.");
            problem.setTitle("Gleichzeitige Änderung");
            problem.setProperty("changedFields", e.fields());
            return ResponseEntity.status(org.springframework.http.HttpStatus.CONFLICT)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(ClientView.of(registry.get(id).orElseThrow()));
    }

    @GetMapping("/duplicates")
    List<LikelyDuplicate> duplicates(@RequestParam @NotBlank @Size(max = 200) String familyName,
                                     @RequestParam @NotBlank @Size(max = 200) String givenNames,
                                     @RequestParam(required = false) @Min(1900) @Max(2100) Integer birthYear) {
        return registry.likelyDuplicates(familyName, givenNames, birthYear);
    }
}
