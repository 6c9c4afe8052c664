package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.law.Condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Requirements the statute joins in one number ("… und …"): MET only if every part is MET. */
public final class AllOf extends BaseCondition {

    private final List<Condition> parts;
    private final ResultMemo memo;

    public AllOf(String id, String citation, List<Condition> parts) {
        super(id, citation);
        this.parts = List.copyOf(parts);
        this.memo = allHaveConstantResults(parts) ? new ResultMemo() : null;
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        Outcome outcome = Outcome.MET;
        for (Condition part : parts) {
            outcome = outcome.and(part.outcomeOn(facts, day));
        }
        return outcome;
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        List<ConditionResult> results = new ArrayList<>(parts.size());
        for (Condition part : parts) {
            results.add(part.explainOn(facts, day));
        }
        return memo == null ? combine(results) : memo.get(results.toArray(), () -> combine(results));
    }

    private ConditionResult combine(List<ConditionResult> results) {
        Outcome outcome = Outcome.MET;
        for (ConditionResult result : results) {
            outcome = outcome.and(result.outcome());
        }
        return result(outcome, Composite.joinExplanations(results), Composite.missingOfUndetermined(results));
    }

    /** Every part that is not MET must become MET: the latest of their chances, none if one has none. */
    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        LocalDate latest = null;
        for (Condition part : parts) {
            if (part.outcomeOn(facts, day) == Outcome.MET) {
                continue;
            }
            LocalDate chance = part.nextChanceOfMet(facts, day);
            if (chance == null) {
                return null;
            }
            if (latest == null || chance.isAfter(latest)) {
                latest = chance;
            }
        }
        return latest;
    }

    @Override
    boolean hasConstantResults() {
        return memo != null;
    }
}
