package de.lotse.casework.internal;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;

import de.lotse.web.InvalidField;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases/{caseId}/transfers}: proposing a transfer, and accepting, declining or withdrawing it, with
 * the same rules as the pages. A stale version is a 409, a refused transfer a 400 naming the field.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/transfers")
class TransferApiController {

    private final CaseTransfers transfers;

    TransferApiController(CaseTransfers transfers) {
        this.transfers = transfers;
    }

    /** A transfer as the API shows it; the person's fields are null where the receiver may not see them. */
    record TransferView(UUID id, UUID caseId, int version, CaseTransfers.Status status, boolean withinOrganisation,
                        UUID fromOrganisationId, String fromOrganisation, UUID toOrganisationId, String toOrganisation,
                        String proposedBy, String toCaseManager, Instant proposedAt, String note, String givenNames,
                        String familyName, Integer birthYear, String firstConcern, boolean consentValid) {

        static TransferView of(CaseTransfers.Preview p) {
            CaseTransfers.Transfer t = p.transfer();
            return new TransferView(t.id(), t.caseId(), t.version(), t.status(), t.withinOrganisation(), t.fromOrganisationId(),
                    p.fromOrganisation(), t.toOrganisationId(), p.toOrganisation(), p.proposedByName(), p.toCaseManagerName(),
                    t.proposedAt(), t.note(), p.givenNames(), p.familyName(), p.birthYear(), p.firstConcern(), p.consentValid());
        }
    }

    @PostMapping
    ResponseEntity<?> propose(@PathVariable UUID caseId, @Valid @RequestBody TransferForm request) {
        return answer(() -> {
            UUID id = transfers.propose(caseId, request.toCaseManagerId(), request.toOrganisationId(), request.note());
            return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/transfers/" + id))
                    .body(Map.of("id", id, "version", 0));
        });
    }

    @PostMapping("/{transferId}/accept")
    ResponseEntity<?> accept(@PathVariable UUID caseId, @PathVariable UUID transferId, @Valid @RequestBody TransferDecisionForm request) {
        return answer(() -> {
            var accepted = transfers.accept(caseId, transferId, request.version());
            return ResponseEntity.ok(Map.of("caseId", accepted.caseId(), "clientId", accepted.toClientId(),
                    "organisationId", accepted.toOrganisationId()));
        });
    }

    @PostMapping("/{transferId}/decline")
    ResponseEntity<?> decline(@PathVariable UUID caseId, @PathVariable UUID transferId, @Valid @RequestBody TransferDecisionForm request) {
        return answer(() -> {
            transfers.decline(caseId, transferId, request.version(), request.reason());
            return ResponseEntity.ok(Map.of("status", CaseTransfers.Status.DECLINED));
        });
    }

    @PostMapping("/{transferId}/withdraw")
    ResponseEntity<?> withdraw(@PathVariable UUID caseId, @PathVariable UUID transferId, @Valid @RequestBody TransferDecisionForm request) {
        return answer(() -> {
            transfers.withdraw(caseId, transferId, request.version());
            return ResponseEntity.ok(Map.of("status", CaseTransfers.Status.WITHDRAWN));
        });
    }

    private static ResponseEntity<?> answer(Supplier<ResponseEntity<?>> call) {
        try {
            return call.get();
        } catch (CaseTransfers.Refused e) {
            throw new InvalidField(e.field, e.messageKey, e.arguments);
        } catch (OptimisticLockingFailureException e) {
            return problem(HttpStatus.CONFLICT, "Gleichzeitige Änderung",
                    "Die Übergabe oder der Fall wurde inzwischen geändert, angenommen, abgelehnt oder zurückgezogen. "
                            + "Nichts wurde überschrieben; bitte lesen Sie den aktuellen Stand.");
        } catch (CaseTransfers.NotAllowed e) {
            return problem(HttpStatus.FORBIDDEN, "Nicht erlaubt",
                    "Diesen Schritt der Übergabe dürfen nur die Beteiligten gehen: übergeben die fallführende Person oder "
                            + "die Teamleitung, annehmen oder ablehnen die Empfangenden, zurückziehen wer sie vorgeschlagen hat.");
        } catch (NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        }
    }

    private static ResponseEntity<?> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
