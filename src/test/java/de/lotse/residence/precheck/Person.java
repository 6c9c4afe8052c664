package de.lotse.residence.precheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Immutable test builder for the request's person: every method returns a changed copy, so a baseline can be shared
 * by the cases of a table. Dates are ISO strings; null means unknown, as in the request.
 */
public final class Person {

    private final LocalDate birthDate;
    private final List<PreCheckRequest.ResidencePeriod> periods;
    private final List<PreCheckRequest.SchoolAttendance> school;
    private final Boolean qualification;
    private final String germanLevel;
    private final Boolean civicKnowledge;
    private final Boolean naturalisationTest;
    private final Boolean integrationCourse;
    private final Boolean livelihoodSecured;
    private final Boolean mainlyFromEmployment;
    private final Boolean expectedToBeSecured;
    private final Boolean fdgo;
    private final Boolean prognosis;
    private final Boolean identity;
    private final Boolean deception;
    private final Boolean expulsionInterest;
    private final List<PreCheckRequest.Conviction> convictions;
    private final Boolean minorChild;
    private final Boolean childrenAttendSchool;
    private final Boolean illness;
    private final Boolean specialAchievements;
    private final Boolean lossOfCitizenship;

    private Person(LocalDate birthDate, List<PreCheckRequest.ResidencePeriod> periods,
                   List<PreCheckRequest.SchoolAttendance> school, Boolean qualification, String germanLevel,
                   Boolean civicKnowledge, Boolean naturalisationTest, Boolean integrationCourse,
                   Boolean livelihoodSecured, Boolean mainlyFromEmployment, Boolean expectedToBeSecured,
                   Boolean fdgo, Boolean prognosis, Boolean identity, Boolean deception, Boolean expulsionInterest,
                   List<PreCheckRequest.Conviction> convictions, Boolean minorChild, Boolean childrenAttendSchool,
                   Boolean illness, Boolean specialAchievements, Boolean lossOfCitizenship) {
        this.birthDate = birthDate;
        this.periods = periods;
        this.school = school;
        this.qualification = qualification;
        this.germanLevel = germanLevel;
        this.civicKnowledge = civicKnowledge;
        this.naturalisationTest = naturalisationTest;
        this.integrationCourse = integrationCourse;
        this.livelihoodSecured = livelihoodSecured;
        this.mainlyFromEmployment = mainlyFromEmployment;
        this.expectedToBeSecured = expectedToBeSecured;
        this.fdgo = fdgo;
        this.prognosis = prognosis;
        this.identity = identity;
        this.deception = deception;
        this.expulsionInterest = expulsionInterest;
        this.convictions = convictions;
        this.minorChild = minorChild;
        this.childrenAttendSchool = childrenAttendSchool;
        this.illness = illness;
        this.specialAchievements = specialAchievements;
        this.lossOfCitizenship = lossOfCitizenship;
    }

    /** A person of whom nothing is known. */
    public static Person unknown() {
        return new Person(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    public Person born(String iso) {
        return new Person(date(iso), periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, convictions, minorChild,
                childrenAttendSchool, illness, specialAchievements, lossOfCitizenship);
    }

    /** Adds a status period; {@code to} null = ongoing. */
    public Person period(String status, String from, String to) {
        return period(status, from, to, null);
    }

    /** Adds a residence permit period with its legal basis. */
    public Person permit(String legalBasis, String from, String to) {
        return period("AUFENTHALTSERLAUBNIS", from, to, legalBasis);
    }

    public Person period(String status, String from, String to, String legalBasis) {
        return withPeriods(plus(periods, new PreCheckRequest.ResidencePeriod(status, date(from), date(to),
                legalBasis)));
    }

    /** Replaces all periods (null = unknown). */
    public Person withPeriods(List<PreCheckRequest.ResidencePeriod> newPeriods) {
        return new Person(birthDate, newPeriods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, convictions, minorChild,
                childrenAttendSchool, illness, specialAchievements, lossOfCitizenship);
    }

    public Person noPeriods() {
        return withPeriods(null);
    }

    public Person school(String from, String to, Boolean successful) {
        return withSchool(plus(school, new PreCheckRequest.SchoolAttendance(date(from), date(to), successful)));
    }

    public Person withSchool(List<PreCheckRequest.SchoolAttendance> newSchool) {
        return new Person(birthDate, periods, newSchool, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, convictions, minorChild,
                childrenAttendSchool, illness, specialAchievements, lossOfCitizenship);
    }

    public Person qualification(Boolean value) {
        return new Person(birthDate, periods, school, value, germanLevel, civicKnowledge, naturalisationTest,
                integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured, fdgo, prognosis,
                identity, deception, expulsionInterest, convictions, minorChild, childrenAttendSchool, illness,
                specialAchievements, lossOfCitizenship);
    }

    public Person german(String level) {
        return new Person(birthDate, periods, school, qualification, level, civicKnowledge, naturalisationTest,
                integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured, fdgo, prognosis,
                identity, deception, expulsionInterest, convictions, minorChild, childrenAttendSchool, illness,
                specialAchievements, lossOfCitizenship);
    }

    public Person civicKnowledge(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, value, naturalisationTest,
                integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured, fdgo, prognosis,
                identity, deception, expulsionInterest, convictions, minorChild, childrenAttendSchool, illness,
                specialAchievements, lossOfCitizenship);
    }

    public Person naturalisationTest(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge, value,
                integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured, fdgo, prognosis,
                identity, deception, expulsionInterest, convictions, minorChild, childrenAttendSchool, illness,
                specialAchievements, lossOfCitizenship);
    }

