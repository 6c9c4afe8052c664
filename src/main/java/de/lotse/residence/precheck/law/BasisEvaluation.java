package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.BasisResult;
import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.PersonFacts;

import java.time.LocalDate;
import java.util.List;

/**
 * Evaluates one statute for one person: the explained result on the evaluation date and the earliest date.
 *
 * <p>The earliest date is found by jumping, never by trying every day. On a day D that is not MET, every condition
 * that is not MET names the first day it might become MET ({@link Condition#nextChanceOfMet}); the basis cannot be
 * MET before the latest of these, nor can anything change before the next version starts. So the search jumps to
 * min(latest chance, next version start), or straight to the next version if some condition can never become MET in
 * this version (past any later versions that contain the same condition object, if that condition can never become
 * MET again, see {@link Condition#mayBecomeMetLater}). Chances are anniversaries of run starts, ends and starts of
 * periods, and version switches.
 */
public final class BasisEvaluation {

    /** How far the earliest date is searched: ten years from the evaluation date. */
    public static final int SEARCH_YEARS = 10;

    private BasisEvaluation() {
    }

    /** The outcome of the statute version in force on {@code day}, without explanations. */
    public static Outcome outcomeOn(Statute statute, PersonFacts facts, LocalDate day) {
        Outcome outcome = Outcome.MET;
        List<Condition> conditions = statute.versionOn(day).conditions();
        for (int i = 0; i < conditions.size(); i++) {
            outcome = outcome.and(conditions.get(i).outcomeOn(facts, day));
            if (outcome == Outcome.NOT_MET) {
                return outcome;
            }
        }
        return outcome;
    }

    public static BasisResult evaluate(Statute statute, PersonFacts facts, LocalDate asOf) {
        StatuteVersion version = statute.versionOn(asOf);
        List<Condition> conditions = version.conditions();
        ConditionResult[] results = new ConditionResult[conditions.size()];
        Outcome outcome = Outcome.MET;
        for (int i = 0; i < results.length; i++) {
            results[i] = conditions.get(i).explainOn(facts, asOf);
            outcome = outcome.and(results[i].outcome());
        }
        LocalDate earliest = outcome == Outcome.MET ? asOf : earliestDate(statute, facts, asOf, results);
        return new BasisResult(statute.basis(), version.id(), version.validFrom(), outcome, earliest,
                List.of(results));
    }

    /**
     * The earliest day D with {@code asOf <= D <= asOf + 10 years} on which the version in force on D gives MET,
     * the facts staying as given; null if there is none.
     */
    public static LocalDate earliestDate(Statute statute, PersonFacts facts, LocalDate asOf) {
        return earliestDate(statute, facts, asOf, null);
    }

    /** @param resultsOnAsOf the explained results on {@code asOf} if already computed, to save evaluating again */
    private static LocalDate earliestDate(Statute statute, PersonFacts facts, LocalDate asOf,
                                          ConditionResult[] resultsOnAsOf) {
        LocalDate horizon = asOf.plusYears(SEARCH_YEARS);
        LocalDate day = asOf;
        ConditionResult[] known = resultsOnAsOf;
        while (!day.isAfter(horizon)) {
            StatuteVersion version = statute.versionOn(day);
            LocalDate next = nextCandidate(statute, version, facts, day, known);
            known = null;
            if (next == null) {
                return day;
            }
            if (next.equals(NEVER)) {
                return null;
            }
            if (!next.isAfter(day)) {
                throw new IllegalStateException("no progress at " + day + " in " + version.id());
            }
            day = next;
        }
        return null;
    }

    /** Marker: no later day can be MET. */
    private static final LocalDate NEVER = LocalDate.MAX;

    /** Null if MET on {@code day}; otherwise the next day worth evaluating, or {@link #NEVER}. */
    private static LocalDate nextCandidate(Statute statute, StatuteVersion version, PersonFacts facts,
                                           LocalDate day, ConditionResult[] known) {
        LocalDate latestChance = null;
        boolean met = true;
        boolean possibleInThisVersion = true;
        Condition blockedForGood = null;
        List<Condition> conditions = version.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i);
            Outcome outcome = known != null ? known[i].outcome() : condition.outcomeOn(facts, day);
            if (outcome == Outcome.MET) {
                continue;
            }
            met = false;
            LocalDate chance = condition.nextChanceOfMet(facts, day);
            if (chance == null) {
                possibleInThisVersion = false;
                blockedForGood = condition.mayBecomeMetLater() ? null : condition;
                break;
            }
            if (latestChance == null || chance.isAfter(latestChance)) {
                latestChance = chance;
            }
        }
        if (met) {
            return null;
        }
        LocalDate nextVersion = version.nextVersionStarts();
        if (!possibleInThisVersion) {
            if (blockedForGood != null) {
                nextVersion = statute.firstVersionWithoutAfter(blockedForGood, day);
            }
            return nextVersion == null ? NEVER : nextVersion;
        }
        return nextVersion != null && nextVersion.isBefore(latestChance) ? nextVersion : latestChance;
    }
}
