package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.RandomRequests;
import de.lotse.residence.precheck.facts.PersonFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every condition of every stored version keeps its two promises on generated facts and days:
 * the explained result has the same outcome as the fast path (so the UI shows what the search used), and
 * {@link Condition#nextChanceOfMet} never skips a day on which the condition is MET.
 */
class ConditionContractTest {

    private static final int FACT_SETS = 120;
    private static final int DAYS_CHECKED_AFTER = 500;

    @Test
    void explanationAgreesWithOutcomeAndNamesMissingFactsOnlyWhenUndetermined() {
        RandomRequests requests = new RandomRequests(7L);
        Random days = new Random(8L);
        for (int i = 0; i < FACT_SETS; i++) {
            PreCheckRequest request = requests.next();
            PersonFacts facts = PersonFacts.from(request.person());
            for (int d = 0; d < 5; d++) {
                LocalDate day = request.asOf().plusDays(days.nextInt(3000) - 1000);
                for (Condition condition : allConditions()) {
                    ConditionResult explained = condition.explainOn(facts, day);
                    assertThat(explained.outcome()).as("%s on %s for %s", condition.id(), day, request)
                            .isEqualTo(condition.outcomeOn(facts, day));
                    assertThat(explained.explanation()).isNotBlank();
                    if (explained.outcome() == Outcome.UNDETERMINED) {
                        assertThat(explained.missingFacts()).as("missing facts of %s on %s for %s",
                                condition.id(), day, request).isNotEmpty();
                    } else {
                        assertThat(explained.missingFacts()).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void nextChanceOfMetNeverSkipsAMetDay() {
        RandomRequests requests = new RandomRequests(9L);
        Random days = new Random(10L);
        for (int i = 0; i < FACT_SETS; i++) {
            PreCheckRequest request = requests.next();
            PersonFacts facts = PersonFacts.from(request.person());
            LocalDate day = request.asOf().plusDays(days.nextInt(2000) - 1000);
            for (Condition condition : allConditions()) {
                if (condition.outcomeOn(facts, day) == Outcome.MET) {
                    continue;
                }
                LocalDate chance = condition.nextChanceOfMet(facts, day);
                LocalDate checkedUntil = day.plusDays(DAYS_CHECKED_AFTER);
                if (chance != null) {
                    assertThat(chance).as("%s on %s", condition.id(), day).isAfter(day);
                    if (chance.isBefore(checkedUntil)) {
                        checkedUntil = chance;
                    }
                }
                for (LocalDate later = day; later.isBefore(checkedUntil); later = later.plusDays(1)) {
                    assertThat(condition.outcomeOn(facts, later))
                            .as("%s is MET on %s, before its next chance %s seen on %s, for %s",
                                    condition.id(), later, chance, day, request)
                            .isNotEqualTo(Outcome.MET);
                }
            }
        }
    }

    private static Iterable<Condition> allConditions() {
        java.util.List<Condition> all = new java.util.ArrayList<>();
        for (LegalBasis basis : LegalBasis.values()) {
            for (StatuteVersion version : LawBook.standard().statute(basis).versions()) {
                all.addAll(version.conditions());
            }
        }
        return all;
    }
}
