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

    @GetMapping("/duplicates")
    List<LikelyDuplicate> duplicates(@RequestParam @NotBlank @Size(max = 200) String familyName,
                                     @RequestParam @NotBlank @Size(max = 200) String givenNames,
                                     @RequestParam(required = false) @Min(1900) @Max(2100) Integer birthYear) {
        return registry.likelyDuplicates(familyName, givenNames, birthYear);
    }
}
