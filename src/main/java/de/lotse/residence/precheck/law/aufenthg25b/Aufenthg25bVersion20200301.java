package de.lotse.residence.precheck.law.aufenthg25b;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.aufenthg25b.Section25bConditions.*;

/**
 * § 25b AufenthG from 2020-03-01 (start unverified, law README) to 2022-12-30: only geduldete Ausländer, eight
 * years, six with a minor unmarried child.
 */
final class Aufenthg25bVersion20200301 {

    private Aufenthg25bVersion20200301() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.AUFENTHG_25B, LocalDate.of(2020, 3, 1), LocalDate.of(2022, 12, 30),
                "shared/law/aufenthg-25b.md, Fassung gültig ab 2020-03-01 (bis 2022-12-30)",
                List.of(
                        geduldet(),
                        residence(8, 6),
                        FDGO_AND_CIVIC_KNOWLEDGE,
                        LIVELIHOOD,
                        GERMAN_A2,
                        CHILDREN_ATTEND_SCHOOL,
                        NO_OBSTRUCTION,
                        NO_EXPULSION_INTEREST));
    }
}
