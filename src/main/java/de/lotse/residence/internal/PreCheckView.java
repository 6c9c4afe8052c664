package de.lotse.residence.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.lotse.residence.precheck.BasisResult;
import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.PreCheckResult;

/**
 * A pre-check result as the page and the PDF show it: missing facts become labelled questions of the form.
 */
record PreCheckView(PreCheckResult result, List<Basis> bases) {

    record Basis(BasisResult result, List<Condition> conditions, List<MissingFact> missingFacts) {
    }

    record Condition(ConditionResult result, List<MissingFact> missingFacts) {
    }

    /**
     * @param labelKey {@code precheck.fact.<field>}, list indices removed
     * @param row the row of a list the fact belongs to, counted from 1; null for single facts
     */
    record MissingFact(String labelKey, Integer row) {
    }

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    static PreCheckView of(PreCheckResult result) {
        return new PreCheckView(result, result.results().stream().map(PreCheckView::basis).toList());
    }

    private static Basis basis(BasisResult basis) {
        List<Condition> conditions = basis.conditions().stream()
                .map(c -> new Condition(c, c.missingFacts().stream().map(PreCheckView::missingFact).toList()))
                .toList();
        List<MissingFact> missing = conditions.stream().flatMap(c -> c.missingFacts().stream()).distinct().toList();
        return new Basis(basis, conditions, missing);
    }

    static MissingFact missingFact(String jsonPath) {
        String field = PreCheckForm.formField(jsonPath);
        Matcher index = INDEX.matcher(field);
        Integer row = index.find() ? Integer.parseInt(index.group(1)) + 1 : null;
        return new MissingFact("precheck.fact." + INDEX.matcher(field).replaceAll(""), row);
    }
}
