package de.lotse.residence.precheck.law.aufenthg25a;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.aufenthg25a.Section25aConditions.*;

/**
 * § 25a AufenthG in the version from 2020-03-01 (start date unverified, see the law README) to 2022-12-30:
 * geduldete Jugendliche und Heranwachsende, four years of residence and school, application before 21.
 * No illness waiver for school attendance; § 60b periods are never credited.
 */
final class Aufenthg25aVersion20200301 {

    private Aufenthg25aVersion20200301() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.AUFENTHG_25A, LocalDate.of(2020, 3, 1), LocalDate.of(2022, 12, 30),
                "shared/law/aufenthg-25a.md, Fassung gültig ab 2020-03-01 (bis 2022-12-30)",
                List.of(
                        geduldet(),
                        residence(4),
                        schoolOrQualification(4, false),
                        APPLICATION_BEFORE_21,
                        INTEGRATION_PROGNOSIS,
                        NO_DOUBT_ABOUT_FDGO,
                        NO_DECEPTION));
    }
}
