package de.lotse.residence.precheck;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row of a table-driven statute test: a person, an evaluation date, and what a user must see: the outcome of
 * one condition, the outcome of the basis, its earliest date, and optionally missing facts and figures in the
 * explanation. {@link #toString()} is the case name JUnit shows.
 */
public record Expectation(String name, Person person, String asOf, LegalBasis basis, String conditionId,
                          Outcome conditionOutcome, Outcome basisOutcome, String earliestDate,
                          List<String> missingFacts, List<String> explanationParts, String lawVersionId) {

    private static final PreCheckEngine ENGINE = new PreCheckEngine();

    public static Expectation of(String name, LegalBasis basis, Person person, String asOf) {
        return new Expectation(name, person, asOf, basis, null, null, null, null, null, List.of(), null);
    }

    /** The condition {@code id} has {@code outcome}. */
    public Expectation condition(String id, Outcome outcome) {
        return new Expectation(name, person, asOf, basis, id, outcome, basisOutcome, earliestDate, missingFacts,
                explanationParts, lawVersionId);
    }

    /** The basis has {@code outcome} and {@code earliest} (null = none). */
    public Expectation basis(Outcome outcome, String earliest) {
        return new Expectation(name, person, asOf, basis, conditionId, conditionOutcome, outcome, earliest,
                missingFacts, explanationParts, lawVersionId);
    }

    /** The condition names exactly these missing facts. */
    public Expectation missing(String... facts) {
        return new Expectation(name, person, asOf, basis, conditionId, conditionOutcome, basisOutcome,
                earliestDate, List.of(facts), explanationParts, lawVersionId);
    }

    /** The condition's explanation contains each of these texts (figures the user reads). */
    public Expectation explains(String... parts) {
        return new Expectation(name, person, asOf, basis, conditionId, conditionOutcome, basisOutcome,
                earliestDate, missingFacts, List.of(parts), lawVersionId);
    }

    /** The result was computed under this statute version. */
    public Expectation version(String id) {
        return new Expectation(name, person, asOf, basis, conditionId, conditionOutcome, basisOutcome,
                earliestDate, missingFacts, explanationParts, id);
    }

    public void verify() {
        BasisResult result = ENGINE.check(person.request(asOf, basis)).results().getFirst();
        if (lawVersionId != null) {
            assertThat(result.lawVersionId()).as("law version").isEqualTo(lawVersionId);
        }
        if (conditionId != null) {
            ConditionResult condition = result.conditions().stream()
                    .filter(c -> c.id().equals(conditionId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no condition " + conditionId + " in " + result));
            assertThat(condition.outcome()).as("outcome of %s: %s", conditionId, condition.explanation())
                    .isEqualTo(conditionOutcome);
            if (missingFacts != null) {
                assertThat(condition.missingFacts()).as("missing facts of %s", conditionId)
                        .containsExactlyInAnyOrderElementsOf(missingFacts);
            }
            for (String part : explanationParts) {
                assertThat(condition.explanation()).as("explanation of %s", conditionId).contains(part);
            }
        }
        if (basisOutcome != null) {
            assertThat(result.outcome()).as("outcome of %s: %s", basis, result.conditions())
                    .isEqualTo(basisOutcome);
            assertThat(result.earliestDate()).as("earliest date of %s", basis)
                    .isEqualTo(earliestDate == null ? null : LocalDate.parse(earliestDate));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
