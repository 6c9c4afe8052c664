package de.lotse.residence.precheck.law.stag10;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.stag10.Section10Conditions.*;

/**
 * § 10 StAG, version A: from 2021-08-20 (Viertes StAG-Änderungsgesetz) to 2022-12-30. Eight years (seven, six),
 * B1, giving up the previous citizenship.
 */
final class Stag10Version20210820 {

    private Stag10Version20210820() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.STAG_10, LocalDate.of(2021, 8, 20), LocalDate.of(2022, 12, 30),
                "shared/law/stag-10.md, Fassung gültig ab 2021-08-20 (bis 2022-12-30)",
                List.of(
                        residenceEightYears(),
                        IDENTITY_CLARIFIED,
                        COMMITMENT,
                        residenceRight(false, PURPOSES_2021),
                        LIVELIHOOD_OR_NOT_RESPONSIBLE,
                        LOSS_OF_PREVIOUS_CITIZENSHIP,
                        NO_RELEVANT_CONVICTION,
                        GERMAN_B1,
                        CIVIC_KNOWLEDGE));
    }
}
