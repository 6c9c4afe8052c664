package de.lotse.residence.precheck;

import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.law.BasisEvaluation;
import de.lotse.residence.precheck.law.LawBook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The pre-check (Vorprüfung) of §§ 25a, 25b, 104c AufenthG and § 10 StAG. Stateless and thread-safe.
 *
 * <p>For each requested legal basis it applies the statute version in force on the evaluation date, explains every
 * condition, and computes the earliest date on which the basis would be MET if the facts stay as given.
 */
public final class PreCheckEngine {

    /**
     * Version of the engine's logic. Raise it whenever a change can alter a result for the same facts and law
     * version; a saved result is reproduced by this version together with each result's law version id.
     */
    public static final String ENGINE_VERSION = "1.0.0";

    private final LawBook lawBook;

    public PreCheckEngine() {
        this.lawBook = LawBook.standard();
    }

    /** See {@link PreCheckValidation#validate}. */
    public static List<FieldProblem> validate(PreCheckRequest request) {
        return PreCheckValidation.validate(request);
    }

    /**
     * Runs the pre-check.
     *
     * @throws InvalidPreCheckRequestException if {@link #validate} finds problems
     */
    public PreCheckResult check(PreCheckRequest request) {
        List<FieldProblem> problems = PreCheckValidation.validate(request);
        if (!problems.isEmpty()) {
            throw new InvalidPreCheckRequestException(problems);
        }
        PersonFacts facts = PersonFacts.from(request.person());
        Set<LegalBasis> done = EnumSet.noneOf(LegalBasis.class);
        List<BasisResult> results = new ArrayList<>(request.legalBases().size());
        for (String code : request.legalBases()) {
            LegalBasis basis = LegalBasis.fromCode(code);
            if (done.add(basis)) {
                results.add(BasisEvaluation.evaluate(lawBook.statute(basis), facts, request.asOf()));
            }
        }
        return new PreCheckResult(request.asOf(), ENGINE_VERSION, results);
    }
}
