package de.lotse.privacy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentTest {

    private static Consent consent(LocalDate given, LocalDate expires, LocalDate revoked) {
        return new Consent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ConsentPurpose.CASE_MANAGEMENT, Set.of(),
                Set.of(DataCategory.IDENTITY), given, ConsentForm.SIGNED_PAPER, null, expires, revoked, null, 0);
    }

    @Test
    void validFromTheDayGivenUntilTheLastDayOfExpiry() {
        Consent c = consent(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), null);
        assertThat(c.validOn(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(c.validOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(c.validOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(c.validOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(c.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(Consent.Status.EXPIRED);
    }

    @Test
    void aRevocationTakesEffectOnItsDay() {
        Consent c = consent(LocalDate.of(2026, 3, 1), null, LocalDate.of(2026, 6, 10));
        assertThat(c.validOn(LocalDate.of(2026, 6, 9))).isTrue();
        assertThat(c.validOn(LocalDate.of(2026, 6, 10))).isFalse();
        assertThat(c.statusOn(LocalDate.of(2026, 6, 10))).isEqualTo(Consent.Status.REVOKED);
    }
}
