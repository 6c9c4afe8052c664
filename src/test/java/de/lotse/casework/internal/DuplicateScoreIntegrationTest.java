package de.lotse.casework.internal;

import de.lotse.support.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The weights of casework.duplicate_score, the function by which the search ranks likely duplicates. */
@LotseIntegrationTest
class DuplicateScoreIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private double score(double familySimilarity, double givenSimilarity, double swappedSimilarity,
                         boolean familySounds, boolean givenSounds, Integer wantedYear, Integer year) {
        return jdbc.sql("""
                        select round(cast(casework.duplicate_score(:fs, :gs, :ss, :fsound, :gsound,
                               cast(:wanted as integer), cast(:year as integer)) as numeric), 2)
                        """)
                .param("fs", familySimilarity).param("gs", givenSimilarity).param("ss", swappedSimilarity)
                .param("fsound", familySounds).param("gsound", givenSounds).param("wanted", wantedYear).param("year", year)
                .query(Double.class).single();
    }

    @Test
    void theSameNameAndYearScoresOne() {
        assertThat(score(1, 1, 0, true, true, 1990, 1990)).isEqualTo(1.0);
    }

    @Test
    void soundingAlikeCountsAlmostAsMuchAsSpellingAlike() {
        double spelled = score(1, 1, 0, true, true, 1990, 1990);
        double sounded = score(0.3, 0.2, 0, true, true, 1990, 1990);
        assertThat(sounded).isLessThan(spelled).isGreaterThan(ClientRegistry.THRESHOLD);
    }

    @Test
    void aYearApartOrUnknownLowersTheScore() {
        double same = score(1, 1, 0, true, true, 1990, 1990);
        assertThat(score(1, 1, 0, true, true, 1990, 1991)).isLessThan(same);
        assertThat(score(1, 1, 0, true, true, null, 1990)).isLessThan(score(1, 1, 0, true, true, 1990, 1991));
        assertThat(score(1, 1, 0, true, true, 1990, null)).isEqualTo(score(1, 1, 0, true, true, null, 1990));
    }

    @Test
    void swappedNamesAreFoundButBelowTheExactOrder() {
        assertThat(score(0.1, 0.1, 1, false, false, 1990, 1990)).isEqualTo(0.95);
    }

    @Test
    void anUnrelatedNameStaysBelowTheThreshold() {
        assertThat(score(0.2, 0.1, 0.1, false, false, 1990, 1990)).isLessThan(ClientRegistry.THRESHOLD);
    }

    @Test
    void aNameScoresNoMoreThanItsBestMatchingPart() {
        // The search finds its candidates through the trigram indexes at the threshold divided by this bound.
        double[] values = {0, 0.1, 0.3, 0.5, 0.7, 0.9, 1};
        for (double family : values) {
            for (double given : values) {
                for (double swapped : values) {
                    double best = Math.max(Math.max(family, given), swapped);
                    assertThat(score(family, given, swapped, false, false, 1990, 1990)).isLessThanOrEqualTo(best);
                }
            }
        }
    }
}
