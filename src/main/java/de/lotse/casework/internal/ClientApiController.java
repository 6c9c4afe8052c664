package de.lotse.casework.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.casework.LikelyDuplicate;
import de.lotse.casework.NewClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
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

    record ClientRequest(
            @NotBlank @Size(max = 200) String familyName,
            @NotBlank @Size(max = 200) String givenNames,
            @Size(max = 200) String familyNameOriginal,
            @Size(max = 200) String givenNamesOriginal,
            @Size(max = 500) String otherSpellings,
            @PastOrPresent LocalDate birthDate,
            @Min(1900) @Max(2100) Integer birthYear,
            @Size(max = 100) String gender,
            @Size(max = 300) String nationalities,
            @Size(max = 300) String languages,
            Boolean interpreterNeeded,
            @Size(max = 50) @Pattern(regexp = "[0-9 +()/-]*", message = "{phone.pattern}") String phone,
            @Email @Size(max = 254) String email,
            @Size(max = 200) String street,
            @Pattern(regexp = "(\\d{5})?", message = "{postalCode.pattern}") String postalCode,
            UUID municipalityId) {

        NewClient toNewClient() {
            return new NewClient(familyName, givenNames, familyNameOriginal, givenNamesOriginal, otherSpellings,
                    birthDate, birthYear, gender, nationalities, languages, interpreterNeeded, phone, email, street,
                    postalCode, municipalityId);
        }
    }

    private final ClientRegistry registry;

    ClientApiController(ClientRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> register(@Valid @RequestBody ClientRequest request) {
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
