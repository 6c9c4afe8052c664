package de.lotse.residence.precheck.law.aufenthg25b;

import de.lotse.residence.precheck.facts.Fact;
import de.lotse.residence.precheck.facts.GermanLevel;
import de.lotse.residence.precheck.law.Condition;
import de.lotse.residence.precheck.law.conditions.AllOf;
import de.lotse.residence.precheck.law.conditions.AnyOf;
import de.lotse.residence.precheck.law.conditions.CurrentStatus;
import de.lotse.residence.precheck.law.conditions.DurationOption;
import de.lotse.residence.precheck.law.conditions.FactCondition;
import de.lotse.residence.precheck.law.conditions.FactRequirement;
import de.lotse.residence.precheck.law.conditions.GermanLevelCondition;
import de.lotse.residence.precheck.law.conditions.OnlyFor104cPermitHolders;
import de.lotse.residence.precheck.law.conditions.ResidenceCounting;
import de.lotse.residence.precheck.law.conditions.ResidenceDuration;
import de.lotse.residence.precheck.law.conditions.WaivedForIllness;

import java.util.List;

/**
 * Conditions of § 25b AufenthG (nachhaltige Integration) as building blocks for the versions. Wording:
 * shared/law/aufenthg-25b.md.
 *
 * <p>"Dies setzt regelmäßig voraus": the pre-check applies the rule (Regelfall) and leaves atypical cases to the
 * authority. Not modelled: Abs. 1 Satz 3 (temporary social benefits; read into the livelihood fields), the age
 * waiver of Abs. 3 ("aus Altersgründen", no field), Abs. 4 (family members) and Abs. 6 (Beschäftigungsduldung
 * § 60d, no status code).
 *
 * <p>Conditions that cannot become MET again once failed are constants shared by the versions (upper-case
 * names): the earliest-date search skips every version that contains a shared condition the person cannot meet
 * ({@link de.lotse.residence.precheck.law.Condition#mayBecomeMetLater}). The others are built per version.
 */
final class Section25bConditions {

    private static final String WAIVER = "§ 25b Abs. 3 AufenthG";

    private Section25bConditions() {
    }

    /** Version until 2022-12-30 and from 2027-07-01: "Einem geduldeten Ausländer". */
    static Condition geduldet() {
        return CurrentStatus.geduldet("25b-1-1", "§ 25b Abs. 1 Satz 1 AufenthG");
    }

    /**
     * 2022-12-31 to 2027-06-30: "Einem Ausländer, der geduldet oder Inhaber einer Aufenthaltserlaubnis nach § 104c
     * ist". One status check with both alternatives, so the explanation names them together.
     */
    static Condition geduldetOr104cPermit() {
        return new CurrentStatus("25b-1-1", "§ 25b Abs. 1 Satz 1 AufenthG",
                "geduldet oder Inhaber einer Aufenthaltserlaubnis nach § 104c AufenthG",
                period -> period.status().isDuldung() ? Boolean.TRUE : period.isPermitUnder104c());
    }

    /**
     * Nr. 1: N years uninterrupted "geduldet, gestattet oder mit einer Aufenthaltserlaubnis", or fewer when living
     * with a minor unmarried child in the household. The child's growing up is not modelled (no birth date).
     */
    static ResidenceDuration residence(int years, int yearsWithMinorChild) {
        return ResidenceDuration.of("25b-1-2-1", "§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG",
                ResidenceCounting.TOLERATED_PERMITTED_OR_RESIDENCE_PERMIT,
                DurationOption.regular(years),
                DurationOption.shortened(yearsWithMinorChild,
                        "bei Zusammenleben mit einem minderjährigen ledigen Kind in häuslicher Gemeinschaft",
                        FactRequirement.of("Zusammenleben mit einem minderjährigen ledigen Kind", Fact.MINOR_CHILD)));
    }

    /** Nr. 1 with Abs. 7: for § 104c permit holders the § 60b periods are credited. */
    static Condition residenceCrediting60bFor104cHolders(int years, int yearsWithMinorChild) {
        return residence(years, yearsWithMinorChild).countingFor104cPermitHolders(
                ResidenceCounting.TOLERATED_PERMITTED_OR_RESIDENCE_PERMIT_WITH_60B, "§ 25b Abs. 7 AufenthG");
    }

    /** Nr. 2: commitment and basic civic knowledge, both required. */
    static final Condition FDGO_AND_CIVIC_KNOWLEDGE =
            new AllOf("25b-1-2-2", "§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG", List.of(
                FactCondition.mustBeTrue(null, null, Fact.FDGO,
                        "Bekenntnis zur freiheitlichen demokratischen Grundordnung liegt vor.",
                        "Kein Bekenntnis zur freiheitlichen demokratischen Grundordnung.",
                        "Das Bekenntnis zur freiheitlichen demokratischen Grundordnung ist nicht angegeben."),
                FactCondition.mustBeTrue(null, null, Fact.CIVIC_KNOWLEDGE,
                        "Grundkenntnisse der Rechts- und Gesellschaftsordnung und der Lebensverhältnisse nachgewiesen.",
                        "Grundkenntnisse der Rechts- und Gesellschaftsordnung und der Lebensverhältnisse nicht"
                                + " nachgewiesen.",
                        "Ob Grundkenntnisse der Rechts- und Gesellschaftsordnung vorliegen, ist nicht angegeben.")));