    public Person integrationCourse(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, value, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured, fdgo,
                prognosis, identity, deception, expulsionInterest, convictions, minorChild, childrenAttendSchool,
                illness, specialAchievements, lossOfCitizenship);
    }

    /** § 10 Abs. 1 Satz 1 Nr. 3 StAG. */
    public Person livelihoodSecured(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, value, mainlyFromEmployment, expectedToBeSecured, fdgo,
                prognosis, identity, deception, expulsionInterest, convictions, minorChild, childrenAttendSchool,
                illness, specialAchievements, lossOfCitizenship);
    }

    /** The two alternatives of § 25b Abs. 1 Satz 2 Nr. 3 AufenthG. */
    public Person livelihood25b(Boolean mainlyFromEmployment, Boolean expectedToBeSecured) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, convictions, minorChild,
                childrenAttendSchool, illness, specialAchievements, lossOfCitizenship);
    }

    public Person fdgo(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                value, prognosis, identity, deception, expulsionInterest, convictions, minorChild,
                childrenAttendSchool, illness, specialAchievements, lossOfCitizenship);
    }

    public Person prognosis(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, value, identity, deception, expulsionInterest, convictions, minorChild, childrenAttendSchool,
                illness, specialAchievements, lossOfCitizenship);
    }

    public Person identity(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, value, deception, expulsionInterest, convictions, minorChild, childrenAttendSchool,
                illness, specialAchievements, lossOfCitizenship);
    }

    public Person deception(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, value, expulsionInterest, convictions, minorChild, childrenAttendSchool,
                illness, specialAchievements, lossOfCitizenship);
    }

    public Person expulsionInterest(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, value, convictions, minorChild, childrenAttendSchool, illness,
                specialAchievements, lossOfCitizenship);
    }

    /** No convictions (an empty list, not unknown). */
    public Person noConvictions() {
        return withConvictions(List.of());
    }

    public Person withConvictions(List<PreCheckRequest.Conviction> newConvictions) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, newConvictions, minorChild,
                childrenAttendSchool, illness, specialAchievements, lossOfCitizenship);
    }

    /** Adds a conviction. */
    public Person conviction(String date, Integer dailyRates, Boolean foreignerSpecific, Boolean juvenileOther) {
        return withConvictions(plus(convictions,
                new PreCheckRequest.Conviction(date(date), dailyRates, foreignerSpecific, juvenileOther)));
    }

    public Person minorChild(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, convictions, value, childrenAttendSchool,
                illness, specialAchievements, lossOfCitizenship);
    }

    public Person childrenAttendSchool(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, convictions, minorChild, value, illness,
                specialAchievements, lossOfCitizenship);
    }

    public Person illness(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, convictions, minorChild,
                childrenAttendSchool, value, specialAchievements, lossOfCitizenship);
    }

    public Person specialAchievements(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, convictions, minorChild,
                childrenAttendSchool, illness, value, lossOfCitizenship);
    }

    public Person lossOfCitizenship(Boolean value) {
        return new Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihoodSecured, mainlyFromEmployment, expectedToBeSecured,
                fdgo, prognosis, identity, deception, expulsionInterest, convictions, minorChild,
                childrenAttendSchool, illness, specialAchievements, value);
    }

    public PreCheckRequest.Person build() {
        PreCheckRequest.Livelihood livelihood = livelihoodSecured == null && mainlyFromEmployment == null
                && expectedToBeSecured == null ? null
                : new PreCheckRequest.Livelihood(livelihoodSecured, mainlyFromEmployment, expectedToBeSecured);
        return new PreCheckRequest.Person(birthDate, periods, school, qualification, germanLevel, civicKnowledge,
                naturalisationTest, integrationCourse, livelihood, fdgo, prognosis, identity, deception,
                expulsionInterest, convictions, minorChild, childrenAttendSchool, illness, specialAchievements,
                lossOfCitizenship);
    }

    public PreCheckRequest request(String asOf, LegalBasis... bases) {
        List<String> codes = new ArrayList<>();
        for (LegalBasis basis : bases) {
            codes.add(basis.name());
        }
        return new PreCheckRequest(date(asOf), codes, build());
    }
}
