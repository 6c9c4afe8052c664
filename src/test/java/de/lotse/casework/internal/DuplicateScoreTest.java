package de.lotse.casework.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateScoreTest {

    @Test
    void theSameNameAndYearScoresOne() {
        assertThat(ClientRegistry.score(1, 1, 0, true, true, 1990, 1990)).isEqualTo(1.0);
    }

    @Test
    void soundingAlikeCountsAlmostAsMuchAsSpellingAlike() {
        double spelled = ClientRegistry.score(1, 1, 0, true, true, 1990, 1990);
        double sounded = ClientRegistry.score(0.3, 0.2, 0, true, true, 1990, 1990);
        assertThat(sounded).isLessThan(spelled).isGreaterThan(ClientRegistry.THRESHOLD);
    }

    @Test
    void aYearApartOrUnknownLowersTheScore() {
        double same = ClientRegistry.score(1, 1, 0, true, true, 1990, 1990);
        assertThat(ClientRegistry.score(1, 1, 0, true, true, 1990, 1991)).isLessThan(same);
        assertThat(ClientRegistry.score(1, 1, 0, true, true, null, 1990)).isLessThan(ClientRegistry.score(1, 1, 0, true, true, 1990, 1991));
    }

    @Test
    void swappedNamesAreFoundButBelowTheExactOrder() {
        assertThat(ClientRegistry.score(0.1, 0.1, 1, false, false, 1990, 1990)).isEqualTo(0.95);
    }

    @Test
    void anUnrelatedNameStaysBelowTheThreshold() {
        assertThat(ClientRegistry.score(0.2, 0.1, 0.1, false, false, 1990, 1990)).isLessThan(ClientRegistry.THRESHOLD);
    }
}
