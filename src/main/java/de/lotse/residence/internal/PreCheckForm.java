package de.lotse.residence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import de.lotse.residence.precheck.LegalBasis;
import de.lotse.residence.precheck.PreCheckRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The facts of a pre-check as the form shows them. Field names are the JSON names of the API request, so that
 * the engine's field paths ({@code person.residencePeriods[1].to}) lead straight back to a form field. Yes/no
 * questions are three-valued: yes, no, or not known (null).
 */
record PreCheckForm(
        @NotNull LocalDate asOf,
        @NotEmpty List<LegalBasis> legalBases,
        LocalDate birthDate,
        @Valid List<Period> residencePeriods,
        @Valid List<School> schoolAttendance,
        String germanLevel,
        Boolean recognisedSchoolOrVocationalQualification,
        Boolean civicKnowledgeProven,
        Boolean naturalisationTestPassed,
        Boolean integrationCourseCertificate,
        Boolean securedWithoutSgb2OrSgb12,
        Boolean mainlyFromEmployment,
        Boolean expectedToBeSecured,
        Boolean fdgoCommitment,
        Boolean integrationPrognosisPositive,
        Boolean identityClarified,
        Boolean deceptionOrObstruction,
        Boolean expulsionInterest,
        ConvictionsKnown convictionsKnown,
        @Valid List<Conviction> convictions,
        Boolean livesWithMinorUnmarriedChild,
        Boolean schoolAgeChildrenAttendSchool,
        Boolean illnessOrDisabilityPreventsRequirement,
        Boolean specialIntegrationAchievements,
        Boolean acceptsLossOfPreviousCitizenshipOrExempt) {

    /** Whether there are convictions: the engine needs to tell "none" from "not known". */
    enum ConvictionsKnown { NONE, LISTED, UNKNOWN }

    record Period(String status, LocalDate from, LocalDate to, @Size(max = 40) String legalBasis) {
        boolean blank() {
            return (status == null || status.isBlank()) && from == null && to == null && (legalBasis == null || legalBasis.isBlank());
        }
    }

    record School(LocalDate from, LocalDate to, Boolean successful) {
        boolean blank() {
            return from == null && to == null && successful == null;
        }
    }

    record Conviction(LocalDate date, @Min(0) @Max(10_000) Integer dailyRates, Boolean foreignerSpecificOffence,
                      Boolean juvenileSanctionOtherThanYouthCustody) {
        boolean blank() {
            return date == null && dailyRates == null && foreignerSpecificOffence == null && juvenileSanctionOtherThanYouthCustody == null;
        }
    }

    static final int BLANK_ROWS = 1;

    static PreCheckForm blank(LocalDate today) {
        return new PreCheckForm(today, List.of(LegalBasis.values()), null,
                List.of(new Period(null, null, null, null), new Period(null, null, null, null)),
                List.of(new School(null, null, null)), null,
                null, null, null, null, null, null, null, null, null, null, null, null,
                ConvictionsKnown.UNKNOWN, List.of(new Conviction(null, null, null, null)),
                null, null, null, null, null);
    }

    /** The form showing stored facts: a saved pre-check to re-run, or the facts to prefill for a client. */
    static PreCheckForm of(PreCheckRequest request) {
        PreCheckRequest.Person p = request.person() == null ? emptyPerson() : request.person();
        PreCheckRequest.Livelihood l = p.livelihood() == null ? new PreCheckRequest.Livelihood(null, null, null) : p.livelihood();
        return new PreCheckForm(request.asOf(),
                request.legalBases() == null ? List.of() : request.legalBases().stream().map(LegalBasis::fromCode)
                        .filter(java.util.Objects::nonNull).toList(),
                p.birthDate(),
                rows(p.residencePeriods()).map(r -> new Period(r.status(), r.from(), r.to(), r.legalBasis())).toList(),
                rows(p.schoolAttendance()).map(s -> new School(s.from(), s.to(), s.successful())).toList(),
                p.germanLevel(), p.recognisedSchoolOrVocationalQualification(), p.civicKnowledgeProven(),
                p.naturalisationTestPassed(), p.integrationCourseCertificate(), l.securedWithoutSgb2OrSgb12(),
                l.mainlyFromEmployment(), l.expectedToBeSecured(), p.fdgoCommitment(), p.integrationPrognosisPositive(),
                p.identityClarified(), p.deceptionOrObstruction(), p.expulsionInterest(),
                p.convictions() == null ? ConvictionsKnown.UNKNOWN : p.convictions().isEmpty() ? ConvictionsKnown.NONE : ConvictionsKnown.LISTED,
                rows(p.convictions()).map(c -> new Conviction(c.date(), c.dailyRates(), c.foreignerSpecificOffence(),
                        c.juvenileSanctionOtherThanYouthCustody())).toList(),
                p.livesWithMinorUnmarriedChild(), p.schoolAgeChildrenAttendSchool(), p.illnessOrDisabilityPreventsRequirement(),
                p.specialIntegrationAchievements(), p.acceptsLossOfPreviousCitizenshipOrExempt());
    }

    /** Facts for a new evaluation date: the same person, every basis. */
    PreCheckForm on(LocalDate day) {
        return new PreCheckForm(day, List.of(LegalBasis.values()), birthDate, residencePeriods, schoolAttendance, germanLevel,
                recognisedSchoolOrVocationalQualification, civicKnowledgeProven, naturalisationTestPassed,
                integrationCourseCertificate, securedWithoutSgb2OrSgb12, mainlyFromEmployment, expectedToBeSecured,
                fdgoCommitment, integrationPrognosisPositive, identityClarified, deceptionOrObstruction, expulsionInterest,
                convictionsKnown, convictions, livesWithMinorUnmarriedChild, schoolAgeChildrenAttendSchool,
                illnessOrDisabilityPreventsRequirement, specialIntegrationAchievements, acceptsLossOfPreviousCitizenshipOrExempt);
    }

    private static PreCheckRequest.Person emptyPerson() {
        return new PreCheckRequest.Person(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** The same facts without empty rows: what the engine sees, and what its field paths count. */
    PreCheckForm compacted() {
        return withRows(
                rows(residencePeriods).filter(p -> !p.blank()).toList(),
                rows(schoolAttendance).filter(s -> !s.blank()).toList(),
                rows(convictions).filter(c -> !c.blank()).toList());
    }

    /** For showing the form: the facts plus an empty row at the end of each list to type into. */
    PreCheckForm withBlankRows() {
        List<Period> periods = new ArrayList<>(rows(residencePeriods).toList());
        periods.add(new Period(null, null, null, null));
        List<School> school = new ArrayList<>(rows(schoolAttendance).toList());
        school.add(new School(null, null, null));
        List<Conviction> convictionRows = new ArrayList<>(rows(convictions).toList());
        convictionRows.add(new Conviction(null, null, null, null));
        return withRows(periods, school, convictionRows);
    }

    PreCheckRequest toRequest() {
        return new PreCheckRequest(asOf, legalBases == null ? null : legalBases.stream().map(Enum::name).toList(),
                new PreCheckRequest.Person(
                        birthDate,
                        rows(residencePeriods).map(p -> new PreCheckRequest.ResidencePeriod(blankToNull(p.status()), p.from(), p.to(),
                                blankToNull(p.legalBasis()))).toList(),
                        rows(schoolAttendance).map(s -> new PreCheckRequest.SchoolAttendance(s.from(), s.to(), s.successful())).toList(),
                        recognisedSchoolOrVocationalQualification,
                        blankToNull(germanLevel),
                        civicKnowledgeProven,
                        naturalisationTestPassed,
                        integrationCourseCertificate,
                        new PreCheckRequest.Livelihood(securedWithoutSgb2OrSgb12, mainlyFromEmployment, expectedToBeSecured),
                        fdgoCommitment,
                        integrationPrognosisPositive,
                        identityClarified,
                        deceptionOrObstruction,
                        expulsionInterest,
                        switch (convictionsKnown == null ? ConvictionsKnown.UNKNOWN : convictionsKnown) {
                            case NONE -> List.of();
                            case UNKNOWN -> null;
                            case LISTED -> rows(convictions).map(c -> new PreCheckRequest.Conviction(c.date(), c.dailyRates(),
                                    c.foreignerSpecificOffence(), c.juvenileSanctionOtherThanYouthCustody())).toList();
                        },
                        livesWithMinorUnmarriedChild,
                        schoolAgeChildrenAttendSchool,
                        illnessOrDisabilityPreventsRequirement,
                        specialIntegrationAchievements,
                        acceptsLossOfPreviousCitizenshipOrExempt));
    }

    /** The form field behind an engine field path: {@code person.livelihood.mainlyFromEmployment} -> {@code mainlyFromEmployment}. */
    static String formField(String jsonPath) {
        return jsonPath.replaceFirst("^person\\.", "").replaceFirst("^livelihood\\.", "");
    }

    private PreCheckForm withRows(List<Period> periods, List<School> school, List<Conviction> convictionRows) {
        return new PreCheckForm(asOf, legalBases, birthDate, periods, school, germanLevel,
                recognisedSchoolOrVocationalQualification, civicKnowledgeProven, naturalisationTestPassed,
                integrationCourseCertificate, securedWithoutSgb2OrSgb12, mainlyFromEmployment, expectedToBeSecured,
                fdgoCommitment, integrationPrognosisPositive, identityClarified, deceptionOrObstruction, expulsionInterest,
                convictionsKnown, convictionRows, livesWithMinorUnmarriedChild, schoolAgeChildrenAttendSchool,
                illnessOrDisabilityPreventsRequirement, specialIntegrationAchievements, acceptsLossOfPreviousCitizenshipOrExempt);
    }

    private static <T> Stream<T> rows(List<T> list) {
        return list == null ? Stream.empty() : list.stream().filter(java.util.Objects::nonNull);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
