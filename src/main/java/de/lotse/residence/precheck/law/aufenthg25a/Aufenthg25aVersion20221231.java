package de.lotse.residence.precheck.law.aufenthg25a;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.aufenthg25a.Section25aConditions.*;

/**
 * § 25a AufenthG as amended by the Chancen-Aufenthaltsrecht act (BGBl. I S. 2847), in force 2022-12-31: § 104c
 * holders or twelve months of Duldung, three years, application before 27, illness waiver for school, § 104c
 * special rules in Abs. 5 and 6. End 2027-06-30: the striking of the § 104c rules (ChAR-G Art. 5 Nr. 2) was
 * postponed to 2027-07-01 according to secondary sources only (law README, Unverified 2).
 */
final class Aufenthg25aVersion20221231 {

    private Aufenthg25aVersion20221231() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.AUFENTHG_25A, LocalDate.of(2022, 12, 31), LocalDate.of(2027, 6, 30),
                "shared/law/aufenthg-25a.md, Fassung gültig ab 2022-12-31 (bis 2027-06-30, voraussichtlich)",
                List.of(
                        holds104cPermitOrDuldungForTwelveMonths(),
                        residenceCrediting60bFor104cHolders(3),
                        schoolOrQualification(3, true),
                        APPLICATION_BEFORE_27,
                        INTEGRATION_PROGNOSIS,
                        NO_DOUBT_ABOUT_FDGO,
                        NO_DECEPTION,
                        identityFor104cHolders()));
    }
}
