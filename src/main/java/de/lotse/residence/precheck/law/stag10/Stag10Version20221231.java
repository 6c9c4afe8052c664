package de.lotse.residence.precheck.law.stag10;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.stag10.Section10Conditions.*;

/**
 * § 10 StAG, version B: from 2022-12-31 (Chancen-Aufenthaltsrecht act) to 2024-05-31. Only change against version A:
 * § 104c added to the purposes of Abs. 1 Satz 1 Nr. 2. Materially identical to version A for every real case, as no
 * § 104c permit existed before 2022-12-31; kept separate because the text differs.
 */
final class Stag10Version20221231 {

    private Stag10Version20221231() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.STAG_10, LocalDate.of(2022, 12, 31), LocalDate.of(2024, 5, 31),
                "shared/law/stag-10.md, Fassung gültig ab 2022-12-31 (bis 2024-05-31)",
                List.of(
                        residenceEightYears(),
                        IDENTITY_CLARIFIED,
                        COMMITMENT,
                        residenceRight(false, PURPOSES_2022),
                        LIVELIHOOD_OR_NOT_RESPONSIBLE,
                        LOSS_OF_PREVIOUS_CITIZENSHIP,
                        NO_RELEVANT_CONVICTION,
                        GERMAN_B1,
                        CIVIC_KNOWLEDGE));
    }
}
