package de.lotse.residence.precheck.law.stag10;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.stag10.Section10Conditions.*;

/**
 * § 10 StAG, version D: from 2024-06-27 (StARModG, BGBl. 2024 I Nr. 104) to 2025-10-29. Five years, down to three
 * under Abs. 3; Nr. 1a added; Nr. 4 (giving up the previous citizenship) repealed; Nr. 2 "Aufenthaltstitel".
 */
final class Stag10Version20240627 {

    private Stag10Version20240627() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.STAG_10, LocalDate.of(2024, 6, 27), LocalDate.of(2025, 10, 29),
                "shared/law/stag-10.md, Fassung gültig ab 2024-06-27 (bis 2025-10-29)",
                List.of(
                        residenceFiveOrThreeYears(),
                        IDENTITY_CLARIFIED,
                        COMMITMENT_INCLUDING_HISTORICAL_RESPONSIBILITY,
                        residenceRight(true, PURPOSES_2024_06_27),
                        LIVELIHOOD_WITH_EXCEPTIONS,
                        NO_RELEVANT_CONVICTION,
                        GERMAN_B1,
                        CIVIC_KNOWLEDGE));
    }
}
