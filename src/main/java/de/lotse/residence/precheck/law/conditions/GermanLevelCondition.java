package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.GermanLevel;
import de.lotse.residence.precheck.facts.PersonFacts;

import java.time.LocalDate;
import java.util.List;

/** German at or above a CEFR level. The results for each level are built once. */
public final class GermanLevelCondition extends BaseCondition {

    private final GermanLevel required;
    private final ConditionResult[] byLevel;
    private final ConditionResult unknown;

    /** @param what what the statute asks for, e.g. "Hinreichende mündliche Deutschkenntnisse (A2)" */
    public GermanLevelCondition(String id, String citation, GermanLevel required, String what) {
        super(id, citation);
        this.required = required;
        this.byLevel = new ConditionResult[GermanLevel.values().length];
        for (GermanLevel level : GermanLevel.values()) {
            boolean met = level.atLeast(required);
            byLevel[level.ordinal()] = result(met ? Outcome.MET : Outcome.NOT_MET,
                    what + " erforderlich, Niveau " + level + " nachgewiesen.");
        }
        this.unknown = result(Outcome.UNDETERMINED,
                what + " erforderlich; das Sprachniveau ist nicht angegeben.", List.of(FactPaths.GERMAN_LEVEL));
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        GermanLevel level = facts.germanLevel();
        if (level == null) {
            return Outcome.UNDETERMINED;
        }
        return level.atLeast(required) ? Outcome.MET : Outcome.NOT_MET;
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        GermanLevel level = facts.germanLevel();
        return level == null ? unknown : byLevel[level.ordinal()];
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
