package de.lotse.residence.internal;

import java.util.List;

/**
 * The yes/no/unknown questions of the pre-check form, grouped as a case file would have them. Labels are
 * {@code precheck.fact.<field>} in the bundles.
 */
final class FactQuestions {

    record Group(String titleKey, List<String> fields) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("precheck.group.integration", List.of(
                    "recognisedSchoolOrVocationalQualification", "civicKnowledgeProven", "naturalisationTestPassed",
                    "integrationCourseCertificate", "specialIntegrationAchievements", "integrationPrognosisPositive")),
            new Group("precheck.group.livelihood", List.of(
                    "securedWithoutSgb2OrSgb12", "mainlyFromEmployment", "expectedToBeSecured")),
            new Group("precheck.group.family", List.of(
                    "livesWithMinorUnmarriedChild", "schoolAgeChildrenAttendSchool")),
            new Group("precheck.group.conduct", List.of(
                    "fdgoCommitment", "identityClarified", "deceptionOrObstruction", "expulsionInterest",
                    "acceptsLossOfPreviousCitizenshipOrExempt", "illnessOrDisabilityPreventsRequirement")));

    private FactQuestions() {
    }
}
