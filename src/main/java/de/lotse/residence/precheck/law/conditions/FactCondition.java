package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.PersonFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A condition that is one known-or-unknown fact of the person, not depending on the date. Its three possible
 * results are built once, so evaluating it allocates nothing.
 */
public final class FactCondition extends BaseCondition {

    private final Function<PersonFacts, Boolean> satisfied;
    private final ConditionResult met;
    private final ConditionResult notMet;
    private final ConditionResult unknown;

    /**
     * @param satisfied  true if the condition is satisfied, false if not, null if the fact is unknown
     * @param factPath   the request field that decides it
     * @param metText    explanation when satisfied
     * @param notMetText explanation when not satisfied
     * @param unknownText explanation when unknown
     */
    public FactCondition(String id, String citation, Function<PersonFacts, Boolean> satisfied, String factPath,
                         String metText, String notMetText, String unknownText) {
        super(id, citation);
        this.satisfied = satisfied;
        this.met = result(Outcome.MET, metText);
        this.notMet = result(Outcome.NOT_MET, notMetText);
        this.unknown = result(Outcome.UNDETERMINED, unknownText, List.of(factPath));
    }

    /** A fact that must be true, e.g. the commitment to the free democratic basic order. */
    public static FactCondition mustBeTrue(String id, String citation, Function<PersonFacts, Boolean> fact,
                                           String factPath, String metText, String notMetText, String unknownText) {
        return new FactCondition(id, citation, fact, factPath, metText, notMetText, unknownText);
    }

    /** A fact that must be false, e.g. deception about identity. */
    public static FactCondition mustBeFalse(String id, String citation, Function<PersonFacts, Boolean> fact,
                                            String factPath, String metText, String notMetText, String unknownText) {
        return new FactCondition(id, citation, facts -> {
            Boolean value = fact.apply(facts);
            return value == null ? null : !value;
        }, factPath, metText, notMetText, unknownText);
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        return Outcome.of(satisfied.apply(facts));
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        Boolean value = satisfied.apply(facts);
        if (value == null) {
            return unknown;
        }
        return value ? met : notMet;
    }

    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        return null;
    }

    @Override
    boolean hasConstantResults() {
        return true;
    }
}
