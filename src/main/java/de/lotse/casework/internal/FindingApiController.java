package de.lotse.casework.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.web.InvalidField;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/cases/{id}/findings}: the findings of a case, and recording one, with the same checks as the form. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/findings")
class FindingApiController {

    private final CaseWork caseWork;
    private final CaseFindings findings;
    private final PersonalDataWarning warning;

    FindingApiController(CaseWork caseWork, CaseFindings findings, PersonalDataWarning warning) {
        this.caseWork = caseWork;
        this.findings = findings;
        this.warning = warning;
    }

    @GetMapping
    ResponseEntity<List<CaseFindings.Finding>> list(@PathVariable UUID caseId) {
        if (caseWork.get(caseId).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(findings.ofCase(caseId));
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> raise(@PathVariable UUID caseId, @Valid @RequestBody FindingForm request) {
        try {
            UUID id = findings.raise(caseId, request);
            return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/findings/" + id)).body(Map.of("id", id));
        } catch (NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        } catch (CaseFindings.PersonalDataFound e) {
            throw new InvalidField("description", PersonalDataWarning.KEY, warning.kinds(e.kinds));
        } catch (CaseFindings.UnknownCategory e) {
            throw new InvalidField("barrierCategory", "NotBlank");
        }
    }
}
