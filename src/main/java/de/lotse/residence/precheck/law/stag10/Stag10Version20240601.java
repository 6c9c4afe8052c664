package de.lotse.residence.precheck.law.stag10;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.stag10.Section10Conditions.*;

/**
 * § 10 StAG, version C: from 2024-06-01 (start unverified: law README, Unverified 6) to 2024-06-26. Only change
 * against version B: § 20a added to the purposes of Abs. 1 Satz 1 Nr. 2. Differs from B only for a person holding a
 * § 20a permit on the evaluation date.
 */
final class Stag10Version20240601 {

    private Stag10Version20240601() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.STAG_10, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 26),
                "shared/law/stag-10.md, Fassung gültig ab 2024-06-01 (bis 2024-06-26)",
                List.of(
                        residenceEightYears(),
                        IDENTITY_CLARIFIED,
                        COMMITMENT,
                        residenceRight(false, PURPOSES_2024_06_01),
                        LIVELIHOOD_OR_NOT_RESPONSIBLE,
                        LOSS_OF_PREVIOUS_CITIZENSHIP,
                        NO_RELEVANT_CONVICTION,
                        GERMAN_B1,
                        CIVIC_KNOWLEDGE));
    }
}
