package de.lotse.casework.internal;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.network.LifeArea;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases/{id}/assessment}: the assessment of a case per life area, with the same rules as the
 * page. A stale {@code version} answers 409 with the fields that differ now, and nothing is overwritten.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/assessment")
class AssessmentApiController {

    private final Assessments assessments;

    AssessmentApiController(Assessments assessments) {
        this.assessments = assessments;
    }

    /** A life area as the API shows it; {@code version} null and {@code assessed} false while not assessed. */
    record AreaView(LifeArea lifeArea, boolean assessed, String situation, Need need, String resources, String notes,
                    Integer version, String assessedBy, Instant assessedAt) {

        static AreaView of(Assessments.AreaAssessment a) {
            var e = a.entry();
            return e == null ? new AreaView(a.lifeArea(), false, null, null, null, null, null, null, null)
                    : new AreaView(a.lifeArea(), true, e.situation(), e.need(), e.resources(), e.notes(), e.version(),
                    a.assessedByName(), e.assessedAt());
        }
    }

    @GetMapping
    ResponseEntity<List<AreaView>> get(@PathVariable UUID id) {
        return assessments.of(id).map(areas -> areas.stream().map(AreaView::of).toList())
                .map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @PutMapping("/{lifeArea}")
    ResponseEntity<?> put(@PathVariable UUID id, @PathVariable LifeArea lifeArea, @Valid @RequestBody AssessmentForm request) {
        try {
            assessments.save(id, lifeArea, request.input(), request.version());
        } catch (NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        } catch (Assessments.ChangedMeanwhile e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Jemand anderes hat diesen Lebensbereich inzwischen bewertet. Nichts wurde überschrieben; bitte lesen Sie den aktuellen Stand und ändern Sie erneut.");
            problem.setTitle("Gleichzeitige Änderung");
            problem.setProperty("changedFields", e.fields());
            problem.setProperty("currentVersion", e.currentVersion());
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(assessments.of(id).orElseThrow().stream().filter(a -> a.lifeArea() == lifeArea)
                .map(AreaView::of).findFirst().orElseThrow());
    }
}
