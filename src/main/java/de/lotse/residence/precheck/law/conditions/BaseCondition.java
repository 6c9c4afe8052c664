package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.law.Condition;

import java.time.LocalDate;
import java.util.List;

/** Id and citation, and helpers shared by the condition types. */
abstract class BaseCondition implements Condition {

    private final String id;
    private final String citation;

    BaseCondition(String id, String citation) {
        this.id = id;
        this.citation = citation;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String citation() {
        return citation;
    }

    /**
     * Whether every explained result comes from a small fixed set of instances that do not depend on the date or on
     * dated facts. Composites of such parts remember their combined results ({@link ResultMemo}) instead of joining
     * texts on every pre-check.
     */
    boolean hasConstantResults() {
        return false;
    }

    @Override
    public boolean mayBecomeMetLater() {
        return !hasConstantResults();
    }

    static boolean allHaveConstantResults(List<? extends Condition> conditions) {
        for (Condition condition : conditions) {
            if (!(condition instanceof BaseCondition base) || !base.hasConstantResults()) {
                return false;
            }
        }
        return true;
    }

    final ConditionResult result(Outcome outcome, String explanation, List<String> missingFacts) {
        return new ConditionResult(id, citation, outcome, explanation,
                outcome == Outcome.UNDETERMINED ? missingFacts : List.of());
    }

    final ConditionResult result(Outcome outcome, String explanation) {
        return new ConditionResult(id, citation, outcome, explanation, List.of());
    }

    static LocalDate dayOrNull(long epochDay) {
        return epochDay == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
