package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.Fact;
import de.lotse.residence.precheck.facts.PersonFacts;

import java.time.LocalDate;
import java.util.List;

/**
 * A condition that is one known-or-unknown fact of the person, not depending on the date. Its three possible
 * results are built once, so evaluating it allocates nothing.
 */
public final class FactCondition extends BaseCondition {

    private final Fact fact;
    private final boolean required;
    private final ConditionResult met;
    private final ConditionResult notMet;
    private final ConditionResult unknown;

    /**
     * @param fact        the fact that decides it
     * @param required    the value of the fact that satisfies the condition
     * @param metText     explanation when satisfied
     * @param notMetText  explanation when not satisfied
     * @param unknownText explanation when unknown
     */
    private FactCondition(String id, String citation, Fact fact, boolean required, String metText,
                          String notMetText, String unknownText) {
        super(id, citation);
        this.fact = fact;
        this.required = required;
        this.met = result(Outcome.MET, metText);
        this.notMet = result(Outcome.NOT_MET, notMetText);
        this.unknown = result(Outcome.UNDETERMINED, unknownText, List.of(fact.path()));
    }

    /** A fact that must be true, e.g. the commitment to the free democratic basic order. */
    public static FactCondition mustBeTrue(String id, String citation, Fact fact, String metText,
                                           String notMetText, String unknownText) {
        return new FactCondition(id, citation, fact, true, metText, notMetText, unknownText);
    }

    /** A fact that must be false, e.g. deception about identity. */
    public static FactCondition mustBeFalse(String id, String citation, Fact fact, String metText,
                                            String notMetText, String unknownText) {
        return new FactCondition(id, citation, fact, false, metText, notMetText, unknownText);
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        Boolean value = facts.fact(fact);
        if (value == null) {
            return Outcome.UNDETERMINED;
        }
        return value == required ? Outcome.MET : Outcome.NOT_MET;
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        Boolean value = facts.fact(fact);
        if (value == null) {
            return unknown;
        }
        return value == required ? met : notMet;
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
