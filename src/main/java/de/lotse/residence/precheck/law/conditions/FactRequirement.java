package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.Fact;
import de.lotse.residence.precheck.facts.PersonFacts;

import java.util.function.Function;

/**
 * A fact an option of a condition depends on, e.g. living with a minor child for the shorter period of § 25b.
 *
 * @param label German wording, e.g. "Sprachniveau C1"
 * @param path  the request field, named as missing fact while unknown
 * @param fact  the yes/no fact tested, or null when {@code test} is used
 * @param test  true if given, false if not, null if unknown; for requirements that are no plain yes/no fact
 */
public record FactRequirement(String label, String path, Fact fact, Function<PersonFacts, Boolean> test) {

    /** A requirement that a yes/no fact is true. */
    public static FactRequirement of(String label, Fact fact) {
        return new FactRequirement(label, fact.path(), fact, null);
    }

    /** A requirement computed from the facts, e.g. "German at C1". */
    public static FactRequirement computed(String label, String path, Function<PersonFacts, Boolean> test) {
        return new FactRequirement(label, path, null, test);
    }

    public Outcome outcome(PersonFacts facts) {
        return Outcome.of(fact != null ? facts.fact(fact) : test.apply(facts));
    }
}
