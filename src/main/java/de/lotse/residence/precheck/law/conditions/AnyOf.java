package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.law.Condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Statutory alternatives ("… oder …"): MET if any part is MET. */
public final class AnyOf extends BaseCondition {

    private final List<Condition> parts;
    private final ResultMemo memo;

    public AnyOf(String id, String citation, List<Condition> parts) {
        super(id, citation);
        this.parts = List.copyOf(parts);
        this.memo = allHaveConstantResults(parts) ? new ResultMemo() : null;
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        Outcome outcome = Outcome.NOT_MET;
        for (Condition part : parts) {
            outcome = outcome.or(part.outcomeOn(facts, day));
            if (outcome == Outcome.MET) {
                return outcome;
            }
        }
        return outcome;
    }

    /** When an alternative is MET, only that one is explained; otherwise all are, so the user sees every way in. */
    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        for (Condition part : parts) {
            if (part.outcomeOn(facts, day) == Outcome.MET) {
                ConditionResult met = part.explainOn(facts, day);
                return memo == null ? result(Outcome.MET, met.explanation())
                        : memo.get(new Object[] {met}, () -> result(Outcome.MET, met.explanation()));
            }
        }
        List<ConditionResult> results = new ArrayList<>(parts.size());
        for (Condition part : parts) {
            results.add(part.explainOn(facts, day));
        }
        return memo == null ? combine(results) : memo.get(results.toArray(), () -> combine(results));
    }

    private ConditionResult combine(List<ConditionResult> results) {
        Outcome outcome = Outcome.NOT_MET;
        for (ConditionResult result : results) {
            outcome = outcome.or(result.outcome());
        }
        return result(outcome, Composite.joinExplanations(results), Composite.missingOfUndetermined(results));
    }

    /** Not MET means no part is MET: the soonest chance of any part is the chance of the whole. */
    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        LocalDate soonest = null;
        for (Condition part : parts) {
            LocalDate chance = part.nextChanceOfMet(facts, day);
            if (chance != null && (soonest == null || chance.isBefore(soonest))) {
                soonest = chance;
            }
        }
        return soonest;
    }

    @Override
    boolean hasConstantResults() {
        return memo != null;
    }
}
