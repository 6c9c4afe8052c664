package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.time.GermanFormat;

import java.util.List;

/**
 * One of the periods a statute accepts: the regular period, or a shorter one under further facts.
 *
 * @param years        years required
 * @param wording      the period as the statute says it, e.g. "6 Jahre" or "12 Monate"
 * @param label        German wording of when the option applies, empty for the regular period
 * @param requirements facts the option needs; empty for the regular period
 */
public record DurationOption(int years, String wording, String label, List<FactRequirement> requirements) {

    public DurationOption {
        requirements = List.copyOf(requirements);
    }

    public static DurationOption regular(int years) {
        return new DurationOption(years, GermanFormat.years(years), "", List.of());
    }

    /** A regular period the statute words differently, e.g. "zwölf Monate" for one year. */
    public static DurationOption regular(int years, String wording) {
        return new DurationOption(years, wording, "", List.of());
    }

    public static DurationOption shortened(int years, String label, FactRequirement... requirements) {
        return new DurationOption(years, GermanFormat.years(years), label, List.of(requirements));
    }

    /** Whether the facts this option needs are given (MET), ruled out (NOT_MET) or open (UNDETERMINED). */
    public Outcome factsOutcome(PersonFacts facts) {
        Outcome outcome = Outcome.MET;
        for (int i = 0; i < requirements.size(); i++) {
            outcome = outcome.and(requirements.get(i).outcome(facts));
        }
        return outcome;
    }
}
