package de.lotse.residence.precheck.facts;

import de.lotse.residence.precheck.PreCheckRequest;
import de.lotse.residence.precheck.time.Span;
import de.lotse.residence.precheck.time.Timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The person's facts, typed and prepared for evaluation on many dates. Null means unknown throughout.
 *
 * <p>Built from a request that passed {@link de.lotse.residence.precheck.PreCheckValidation}; entries the validation
 * rejects (no start, unknown status) are skipped rather than guessed.
 *
 * @param residence null if no residence period is known: an empty history would prove nothing either way
 * @param school    null if school attendance is unknown; empty if the request says there was none
 * @param convictions null if unknown; empty if the person has none
 */
public record PersonFacts(
        LocalDate birthDate,
        Timeline<StatusPeriod> residence,
        Timeline<SchoolPeriod> school,
        Boolean recognisedQualification,
        GermanLevel germanLevel,
        Boolean civicKnowledgeProven,
        Boolean naturalisationTestPassed,
        Boolean integrationCourseCertificate,
        Boolean livelihoodSecuredWithoutSgb2OrSgb12,
        Boolean livelihoodMainlyFromEmployment,
        Boolean livelihoodExpectedToBeSecured,
        Boolean fdgoCommitment,
        Boolean integrationPrognosisPositive,
        Boolean identityClarified,
        Boolean deceptionOrObstruction,
        Boolean expulsionInterest,
        List<ConvictionFact> convictions,
        Boolean livesWithMinorUnmarriedChild,
        Boolean schoolAgeChildrenAttendSchool,
        Boolean illnessOrDisabilityPreventsRequirement,
        Boolean specialIntegrationAchievements,
        Boolean acceptsLossOfPreviousCitizenshipOrExempt) {

    /** Reads the request's person; a null person is a person of whom nothing is known. */
    public static PersonFacts from(PreCheckRequest.Person person) {
        if (person == null) {
            person = new PreCheckRequest.Person(null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null);
        }
        PreCheckRequest.Livelihood livelihood = person.livelihood();
        return new PersonFacts(
                person.birthDate(),
                residence(person.residencePeriods()),
                school(person.schoolAttendance()),
                person.recognisedSchoolOrVocationalQualification(),
                GermanLevel.fromCode(person.germanLevel()),
                person.civicKnowledgeProven(),
                person.naturalisationTestPassed(),
                person.integrationCourseCertificate(),
                livelihood == null ? null : livelihood.securedWithoutSgb2OrSgb12(),
                livelihood == null ? null : livelihood.mainlyFromEmployment(),
                livelihood == null ? null : livelihood.expectedToBeSecured(),
                person.fdgoCommitment(),
                person.integrationPrognosisPositive(),
                person.identityClarified(),
                person.deceptionOrObstruction(),
                person.expulsionInterest(),
                convictions(person.convictions()),
                person.livesWithMinorUnmarriedChild(),
                person.schoolAgeChildrenAttendSchool(),
                person.illnessOrDisabilityPreventsRequirement(),
                person.specialIntegrationAchievements(),
                person.acceptsLossOfPreviousCitizenshipOrExempt());
    }

    private static Timeline<StatusPeriod> residence(List<PreCheckRequest.ResidencePeriod> input) {
        if (input == null || input.isEmpty()) {
            return null;
        }
        StatusPeriod[] periods = new StatusPeriod[input.size()];
        int count = 0;
        for (int i = 0; i < input.size(); i++) {
            PreCheckRequest.ResidencePeriod period = input.get(i);
            if (period == null || period.from() == null) {
                continue;
            }
            ResidenceStatus status = ResidenceStatus.fromCode(period.status());
            if (status == null) {
                continue;
            }
            periods[count++] = new StatusPeriod(i, status, PermitBasis.parse(period.legalBasis()),
                    period.from().toEpochDay(), endDay(period.to()));
        }
        return count == 0 ? null : new Timeline<>(count == periods.length ? periods : Arrays.copyOf(periods, count));
    }

    private static Timeline<SchoolPeriod> school(List<PreCheckRequest.SchoolAttendance> input) {
        if (input == null) {
            return null;
        }
        SchoolPeriod[] periods = new SchoolPeriod[input.size()];
        int count = 0;
        for (int i = 0; i < input.size(); i++) {
            PreCheckRequest.SchoolAttendance attendance = input.get(i);
            if (attendance == null || attendance.from() == null) {
                continue;
            }
            periods[count++] = new SchoolPeriod(i, attendance.from().toEpochDay(), endDay(attendance.to()),
                    attendance.successful());
        }
        return new Timeline<>(count == periods.length ? periods : Arrays.copyOf(periods, count));
    }

    private static List<ConvictionFact> convictions(List<PreCheckRequest.Conviction> input) {
        if (input == null) {
            return null;
        }
        ConvictionFact[] convictions = new ConvictionFact[input.size()];
        int count = 0;
        for (int i = 0; i < input.size(); i++) {
            PreCheckRequest.Conviction conviction = input.get(i);
            if (conviction != null) {
                convictions[count++] = new ConvictionFact(i, conviction.date(), conviction.dailyRates(),
                        conviction.foreignerSpecificOffence(), conviction.juvenileSanctionOtherThanYouthCustody());
            }
        }
        return List.of(count == convictions.length ? convictions : Arrays.copyOf(convictions, count));
    }

    private static long endDay(LocalDate to) {
        return to == null ? Span.ONGOING : to.toEpochDay();
    }

    /** A yes/no fact: true, false, or null if unknown. */
    public Boolean fact(Fact fact) {
        return switch (fact) {
            case QUALIFICATION -> recognisedQualification;
            case CIVIC_KNOWLEDGE -> civicKnowledgeProven;
            case NATURALISATION_TEST -> naturalisationTestPassed;
            case INTEGRATION_COURSE -> integrationCourseCertificate;
            case LIVELIHOOD_SECURED -> livelihoodSecuredWithoutSgb2OrSgb12;
            case LIVELIHOOD_EMPLOYMENT -> livelihoodMainlyFromEmployment;
            case LIVELIHOOD_EXPECTED -> livelihoodExpectedToBeSecured;
            case FDGO -> fdgoCommitment;
            case PROGNOSIS -> integrationPrognosisPositive;
            case IDENTITY -> identityClarified;
            case DECEPTION -> deceptionOrObstruction;
            case EXPULSION_INTEREST -> expulsionInterest;
            case MINOR_CHILD -> livesWithMinorUnmarriedChild;
            case SCHOOL_AGE_CHILDREN -> schoolAgeChildrenAttendSchool;
            case ILLNESS -> illnessOrDisabilityPreventsRequirement;
            case SPECIAL_ACHIEVEMENTS -> specialIntegrationAchievements;
            case LOSS_OF_CITIZENSHIP -> acceptsLossOfPreviousCitizenshipOrExempt;
        };
    }

    /** The residence period covering {@code day}, or null (also when the history is unknown). */
    public StatusPeriod statusOn(LocalDate day) {
        return residence == null ? null : residence.spanOn(day.toEpochDay());
    }

    /**
     * Whether the person holds a residence permit under § 104c AufenthG on {@code day}; null if they hold a
     * residence permit with unknown legal basis, or nothing is known.
     */
    public Boolean holds104cPermitOn(LocalDate day) {
        if (residence == null) {
            return null;
        }
        StatusPeriod period = residence.spanOn(day.toEpochDay());
        return period == null ? Boolean.FALSE : period.isPermitUnder104c();
    }

    /** The next day after {@code day} on which the residence status can change, {@link Span#ONGOING} if none. */
    public long nextResidenceChangeAfter(LocalDate day) {
        return residence == null ? Span.ONGOING : residence.nextChangeAfter(day.toEpochDay());
    }
}
