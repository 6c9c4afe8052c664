package de.lotse.residence.precheck.law;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.PreCheckEngine;
import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.PreCheckValidation;
import de.lotse.residence.precheck.RandomRequests;
import de.lotse.residence.precheck.facts.PersonFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The earliest date found by jumping equals the first MET day found by trying every day of the ten-year horizon,
 * for generated fact sets. Brute force lives only here, never in the engine.
 */
class EarliestDatePropertyTest {

    private static final long SEED = 20_260_301L;
    private static final int FACT_SETS = 400;

    private static LocalDate firstMetDayByDay(Statute statute, PersonFacts facts, LocalDate asOf) {
        LocalDate horizon = asOf.plusYears(BasisEvaluation.SEARCH_YEARS);
        for (LocalDate day = asOf; !day.isAfter(horizon); day = day.plusDays(1)) {
            if (BasisEvaluation.outcomeOn(statute, facts, day) == Outcome.MET) {
                return day;
            }
        }
        return null;
    }

    @Test
    void earliestDateMatchesDayByDaySearch() {
        RandomRequests requests = new RandomRequests(SEED);
        PreCheckEngine engine = new PreCheckEngine();
        Map<LegalBasis, Integer> withDate = new EnumMap<>(LegalBasis.class);
        int inTheFuture = 0;
        for (int i = 0; i < FACT_SETS; i++) {
            PreCheckRequest request = requests.next();
            assertThat(PreCheckValidation.validate(request)).isEmpty();
            PersonFacts facts = PersonFacts.from(request.person());
            var results = engine.check(request).results();
            for (var result : results) {
                Statute statute = LawBook.standard().statute(result.legalBasis());
                LocalDate expected = firstMetDayByDay(statute, facts, request.asOf());
                assertThat(result.earliestDate())
                        .as("fact set %d, %s, as of %s: %s", i, result.legalBasis(), request.asOf(), request)
                        .isEqualTo(expected);
                if (expected != null) {
                    withDate.merge(result.legalBasis(), 1, Integer::sum);
                    inTheFuture += expected.isAfter(request.asOf()) ? 1 : 0;
                }
            }
        }
        // The generator must produce dates to compare, for every basis and many in the future, or the test
        // proves little.
        assertThat(inTheFuture).as("earliest dates after the evaluation date").isGreaterThanOrEqualTo(60);
        for (LegalBasis basis : LegalBasis.values()) {
            assertThat(withDate.getOrDefault(basis, 0)).as("fact sets with an earliest date for %s", basis)
                    .isGreaterThanOrEqualTo(10);
        }
    }
}
