package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.law.Condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A requirement the statute waives if the person cannot meet it because of illness or disability
 * (§ 25a Abs. 1 Satz 1 Nr. 2 Satz 2, § 25b Abs. 3 AufenthG, § 10 Abs. 6 StAG). While the requirement is not shown
 * and it is unknown whether illness or disability prevents it, the condition is UNDETERMINED: proving either helps.
 */
public final class WaivedForIllness extends BaseCondition {

    private final Condition requirement;
    private final String waiverCitation;
    private final ResultMemo memo;

    public WaivedForIllness(String id, String citation, Condition requirement, String waiverCitation) {
        super(id, citation);
        this.requirement = requirement;
        this.waiverCitation = waiverCitation;
        this.memo = allHaveConstantResults(List.of(requirement)) ? new ResultMemo() : null;
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        Outcome outcome = requirement.outcomeOn(facts, day);
        if (outcome == Outcome.MET) {
            return outcome;
        }
        return outcome.or(Outcome.of(facts.illnessOrDisabilityPreventsRequirement()));
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        ConditionResult shown = requirement.explainOn(facts, day);
        Boolean waived = canonical(facts.illnessOrDisabilityPreventsRequirement());
        if (memo == null) {
            return combine(shown, waived);
        }
        return memo.get(new Object[] {shown, waived}, () -> combine(shown, waived));
    }

    /** Boolean.TRUE, Boolean.FALSE or null, so the value can serve as an identity key of the memo. */
    private static Boolean canonical(Boolean value) {
        return value == null ? null : Boolean.valueOf(value);
    }

    private ConditionResult combine(ConditionResult shown, Boolean waived) {
        if (shown.outcome() == Outcome.MET) {
            return result(Outcome.MET, shown.explanation());
        }
        if (Boolean.TRUE.equals(waived)) {
            return result(Outcome.MET, shown.explanation() + " Davon wird nach " + waiverCitation
                    + " abgesehen, weil Krankheit oder Behinderung die Erfüllung verhindert.");
        }
        Outcome outcome = shown.outcome().or(Outcome.of(waived));
        List<String> missing = new ArrayList<>(shown.missingFacts());
        String text = shown.explanation();
        if (waived == null) {
            missing.add(FactPaths.ILLNESS);
            text += " Ob Krankheit oder Behinderung die Erfüllung verhindert (" + waiverCitation
                    + "), ist nicht angegeben.";
        }
        return result(outcome, text, missing);
    }

    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        return requirement.nextChanceOfMet(facts, day);
    }

    @Override
    boolean hasConstantResults() {
        return memo != null;
    }
}
