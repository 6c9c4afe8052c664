package de.lotse.residence.precheck.law.aufenthg25a;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.aufenthg25a.Section25aConditions.*;

/**
 * § 25a AufenthG from 2027-07-01 (date unverified: law README, Unverified 2). No consolidated text exists; this
 * version applies the amending order ChAR-G Art. 5 Nr. 2 to the version of 2022-12-31: in Abs. 1 Satz 1 "Inhaber
 * einer Aufenthaltserlaubnis nach § 104c oder" is struck, Abs. 5 and 6 are repealed.
 */
final class Aufenthg25aVersion20270701 {

    private Aufenthg25aVersion20270701() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.AUFENTHG_25A, LocalDate.of(2027, 7, 1), null,
                "shared/law/aufenthg-25a.md, künftige Fassung ab 2027-07-01 (Änderungsbefehl ChAR-G Art. 5 Nr. 2)",
                List.of(
                        duldungForTwelveMonths(),
                        residence(3),
                        schoolOrQualification(3, true),
                        APPLICATION_BEFORE_27,
                        INTEGRATION_PROGNOSIS,
                        NO_DOUBT_ABOUT_FDGO,
                        NO_DECEPTION));
    }
}
