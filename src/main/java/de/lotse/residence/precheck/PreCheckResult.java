package de.lotse.residence.precheck;

import java.time.LocalDate;
import java.util.List;

/**
 * Answer of the pre-check (Vorprüfung). A pre-check is never a decision of the authority.
 *
 * @param asOf          evaluation date
 * @param engineVersion {@link PreCheckEngine#ENGINE_VERSION} of the engine that computed the result
 * @param results       one result per requested legal basis, in request order
 */
public record PreCheckResult(LocalDate asOf, String engineVersion, List<BasisResult> results) {

    public PreCheckResult {
        results = List.copyOf(results);
    }
}
