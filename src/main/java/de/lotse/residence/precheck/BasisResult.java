package de.lotse.residence.precheck;

import java.time.LocalDate;
import java.util.List;

/**
 * The pre-check of one legal basis.
 *
 * @param legalBasis          the basis checked
 * @param lawVersionId        identifier of the statute version applied, e.g. {@code AUFENTHG_25B@2022-12-31};
 *                            with {@link PreCheckEngine#ENGINE_VERSION} it makes a saved result reproducible
 * @param lawVersionValidFrom first day of the statute version applied; null where no version is in force
 * @param outcome             NOT_MET if any condition is NOT_MET, else UNDETERMINED if any is, else MET
 * @param earliestDate        earliest date on or after the evaluation date on which the basis is MET if the facts stay
 *                            as given, within ten years; null if there is none or a needed fact is unknown
 * @param conditions          every condition of the version applied, in the order of the statute
 */
public record BasisResult(LegalBasis legalBasis, String lawVersionId, LocalDate lawVersionValidFrom,
                          Outcome outcome, LocalDate earliestDate, List<ConditionResult> conditions) {

    public BasisResult {
        conditions = List.copyOf(conditions);
    }
}
