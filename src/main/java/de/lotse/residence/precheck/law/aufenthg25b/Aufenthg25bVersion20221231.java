package de.lotse.residence.precheck.law.aufenthg25b;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.law.StatuteVersion;

import java.time.LocalDate;
import java.util.List;

import static de.lotse.residence.precheck.law.aufenthg25b.Section25bConditions.*;

/**
 * § 25b AufenthG as amended by the Chancen-Aufenthaltsrecht act, in force 2022-12-31: also § 104c permit holders,
 * six years or four with a minor child, § 60b periods credited for § 104c holders (Abs. 7), identity for them
 * (Abs. 8). End 2027-06-30 as for § 25a (unverified postponement).
 */
final class Aufenthg25bVersion20221231 {

    private Aufenthg25bVersion20221231() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.AUFENTHG_25B, LocalDate.of(2022, 12, 31), LocalDate.of(2027, 6, 30),
                "shared/law/aufenthg-25b.md, Fassung gültig ab 2022-12-31 (bis 2027-06-30, voraussichtlich)",
                List.of(
                        geduldetOr104cPermit(),
                        residenceCrediting60bFor104cHolders(6, 4),
                        FDGO_AND_CIVIC_KNOWLEDGE,
                        LIVELIHOOD,
                        GERMAN_A2,
                        CHILDREN_ATTEND_SCHOOL,
                        NO_OBSTRUCTION,
                        NO_EXPULSION_INTEREST,
                        identityFor104cHolders()));
    }
}
