package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.PersonFacts;

import java.util.function.Function;

/**
 * A fact an option of a condition depends on, e.g. living with a minor child for the shorter period of § 25b.
 *
 * @param label German wording, e.g. "Sprachniveau C1"
 * @param path  the request field, named as missing fact while unknown
 * @param test  true if given, false if not, null if unknown
 */
public record FactRequirement(String label, String path, Function<PersonFacts, Boolean> test) {

    public Outcome outcome(PersonFacts facts) {
        return Outcome.of(test.apply(facts));
    }
}