    /** Nr. 3: livelihood mainly from employment, or expected to be secured; waivable (Abs. 3). */
    static final Condition LIVELIHOOD = livelihood();

    private static Condition livelihood() {
        Condition alternatives = new AnyOf(null, null, List.of(
                FactCondition.mustBeTrue(null, null, Fact.LIVELIHOOD_EMPLOYMENT,
                        "Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert.",
                        "Lebensunterhalt nicht überwiegend durch Erwerbstätigkeit gesichert.",
                        "Ob der Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert ist, ist nicht angegeben."),
                FactCondition.mustBeTrue(null, null, Fact.LIVELIHOOD_EXPECTED,
                        "Es ist zu erwarten, dass der Lebensunterhalt im Sinne von § 2 Abs. 3 AufenthG gesichert wird.",
                        "Es ist nicht zu erwarten, dass der Lebensunterhalt gesichert wird.",
                        "Ob die Sicherung des Lebensunterhalts zu erwarten ist, ist nicht angegeben.")));
        return new WaivedForIllness("25b-1-2-3", "§ 25b Abs. 1 Satz 2 Nr. 3 AufenthG", alternatives, WAIVER);
    }

    /** Nr. 4: oral German at A2; waivable (Abs. 3). The request's level is taken as the oral level. */
    static final Condition GERMAN_A2 =
            new WaivedForIllness("25b-1-2-4", "§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG",
                new GermanLevelCondition(null, null, GermanLevel.A2,
                        "Hinreichende mündliche Deutschkenntnisse (Niveau A2)"), WAIVER);

    /** Nr. 5. */
    static final Condition CHILDREN_ATTEND_SCHOOL =
            FactCondition.mustBeTrue("25b-1-2-5", "§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG",
                Fact.SCHOOL_AGE_CHILDREN,
                "Tatsächlicher Schulbesuch der Kinder im schulpflichtigen Alter nachgewiesen (oder keine solchen"
                        + " Kinder).",
                "Der tatsächliche Schulbesuch der Kinder im schulpflichtigen Alter ist nicht nachgewiesen.",
                "Ob Kinder im schulpflichtigen Alter die Schule besuchen, ist nicht angegeben.");

    /** Abs. 2 Nr. 1: mandatory refusal. */
    static final Condition NO_OBSTRUCTION =
            FactCondition.mustBeFalse("25b-2-1", "§ 25b Abs. 2 Nr. 1 AufenthG",
                Fact.DECEPTION,
                "Keine Verhinderung oder Verzögerung der Aufenthaltsbeendigung durch falsche Angaben, Täuschung"
                        + " oder fehlende Mitwirkung.",
                "Die Aufenthaltsbeendigung wurde durch vorsätzlich falsche Angaben, Täuschung über Identität oder"
                        + " Staatsangehörigkeit oder fehlende Mitwirkung verhindert oder verzögert; die Erteilung ist"
                        + " zu versagen.",
                "Nicht angegeben, ob die Aufenthaltsbeendigung durch falsche Angaben, Täuschung oder fehlende"
                        + " Mitwirkung verhindert oder verzögert wurde.");

    /** Abs. 2 Nr. 2: mandatory refusal. */
    static final Condition NO_EXPULSION_INTEREST =
            FactCondition.mustBeFalse("25b-2-2", "§ 25b Abs. 2 Nr. 2 AufenthG",
                Fact.EXPULSION_INTEREST,
                "Kein Ausweisungsinteresse im Sinne von § 54 Abs. 1 oder Abs. 2 Nr. 1 und 2 AufenthG.",
                "Es besteht ein Ausweisungsinteresse im Sinne von § 54 Abs. 1 oder Abs. 2 Nr. 1 und 2 AufenthG; die"
                        + " Erteilung ist zu versagen.",
                "Ob ein Ausweisungsinteresse im Sinne von § 54 Abs. 1 oder Abs. 2 Nr. 1 und 2 AufenthG besteht, ist"
                        + " nicht angegeben.");

    /** Abs. 8: § 104c permit holders need a clarified identity (§ 5 Abs. 1 Nr. 1a); Satz 2 as in § 25a Abs. 6. */
    static Condition identityFor104cHolders() {
        return new OnlyFor104cPermitHolders("25b-8", "§ 25b Abs. 8 AufenthG",
                FactCondition.mustBeTrue(null, null, Fact.IDENTITY,
                        "Identität geklärt (§ 5 Abs. 1 Nr. 1a AufenthG).",
                        "Identität nicht geklärt (§ 5 Abs. 1 Nr. 1a AufenthG); eine Erteilung ist nur im Ermessen"
                                + " möglich, wenn die erforderlichen und zumutbaren Maßnahmen zur Identitätsklärung"
                                + " ergriffen wurden (Satz 2).",
                        "Ob die Identität geklärt ist (§ 5 Abs. 1 Nr. 1a AufenthG), ist nicht angegeben."));
    }
}
