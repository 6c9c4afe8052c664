package de.lotse.residence.precheck.facts;

/** JSON paths of request fields, as named in missing facts. */
public final class FactPaths {

    public static final String BIRTH_DATE = "person.birthDate";
    public static final String RESIDENCE_PERIODS = "person.residencePeriods";
    public static final String SCHOOL_ATTENDANCE = "person.schoolAttendance";
    public static final String QUALIFICATION = "person.recognisedSchoolOrVocationalQualification";
    public static final String GERMAN_LEVEL = "person.germanLevel";
    public static final String CIVIC_KNOWLEDGE = "person.civicKnowledgeProven";
    public static final String NATURALISATION_TEST = "person.naturalisationTestPassed";
    public static final String INTEGRATION_COURSE = "person.integrationCourseCertificate";
    public static final String LIVELIHOOD_SECURED = "person.livelihood.securedWithoutSgb2OrSgb12";
    public static final String LIVELIHOOD_EMPLOYMENT = "person.livelihood.mainlyFromEmployment";
    public static final String LIVELIHOOD_EXPECTED = "person.livelihood.expectedToBeSecured";
    public static final String FDGO = "person.fdgoCommitment";
    public static final String PROGNOSIS = "person.integrationPrognosisPositive";
    public static final String IDENTITY = "person.identityClarified";
    public static final String DECEPTION = "person.deceptionOrObstruction";
    public static final String EXPULSION_INTEREST = "person.expulsionInterest";
    public static final String CONVICTIONS = "person.convictions";
    public static final String MINOR_CHILD = "person.livesWithMinorUnmarriedChild";
    public static final String SCHOOL_AGE_CHILDREN = "person.schoolAgeChildrenAttendSchool";
    public static final String ILLNESS = "person.illnessOrDisabilityPreventsRequirement";
    public static final String SPECIAL_ACHIEVEMENTS = "person.specialIntegrationAchievements";
    public static final String LOSS_OF_CITIZENSHIP = "person.acceptsLossOfPreviousCitizenshipOrExempt";

    private FactPaths() {
    }
}
