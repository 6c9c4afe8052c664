package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.facts.StatusPeriod;
import de.lotse.residence.precheck.law.Condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A requirement only for holders of a residence permit under § 104c AufenthG (§ 25a Abs. 6, § 25b Abs. 8):
 * for everyone else it does not apply and is listed as MET with "entfällt".
 */
public final class OnlyFor104cPermitHolders extends BaseCondition {

    private final Condition requirement;
    private final ConditionResult notApplicable;

    public OnlyFor104cPermitHolders(String id, String citation, Condition requirement) {
        super(id, citation);
        this.requirement = requirement;
        this.notApplicable = result(Outcome.MET,
                "Entfällt: keine Aufenthaltserlaubnis nach § 104c AufenthG am Stichtag.");
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        Boolean holder = facts.holds104cPermitOn(day);
        if (Boolean.FALSE.equals(holder)) {
            return Outcome.MET;
        }
        Outcome outcome = requirement.outcomeOn(facts, day);
        return holder == null && outcome == Outcome.NOT_MET ? Outcome.UNDETERMINED : outcome;
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        Boolean holder = facts.holds104cPermitOn(day);
        if (Boolean.FALSE.equals(holder)) {
            return notApplicable;
        }
        ConditionResult shown = requirement.explainOn(facts, day);
        if (Boolean.TRUE.equals(holder) || shown.outcome() == Outcome.MET) {
            return result(shown.outcome(), shown.explanation(), shown.missingFacts());
        }
        List<String> missing = new ArrayList<>(shown.missingFacts());
        StatusPeriod period = facts.statusOn(day);
        missing.add(period == null ? FactPaths.RESIDENCE_PERIODS : period.legalBasisPath());
        return result(Outcome.UNDETERMINED, shown.explanation()
                + " Gilt nur bei einer Aufenthaltserlaubnis nach § 104c AufenthG; deren Rechtsgrundlage ist nicht"
                + " angegeben.", missing);
    }

    /** Whether the person holds a § 104c permit changes only when the status changes. */
    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        LocalDate requirementChance = requirement.nextChanceOfMet(facts, day);
        long statusChange = facts.nextResidenceChangeAfter(day);
        LocalDate change = dayOrNull(statusChange);
        if (requirementChance == null) {
            return change;
        }
        return change == null || requirementChance.isBefore(change) ? requirementChance : change;
    }
}
