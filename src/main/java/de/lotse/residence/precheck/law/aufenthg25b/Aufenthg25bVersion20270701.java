package de.lotse.residence.precheck.law.aufenthg25b;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.aufenthg25b.Section25bConditions.*;

/**
 * § 25b AufenthG from 2027-07-01 (date unverified). No consolidated text exists; this applies ChAR-G Art. 5 Nr. 3
 * to the version of 2022-12-31: "oder Inhaber einer Aufenthaltserlaubnis nach § 104c" struck in Abs. 1 Satz 1,
 * Abs. 7 and 8 repealed.
 */
final class Aufenthg25bVersion20270701 {

    private Aufenthg25bVersion20270701() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.AUFENTHG_25B, LocalDate.of(2027, 7, 1), null,
                "shared/law/aufenthg-25b.md, künftige Fassung ab 2027-07-01 (Änderungsbefehl ChAR-G Art. 5 Nr. 3)",
                List.of(
                        geduldet(),
                        residence(6, 4),
                        FDGO_AND_CIVIC_KNOWLEDGE,
                        LIVELIHOOD,
                        GERMAN_A2,
                        CHILDREN_ATTEND_SCHOOL,
                        NO_OBSTRUCTION,
                        NO_EXPULSION_INTEREST));
    }
}
