package de.lotse.residence.precheck.law.stag10;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.stag10.Section10Conditions.*;

/**
 * § 10 StAG, version E: from 2025-10-30. Only change against version D: Abs. 3 (three-year route) repealed, with no
 * transitional rule for pending applications.
 */
final class Stag10Version20251030 {

    private Stag10Version20251030() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.STAG_10, LocalDate.of(2025, 10, 30), null,
                "shared/law/stag-10.md, Fassung gültig ab 2025-10-30",
                List.of(
                        residenceFiveYears(),
                        IDENTITY_CLARIFIED,
                        COMMITMENT_INCLUDING_HISTORICAL_RESPONSIBILITY,
                        residenceRight(true, PURPOSES_2024_06_27),
                        LIVELIHOOD_WITH_EXCEPTIONS,
                        NO_RELEVANT_CONVICTION,
                        GERMAN_B1,
                        CIVIC_KNOWLEDGE));
    }
}
