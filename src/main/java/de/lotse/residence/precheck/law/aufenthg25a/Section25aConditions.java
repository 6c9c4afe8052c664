package de.lotse.residence.precheck.law.aufenthg25a;

import de.lotse.residence.precheck.facts.Fact;
import de.lotse.residence.precheck.law.Condition;
import de.lotse.residence.precheck.law.conditions.AgeLimit;
import de.lotse.residence.precheck.law.conditions.AnyOf;
import de.lotse.residence.precheck.law.conditions.CurrentStatus;
import de.lotse.residence.precheck.law.conditions.DurationOption;
import de.lotse.residence.precheck.law.conditions.FactCondition;
import de.lotse.residence.precheck.law.conditions.OnlyFor104cPermitHolders;
import de.lotse.residence.precheck.law.conditions.ResidenceCounting;
import de.lotse.residence.precheck.law.conditions.ResidenceDuration;
import de.lotse.residence.precheck.law.conditions.SchoolAttendanceOrQualification;

import java.util.List;

/**
 * Conditions of § 25a Abs. 1 AufenthG (gut integrierte Jugendliche und junge Volljährige) as building blocks for the
 * versions. Wording: shared/law/aufenthg-25a.md.
 *
 * <p>Not modelled: the lower age bound of "jugendlich" (defined outside the law files), Satz 2 (public benefits
 * during training: it relaxes § 5 AufenthG, which is not modelled), and Abs. 2 to 4 (family members).
 *
 * <p>Conditions that cannot become MET again once failed are constants shared by the versions (upper-case
 * names): the earliest-date search skips every version that contains a shared condition the person cannot meet
 * ({@link de.lotse.residence.precheck.law.Condition#mayBecomeMetLater}). The others are built per version.
 */
final class Section25aConditions {

    private Section25aConditions() {
    }

    /** Version until 2022-12-30: "Einem jugendlichen oder heranwachsenden geduldeten Ausländer". */
    static Condition geduldet() {
        return CurrentStatus.geduldet("25a-1-1", "§ 25a Abs. 1 Satz 1 AufenthG");
    }

    /**
     * From 2022-12-31: "der Inhaber einer Aufenthaltserlaubnis nach § 104c oder seit mindestens zwölf Monaten im
     * Besitz einer Duldung ist". The twelve months are counted like residence: uninterrupted up to the evaluation
     * date, § 60b time not credited (§ 60b Abs. 5 Satz 1) but not interrupting.
     */
    static Condition holds104cPermitOrDuldungForTwelveMonths() {
        return new AnyOf("25a-1-1", "§ 25a Abs. 1 Satz 1 AufenthG", List.of(
                CurrentStatus.holds104cPermit("25a-1-1-104c", "§ 25a Abs. 1 Satz 1 AufenthG"),
                duldungForTwelveMonths()));
    }

    /** From 2027-07-01 (ChAR-G Art. 5 Nr. 2 a): "… oder" about § 104c struck. */
    static Condition duldungForTwelveMonths() {
        return ResidenceDuration.of("25a-1-1", "§ 25a Abs. 1 Satz 1 AufenthG", ResidenceCounting.DULDUNG_HELD,
                DurationOption.regular(1, "12 Monate"));
    }

    /** Nr. 1: "seit N Jahren ununterbrochen erlaubt, geduldet oder mit einer Aufenthaltsgestattung". */
    static ResidenceDuration residence(int years) {
        return ResidenceDuration.of("25a-1-1-1", "§ 25a Abs. 1 Satz 1 Nr. 1 AufenthG",
                ResidenceCounting.LAWFUL_TOLERATED_OR_PERMITTED, DurationOption.regular(years));
    }

    /** Nr. 1 with Abs. 5: for § 104c permit holders the § 60b periods are credited. */
    static Condition residenceCrediting60bFor104cHolders(int years) {
        return residence(years).countingFor104cPermitHolders(
                ResidenceCounting.LAWFUL_TOLERATED_OR_PERMITTED_WITH_60B, "§ 25a Abs. 5 AufenthG");
    }

