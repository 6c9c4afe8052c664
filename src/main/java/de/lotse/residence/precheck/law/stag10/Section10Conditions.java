package de.lotse.residence.precheck.law.stag10;

import de.lotse.residence.precheck.facts.Fact;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.GermanLevel;
import de.lotse.residence.precheck.law.Condition;
import de.lotse.residence.precheck.law.conditions.DurationOption;
import de.lotse.residence.precheck.law.conditions.FactCondition;
import de.lotse.residence.precheck.law.conditions.FactRequirement;
import de.lotse.residence.precheck.law.conditions.GermanLevelCondition;
import de.lotse.residence.precheck.law.conditions.NaturalisationResidenceRight;
import de.lotse.residence.precheck.law.conditions.NoRelevantConvictionStAG;
import de.lotse.residence.precheck.law.conditions.ResidenceCounting;
import de.lotse.residence.precheck.law.conditions.ResidenceDuration;
import de.lotse.residence.precheck.law.conditions.WaivedForIllness;

/**
 * Conditions of § 10 StAG (Anspruchseinbürgerung) as building blocks for the versions. Wording:
 * shared/law/stag-10.md, § 12a in shared/law/stag-12a.md.
 *
 * <p>Not modelled, for want of fields: capacity to act or legal representation (always one of the two), the
 * exemptions for persons not capable of acting (Abs. 1 Satz 2 / Satz 3) and for children under 16 (Abs. 4 Satz 2),
 * the "Einordnung in die deutschen Lebensverhältnisse" of the versions until 2024-06-26, the exclusions of § 11 and
 * § 35a StAG, Abs. 4 Satz 3 and Abs. 4a (language hardship), interruptions allowed by § 12b StAG, and the crediting
 * of asylum procedure time.
 *
 * <p>Conditions that cannot become MET again once failed are constants shared by the versions (upper-case
 * names): the earliest-date search skips every version that contains a shared condition the person cannot meet
 * ({@link de.lotse.residence.precheck.law.Condition#mayBecomeMetLater}). The others are built per version.
 */
final class Section10Conditions {

    private static final String WAIVER = "§ 10 Abs. 6 StAG";

    /** § 10 Abs. 1 Satz 1 Nr. 2 StAG, version from 2021-08-20. */
    static final String[] PURPOSES_2021 = {"16a", "16b", "16d", "16e", "16f", "17", "18d", "18f", "19", "19b", "19e",
        "20", "22", "23 Abs. 1", "23a", "24", "25 Abs. 3-5"};

    /** From 2022-12-31: "und § 104c" added. */
    static final String[] PURPOSES_2022 = {"16a", "16b", "16d", "16e", "16f", "17", "18d", "18f", "19", "19b", "19e",
        "20", "22", "23 Abs. 1", "23a", "24", "25 Abs. 3-5", "104c"};

    /** From 2024-06-01 (date unverified): "20a" added. */
    static final String[] PURPOSES_2024_06_01 = {"16a", "16b", "16d", "16e", "16f", "17", "18d", "18f", "19", "19b",
        "19e", "20", "20a", "22", "23 Abs. 1", "23a", "24", "25 Abs. 3-5", "104c"};

    /**
     * From 2024-06-27 (StARModG, in the corrected wording with "20a"; the correction's retroactive effect is assumed,
     * law README Unverified 5): "einen Aufenthaltstitel"; 18d and 23 Abs. 1 no longer listed.
     */
    static final String[] PURPOSES_2024_06_27 = {"16a", "16b", "16d", "16e", "16f", "17", "18f", "19", "19b", "19e",
        "20", "20a", "22", "23a", "24", "25 Abs. 3-5", "104c"};

    private Section10Conditions() {
    }

    /** Versions until 2024-06-26: eight years; seven with integration course (Abs. 3 Satz 1); six (Satz 2). */
    static Condition residenceEightYears() {
        return ResidenceDuration.of("10-1-1-aufenthalt", "§ 10 Abs. 1 Satz 1, Abs. 3 StAG",
                ResidenceCounting.LAWFUL_WITH_TITLE,
                DurationOption.regular(8),
                DurationOption.shortened(7, "mit Bescheinigung über die erfolgreiche Teilnahme an einem"
                                + " Integrationskurs (Abs. 3 Satz 1)",
                        FactRequirement.of("Integrationskurs", Fact.INTEGRATION_COURSE)),
                DurationOption.shortened(6, "bei besonderen Integrationsleistungen (Abs. 3 Satz 2, Ermessen)",
                        FactRequirement.of("besondere Integrationsleistungen", Fact.SPECIAL_ACHIEVEMENTS)));
    }

