package de.lotse.residence.precheck.law.aufenthg104c;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.facts.Fact;
import de.lotse.residence.precheck.law.StatuteVersion;
import de.lotse.residence.precheck.law.conditions.CurrentStatus;
import de.lotse.residence.precheck.law.conditions.DurationOption;
import de.lotse.residence.precheck.law.conditions.FactCondition;
import de.lotse.residence.precheck.law.conditions.NoRelevantConvictionAufenthG;
import de.lotse.residence.precheck.law.conditions.ResidenceCounting;
import de.lotse.residence.precheck.law.conditions.ResidenceDuration;

import java.time.LocalDate;
import java.util.List;

/**
 * § 104c AufenthG (Chancen-Aufenthaltsrecht), in force 2022-12-31 to 2025-12-30. Wording:
 * shared/law/aufenthg-104c.md.
 *
 * <p>Decisions: the five years are measured on the fixed day 31 October 2022 (the run must reach that day; nothing
 * is required of the time after it except being geduldet on the evaluation date). § 60b periods are credited
 * (Abs. 1 Satz 3). Abs. 2 (family members) is not modelled. The last day for a new grant is taken as 2025-12-30,
 * as the amending order takes effect on 2025-12-31 (law README, Unverified 3, names both days).
 */
final class Aufenthg104cVersion20221231 {

    static final LocalDate CUT_OFF_DAY = LocalDate.of(2022, 10, 31);

    private Aufenthg104cVersion20221231() {
    }

    static StatuteVersion version() {
        return StatuteVersion.of(LegalBasis.AUFENTHG_104C, LocalDate.of(2022, 12, 31), LocalDate.of(2025, 12, 30),
                "shared/law/aufenthg-104c.md, Fassung gültig ab 2022-12-31 (bis 2025-12-30)",
                List.of(
                        CurrentStatus.geduldet("104c-1-1-duldung", "§ 104c Abs. 1 Satz 1 AufenthG"),
                        ResidenceDuration.of("104c-1-1-voraufenthalt", "§ 104c Abs. 1 Satz 1 und 3 AufenthG",
                                        ResidenceCounting.TOLERATED_PERMITTED_OR_RESIDENCE_PERMIT_WITH_60B,
                                        DurationOption.regular(5))
                                .measuredOn(CUT_OFF_DAY),
                        FactCondition.mustBeTrue("104c-1-1-1", "§ 104c Abs. 1 Satz 1 Nr. 1 AufenthG",
                                Fact.FDGO,
                                "Bekenntnis zur freiheitlichen demokratischen Grundordnung liegt vor.",
                                "Kein Bekenntnis zur freiheitlichen demokratischen Grundordnung.",
                                "Das Bekenntnis zur freiheitlichen demokratischen Grundordnung ist nicht angegeben."),
                        new NoRelevantConvictionAufenthG("104c-1-1-2", "§ 104c Abs. 1 Satz 1 Nr. 2 AufenthG"),
                        FactCondition.mustBeFalse("104c-1-2", "§ 104c Abs. 1 Satz 2 AufenthG",
                                Fact.DECEPTION,
                                "Keine wiederholten vorsätzlich falschen Angaben oder Täuschung über Identität oder"
                                        + " Staatsangehörigkeit, durch die die Abschiebung verhindert wird.",
                                "Wiederholte vorsätzlich falsche Angaben oder Täuschung über Identität oder"
                                        + " Staatsangehörigkeit verhindern die Abschiebung; die Erteilung soll"
                                        + " versagt werden.",
                                "Nicht angegeben, ob wiederholt falsche Angaben gemacht oder über die Identität"
                                        + " getäuscht wurde.")));
    }
}
