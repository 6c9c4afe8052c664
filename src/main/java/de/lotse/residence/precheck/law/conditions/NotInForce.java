package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.PersonFacts;

import java.time.LocalDate;

/**
 * The statute gives nothing for a new grant on this day: not yet in force, no longer open for new grants, or no
 * version stored. The earliest-date search jumps to the next version.
 */
public final class NotInForce extends BaseCondition {

    private final ConditionResult result;

    public NotInForce(LegalBasis basis, String explanation) {
        this(basis.name().replace("AUFENTHG_", "").replace("STAG_", "").toLowerCase() + "-nicht-anwendbar",
                basis.citation(), explanation);
    }

    public NotInForce(String id, String citation, String explanation) {
        super(id, citation);
        this.result = result(Outcome.NOT_MET, explanation);
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        return Outcome.NOT_MET;
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        return result;
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