    /**
     * 2024-06-27 to 2025-10-29: five years; down to three (Abs. 3, discretion) with special integration achievements,
     * C1 and § 8 Abs. 1 Nr. 4 StAG. Decision: § 8 Abs. 1 Nr. 4 ("sich und seine Angehörigen zu ernähren imstande")
     * is read from the livelihood field of § 10 Abs. 1 Satz 1 Nr. 3, the closest fact the request has.
     */
    static Condition residenceFiveOrThreeYears() {
        return ResidenceDuration.of("10-1-1-aufenthalt", "§ 10 Abs. 1 Satz 1, Abs. 3 StAG",
                ResidenceCounting.LAWFUL_WITH_TITLE,
                DurationOption.regular(5),
                DurationOption.shortened(3, "bei besonderen Integrationsleistungen, Deutsch C1 und Unterhalt nach"
                                + " § 8 Abs. 1 Nr. 4 StAG (Abs. 3, Ermessen)",
                        FactRequirement.of("besondere Integrationsleistungen", Fact.SPECIAL_ACHIEVEMENTS),
                        FactRequirement.computed("Sprachniveau C1", FactPaths.GERMAN_LEVEL,
                                facts -> facts.germanLevel() == null ? null
                                        : facts.germanLevel().atLeast(GermanLevel.C1)),
                        FactRequirement.of("Unterhalt nach § 8 Abs. 1 Nr. 4 StAG", Fact.LIVELIHOOD_SECURED)));
    }

    /** From 2025-10-30: five years, Abs. 3 repealed. */
    static Condition residenceFiveYears() {
        return ResidenceDuration.of("10-1-1-aufenthalt", "§ 10 Abs. 1 Satz 1 StAG",
                ResidenceCounting.LAWFUL_WITH_TITLE, DurationOption.regular(5));
    }

    static final Condition IDENTITY_CLARIFIED =
            FactCondition.mustBeTrue("10-1-1-identitaet", "§ 10 Abs. 1 Satz 1 StAG",
                Fact.IDENTITY,
                "Identität und Staatsangehörigkeit sind geklärt.",
                "Identität und Staatsangehörigkeit sind nicht geklärt.",
                "Ob Identität und Staatsangehörigkeit geklärt sind, ist nicht angegeben.");

    /** Nr. 1 (until 2024-06-26). */
    static final Condition COMMITMENT =
            FactCondition.mustBeTrue("10-1-1-1", "§ 10 Abs. 1 Satz 1 Nr. 1 StAG",
                Fact.FDGO,
                "Bekenntnis zur freiheitlichen demokratischen Grundordnung und Loyalitätserklärung liegen vor.",
                "Bekenntnis zur freiheitlichen demokratischen Grundordnung und Loyalitätserklärung liegen nicht vor.",
                "Bekenntnis zur freiheitlichen demokratischen Grundordnung nicht angegeben.");

    /** Nr. 1 and Nr. 1a (from 2024-06-27); the request's commitment field covers both. */
    static final Condition COMMITMENT_INCLUDING_HISTORICAL_RESPONSIBILITY =
            FactCondition.mustBeTrue("10-1-1-1", "§ 10 Abs. 1 Satz 1 Nr. 1 und 1a StAG",
                Fact.FDGO,
                "Bekenntnis zur freiheitlichen demokratischen Grundordnung mit Loyalitätserklärung (Nr. 1) und zur"
                        + " besonderen historischen Verantwortung Deutschlands (Nr. 1a) liegen vor.",
                "Die Bekenntnisse nach Nr. 1 und Nr. 1a liegen nicht vor.",
                "Die Bekenntnisse nach Nr. 1 und Nr. 1a sind nicht angegeben.");

