package de.lotse.residence.precheck;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a pre-check, mirroring the JSON request of the HTTP API field by field.
 *
 * <p>Every field may be null, meaning "unknown". Code values (legal bases, residence status, German level) are kept
 * as the strings of the request so that {@link PreCheckValidation#validate} can report unknown values per field;
 * the engine reads them into typed facts after validation.
 *
 * @param asOf        evaluation date (required)
 * @param legalBases  codes of {@link LegalBasis} to check (at least one)
 * @param person      the facts about the person
 */
public record PreCheckRequest(LocalDate asOf, List<String> legalBases, Person person) {

    /**
     * The person's facts.
     *
     * @param birthDate                                date of birth
     * @param residencePeriods                         dated residence status periods; null or empty = unknown
     * @param schoolAttendance                         dated school attendance
     * @param recognisedSchoolOrVocationalQualification recognised school or vocational qualification acquired in
     *                                                  Germany (§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG)
     * @param germanLevel                              CEFR level A1 … C2
     * @param civicKnowledgeProven                     Grundkenntnisse of § 25b Abs. 1 Satz 2 Nr. 2 AufenthG
     * @param naturalisationTestPassed                 § 10 Abs. 1 Satz 1 Nr. 7 StAG
     * @param integrationCourseCertificate             § 10 Abs. 3 Satz 1 StAG (versions until 2024-06-26)
     * @param livelihood                               livelihood facts
     * @param fdgoCommitment                           the commitment to the free democratic basic order each
     *                                                 statute asks for (§ 10 StAG from 2024-06-27: with Nr. 1a)
     * @param integrationPrognosisPositive             § 25a Abs. 1 Satz 1 Nr. 4 AufenthG
     * @param identityClarified                        identity and nationality clarified (§ 10 Abs. 1 Satz 1 StAG;
     *                                                 § 5 Abs. 1 Nr. 1a AufenthG via §§ 25a Abs. 6, 25b Abs. 8)
     * @param deceptionOrObstruction                   § 25a Abs. 1 Satz 3, § 25b Abs. 2 Nr. 1, § 104c Abs. 1 Satz 2
     * @param expulsionInterest                        § 25b Abs. 2 Nr. 2 AufenthG
     * @param convictions                              criminal convictions; null = unknown, empty = none
     * @param livesWithMinorUnmarriedChild             § 25b Abs. 1 Satz 2 Nr. 1 AufenthG (shorter period)
     * @param schoolAgeChildrenAttendSchool            § 25b Abs. 1 Satz 2 Nr. 5; true also without school-age children
     * @param illnessOrDisabilityPreventsRequirement   waives what the statute lets be waived for illness or
     *                                                 disability (§ 25a Abs. 1 Satz 1 Nr. 2 Satz 2, § 25b Abs. 3,
     *                                                 § 10 Abs. 6 StAG)
     * @param specialIntegrationAchievements           § 10 Abs. 3 StAG (versions that have it)
     * @param acceptsLossOfPreviousCitizenshipOrExempt § 10 Abs. 1 Satz 1 Nr. 4 StAG (versions until 2024-06-26)
     */
    public record Person(
            LocalDate birthDate,
            List<ResidencePeriod> residencePeriods,
            List<SchoolAttendance> schoolAttendance,
            Boolean recognisedSchoolOrVocationalQualification,
            String germanLevel,
            Boolean civicKnowledgeProven,
            Boolean naturalisationTestPassed,
            Boolean integrationCourseCertificate,
            Livelihood livelihood,
            Boolean fdgoCommitment,
            Boolean integrationPrognosisPositive,
            Boolean identityClarified,
            Boolean deceptionOrObstruction,
            Boolean expulsionInterest,
            List<Conviction> convictions,
            Boolean livesWithMinorUnmarriedChild,
            Boolean schoolAgeChildrenAttendSchool,
            Boolean illnessOrDisabilityPreventsRequirement,
            Boolean specialIntegrationAchievements,
            Boolean acceptsLossOfPreviousCitizenshipOrExempt) {
    }

    /**
     * One dated residence status period.
     *
     * @param status     AUFENTHALTSGESTATTUNG, DULDUNG, DULDUNG_UNGEKLAERTE_IDENTITAET, AUFENTHALTSERLAUBNIS,
     *                   NIEDERLASSUNGSERLAUBNIS, ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU, VISUM or OHNE_AUFENTHALTSRECHT
     * @param from       first day (inclusive)
     * @param to         last day (inclusive); null = ongoing
     * @param legalBasis for a residence permit: the paragraph of the AufenthG, e.g. "104c", "25a", "16b",
     *                   "25 Abs. 3"; null = unknown
     */
    public record ResidencePeriod(String status, LocalDate from, LocalDate to, String legalBasis) {
    }

    /**
     * School attendance in Germany.
     *
     * @param from       first day
     * @param to         last day; null = ongoing
     * @param successful attended successfully (§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG)
     */
    public record SchoolAttendance(LocalDate from, LocalDate to, Boolean successful) {
    }

    /**
     * Livelihood.
     *
     * @param securedWithoutSgb2OrSgb12 § 10 Abs. 1 Satz 1 Nr. 3 StAG
     * @param mainlyFromEmployment      § 25b Abs. 1 Satz 2 Nr. 3 AufenthG, first alternative
     * @param expectedToBeSecured       § 25b Abs. 1 Satz 2 Nr. 3 AufenthG, second alternative
     */
    public record Livelihood(Boolean securedWithoutSgb2OrSgb12, Boolean mainlyFromEmployment,
                             Boolean expectedToBeSecured) {
    }

    /**
     * A criminal conviction. Removal from the register is not modelled: every conviction counts as given.
     *
     * @param date                                the date of the conviction
     * @param dailyRates                          a fine in Tagessätze; null = unknown (or not a fine)
     * @param foreignerSpecificOffence            an offence only foreigners can commit (AufenthG, AsylG)
     * @param juvenileSanctionOtherThanYouthCustody a sanction under juvenile criminal law other than Jugendstrafe
     */
    public record Conviction(LocalDate date, Integer dailyRates, Boolean foreignerSpecificOffence,
                             Boolean juvenileSanctionOtherThanYouthCustody) {
    }
}
