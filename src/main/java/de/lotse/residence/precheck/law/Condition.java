package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.PersonFacts;

import java.time.LocalDate;

/**
 * One condition of a statute version, evaluated on a given day.
 *
 * <p>{@link #outcomeOn} is the fast path used while searching the earliest date; {@link #explainOn} adds the German
 * explanation and the missing facts and must give the same outcome (a test checks this on generated facts).
 */
public interface Condition {

    /** Stable id of the provision, the same across versions, e.g. {@code 25b-1-2-1}. */
    String id();

    /** Exact citation, e.g. "§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG". */
    String citation();

    Outcome outcomeOn(PersonFacts facts, LocalDate day);

    ConditionResult explainOn(PersonFacts facts, LocalDate day);

    /**
     * For a condition that is not MET on {@code day}: the first later day on which it might be MET if the facts stay
     * as given, or null if it cannot become MET. The condition must not be MET on any day from {@code day} up to
     * (excluding) the returned day; returning a day too early costs only time, one too late would be a bug.
     */
    LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day);

    /**
     * False if, once not MET on a day, the condition is not MET on any later day while the facts stay as given: it
     * depends only on undated facts (a yes/no fact, the German level), or it can only get worse with time (an age
     * limit, convictions, which are never removed here). The earliest-date search then skips every later version
     * that contains the same condition object.
     */
    default boolean mayBecomeMetLater() {
        return true;
    }
}