    /** Nr. 2. */
    static Condition residenceRight(boolean anyResidenceTitle, String[] excludedPurposes) {
        return new NaturalisationResidenceRight("10-1-1-2", "§ 10 Abs. 1 Satz 1 Nr. 2 StAG", anyResidenceTitle,
                excludedPurposes);
    }

    /** Nr. 3 until 2024-06-26 (with "oder deren Inanspruchnahme nicht zu vertreten hat", in the field). */
    static final Condition LIVELIHOOD_OR_NOT_RESPONSIBLE =
            FactCondition.mustBeTrue("10-1-1-3", "§ 10 Abs. 1 Satz 1 Nr. 3 StAG",
                Fact.LIVELIHOOD_SECURED,
                "Lebensunterhalt ohne Leistungen nach SGB II oder XII gesichert (oder deren Inanspruchnahme nicht"
                        + " zu vertreten).",
                "Lebensunterhalt nicht ohne Leistungen nach SGB II oder XII gesichert.",
                "Ob der Lebensunterhalt ohne Leistungen nach SGB II oder XII gesichert ist, ist nicht angegeben.");

    /** Nr. 3 from 2024-06-27 (exceptions a to c, in the field). */
    static final Condition LIVELIHOOD_WITH_EXCEPTIONS =
            FactCondition.mustBeTrue("10-1-1-3", "§ 10 Abs. 1 Satz 1 Nr. 3 StAG",
                Fact.LIVELIHOOD_SECURED,
                "Lebensunterhalt ohne Leistungen nach SGB II oder XII gesichert (oder Ausnahme nach Buchst. a"
                        + " bis c).",
                "Lebensunterhalt nicht ohne Leistungen nach SGB II oder XII gesichert.",
                "Ob der Lebensunterhalt ohne Leistungen nach SGB II oder XII gesichert ist, ist nicht angegeben.");

    /** Nr. 4 (until 2024-06-26); § 12 exemptions and Abs. 3a are inside the field. */
    static final Condition LOSS_OF_PREVIOUS_CITIZENSHIP =
            FactCondition.mustBeTrue("10-1-1-4", "§ 10 Abs. 1 Satz 1 Nr. 4 StAG",
                Fact.LOSS_OF_CITIZENSHIP,
                "Die bisherige Staatsangehörigkeit wird aufgegeben oder geht verloren, oder Mehrstaatigkeit ist"
                        + " hinzunehmen (§ 12 StAG).",
                "Die bisherige Staatsangehörigkeit wird nicht aufgegeben, und ein Grund zur Hinnahme von"
                        + " Mehrstaatigkeit (§ 12 StAG) liegt nicht vor.",
                "Ob die bisherige Staatsangehörigkeit aufgegeben wird oder Mehrstaatigkeit hinzunehmen ist, ist nicht"
                        + " angegeben.");

    /** Nr. 5 with § 12a. */
    static final Condition NO_RELEVANT_CONVICTION =
            new NoRelevantConvictionStAG("10-1-1-5", "§ 10 Abs. 1 Satz 1 Nr. 5, § 12a Abs. 1 StAG");

    /** Nr. 6 with Abs. 4 (B1), waivable (Abs. 6). */
    static final Condition GERMAN_B1 =
            new WaivedForIllness("10-1-1-6", "§ 10 Abs. 1 Satz 1 Nr. 6, Abs. 4 StAG",
                new GermanLevelCondition(null, null, GermanLevel.B1,
                        "Ausreichende Kenntnisse der deutschen Sprache (Sprachprüfung B1)"), WAIVER);

    /** Nr. 7 with Abs. 5 (test), waivable (Abs. 6). */
    static final Condition CIVIC_KNOWLEDGE =
            new WaivedForIllness("10-1-1-7", "§ 10 Abs. 1 Satz 1 Nr. 7, Abs. 5 StAG",
                FactCondition.mustBeTrue(null, null, Fact.NATURALISATION_TEST,
                        "Kenntnisse der Rechts- und Gesellschaftsordnung durch Einbürgerungstest nachgewiesen.",
                        "Einbürgerungstest nicht bestanden.",
                        "Ob der Einbürgerungstest bestanden ist, ist nicht angegeben."), WAIVER);
}