    /** Nr. 2; the illness waiver (Nr. 2 Satz 2) exists only from 2022-12-31. */
    static Condition schoolOrQualification(int years, boolean illnessWaiver) {
        return new SchoolAttendanceOrQualification("25a-1-1-2", "§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG", years,
                illnessWaiver ? "§ 25a Abs. 1 Satz 1 Nr. 2 Satz 2 AufenthG" : null);
    }

    /** Nr. 3 until 2022-12-30: application before completing the 21st year of life. */
    static final Condition APPLICATION_BEFORE_21 = new AgeLimit("25a-1-1-3", "§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG", 21);

    /** Nr. 3 from 2022-12-31: application before completing the 27th year of life. */
    static final Condition APPLICATION_BEFORE_27 = new AgeLimit("25a-1-1-3", "§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG", 27);

    /** Nr. 4. */
    static final Condition INTEGRATION_PROGNOSIS =
            FactCondition.mustBeTrue("25a-1-1-4", "§ 25a Abs. 1 Satz 1 Nr. 4 AufenthG",
                Fact.PROGNOSIS,
                "Es erscheint gewährleistet, dass sich die Person auf Grund ihrer bisherigen Ausbildung und"
                        + " Lebensverhältnisse in die Lebensverhältnisse der Bundesrepublik Deutschland einfügen kann.",
                "Es erscheint nicht gewährleistet, dass sich die Person in die Lebensverhältnisse der"
                        + " Bundesrepublik Deutschland einfügen kann.",
                "Die Integrationsprognose ist nicht angegeben.");

    /** Nr. 5: no concrete indications against the commitment; decided by the commitment field. */
    static final Condition NO_DOUBT_ABOUT_FDGO =
            FactCondition.mustBeTrue("25a-1-1-5", "§ 25a Abs. 1 Satz 1 Nr. 5 AufenthG",
                Fact.FDGO,
                "Keine konkreten Anhaltspunkte dafür, dass sich die Person nicht zur freiheitlichen demokratischen"
                        + " Grundordnung bekennt.",
                "Es bestehen Anhaltspunkte dafür, dass sich die Person nicht zur freiheitlichen demokratischen"
                        + " Grundordnung bekennt.",
                "Das Bekenntnis zur freiheitlichen demokratischen Grundordnung ist nicht angegeben.");

    /** Satz 3: mandatory refusal. */
    static final Condition NO_DECEPTION =
            FactCondition.mustBeFalse("25a-1-3", "§ 25a Abs. 1 Satz 3 AufenthG",
                Fact.DECEPTION,
                "Die Abschiebung ist nicht wegen eigener falscher Angaben oder Täuschung über Identität oder"
                        + " Staatsangehörigkeit ausgesetzt.",
                "Die Abschiebung ist wegen eigener falscher Angaben oder Täuschung über Identität oder"
                        + " Staatsangehörigkeit ausgesetzt; die Erteilung ist zu versagen.",
                "Nicht angegeben, ob die Abschiebung wegen eigener falscher Angaben oder Täuschung ausgesetzt ist.");

    /**
     * Abs. 6: § 104c permit holders need a clarified identity (§ 5 Abs. 1 Nr. 1a). Satz 2 allows a grant at
     * discretion when all reasonable steps were taken; no field covers that, so the explanation points to it.
     */
    static Condition identityFor104cHolders() {
        return new OnlyFor104cPermitHolders("25a-6", "§ 25a Abs. 6 AufenthG", identityClarified());
    }

    static Condition identityClarified() {
        return FactCondition.mustBeTrue(null, null, Fact.IDENTITY,
                "Identität geklärt (§ 5 Abs. 1 Nr. 1a AufenthG).",
                "Identität nicht geklärt (§ 5 Abs. 1 Nr. 1a AufenthG); eine Erteilung ist nur im Ermessen möglich,"
                        + " wenn die erforderlichen und zumutbaren Maßnahmen zur Identitätsklärung ergriffen wurden"
                        + " (Satz 2).",
                "Ob die Identität geklärt ist (§ 5 Abs. 1 Nr. 1a AufenthG), ist nicht angegeben.");
    }
}
