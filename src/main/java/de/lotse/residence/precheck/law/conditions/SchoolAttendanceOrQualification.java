package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.facts.SchoolPeriod;
import de.lotse.residence.precheck.time.GermanFormat;
import de.lotse.residence.precheck.time.TextBuffer;
import de.lotse.residence.precheck.time.Run;
import de.lotse.residence.precheck.time.Span;
import de.lotse.residence.precheck.time.SpanCounting;
import de.lotse.residence.precheck.time.SpanKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * § 25a Abs. 1 Satz 1 Nr. 2 AufenthG: "im Bundesgebiet in der Regel seit N Jahren erfolgreich eine Schule besucht
 * oder einen anerkannten Schul- oder Berufsabschluss erworben hat".
 *
 * <p>Decisions: "seit N Jahren" means attendance continuing up to the evaluation date, uninterrupted like residence
 * (a gap of a day or more interrupts). Attendance marked unsuccessful ends the run; attendance whose success is
 * unknown may count, so a run that reaches N years only with it is UNDETERMINED. "In der Regel" leaves the
 * authority room for exceptions; the pre-check applies the rule.
 */
public final class SchoolAttendanceOrQualification extends BaseCondition {

    /** Only attendance known to be successful. */
    private static final SpanCounting<SchoolPeriod> PROVEN = period ->
            Boolean.TRUE.equals(period.successful()) ? SpanKind.CREDITED : SpanKind.BREAKS;

    /** Attendance not known to be unsuccessful. */
    private static final SpanCounting<SchoolPeriod> POSSIBLE = period ->
            Boolean.FALSE.equals(period.successful()) ? SpanKind.BREAKS : SpanKind.CREDITED;

    private final int years;
    private final String illnessWaiverCitation;
    /** The sentences on qualification and waiver, prebuilt per pair of outcomes (qualification × 3 + waiver). */
    private final String[] tails;

    /** @param illnessWaiverCitation citation of the illness waiver, null if the version has none */
    public SchoolAttendanceOrQualification(String id, String citation, int years, String illnessWaiverCitation) {
        super(id, citation);
        this.years = years;
        this.illnessWaiverCitation = illnessWaiverCitation;
        this.tails = new String[9];
        for (Outcome qualification : Outcome.values()) {
            for (Outcome waiver : Outcome.values()) {
                tails[qualification.ordinal() * 3 + waiver.ordinal()] = tail(qualification, waiver);
            }
        }
    }

    private String tail(Outcome qualification, Outcome waiver) {
        String text = " Anerkannter Schul- oder Berufsabschluss: " + switch (qualification) {
            case MET -> "ja.";
            case NOT_MET -> "nein.";
            case UNDETERMINED -> "nicht angegeben.";
        };
        if (illnessWaiverCitation == null) {
            return text;
        }
        return text + switch (waiver) {
            case MET -> " Nach " + illnessWaiverCitation
                    + " wird davon abgesehen, weil Krankheit oder Behinderung die Erfüllung verhindert.";
            case UNDETERMINED -> " Ob Krankheit oder Behinderung die Erfüllung verhindert (" + illnessWaiverCitation
                    + "), ist nicht angegeben.";
            case NOT_MET -> "";
        };
    }

    private Outcome attendance(PersonFacts facts, long day) {
        if (facts.school() == null) {
            return Outcome.UNDETERMINED;
        }
        if (complete(facts.school().runOn(day, PROVEN), day)) {
            return Outcome.MET;
        }
        return complete(facts.school().runOn(day, POSSIBLE), day) ? Outcome.UNDETERMINED : Outcome.NOT_MET;
    }

    private boolean complete(Run<SchoolPeriod> run, long day) {
        return run != null && run.completionDay(years) <= day;
    }

    private Outcome waiver(PersonFacts facts) {
        return illnessWaiverCitation == null ? Outcome.NOT_MET
                : Outcome.of(facts.illnessOrDisabilityPreventsRequirement());
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        return attendance(facts, day.toEpochDay())
                .or(Outcome.of(facts.recognisedQualification()))
                .or(waiver(facts));
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        long today = day.toEpochDay();
        Outcome attendance = attendance(facts, today);
        Outcome qualification = Outcome.of(facts.recognisedQualification());
        Outcome waiver = waiver(facts);
        List<String> missing = new ArrayList<>(0);
        TextBuffer buffer = TextBuffer.start();
        StringBuilder text = buffer.text().append(GermanFormat.years(years))
                .append(" erfolgreicher Schulbesuch im Bundesgebiet erforderlich");
        if (facts.school() == null) {
            text.append("; Schulbesuch nicht angegeben.");
            missing.add(FactPaths.SCHOOL_ATTENDANCE);
        } else {
            Run<SchoolPeriod> possible = facts.school().runOn(today, POSSIBLE);
            if (possible == null) {
                GermanFormat.appendDate(text.append("; am "), day).append(" kein (erfolgreicher) Schulbesuch.");
            } else {
                Run<SchoolPeriod> proven = facts.school().runOn(today, PROVEN);
                long provenDays = proven == null ? 0 : proven.creditedDaysBefore(today);
                text.append(", ");
                if (proven == null) {
                    text.append("0 Tage");
                } else {
                    GermanFormat.appendDuration(text, proven.startDay(), provenDays);
                }
                text.append(" nachgewiesen");
                if (proven != null) {
                    GermanFormat.appendDate(text.append(" (seit "), proven.startDay()).append(')');
                }
                text.append('.');
                if (attendance == Outcome.UNDETERMINED) {
                    GermanFormat.appendDuration(text.append(" Mit Schulzeiten ungeklärten Erfolgs wären es "),
                            possible.startDay(), possible.creditedDaysBefore(today));
                    GermanFormat.appendDate(text.append(" (seit "), possible.startDay()).append(").");
                    for (SchoolPeriod period : facts.school().spans()) {
                        if (period.successful() == null && period.fromDay() <= today
                                && period.fromDay() >= possible.startDay()) {
                            missing.add(period.successfulPath());
                        }
                    }
                }
                long completion = proven == null ? Span.ONGOING : proven.completionDay(years);
                if (completion > today && completion != Span.ONGOING && completion <= proven.endDay()) {
                    GermanFormat.appendDate(text.append(" Erfüllt am "), completion)
                            .append(", wenn der Schulbesuch so fortbesteht.");
                }
            }
        }
        text.append(tails[qualification.ordinal() * 3 + waiver.ordinal()]);
        if (qualification == Outcome.UNDETERMINED) {
            missing.add(FactPaths.QUALIFICATION);
        }
        if (illnessWaiverCitation != null && waiver == Outcome.UNDETERMINED) {
            missing.add(FactPaths.ILLNESS);
        }
        return result(attendance.or(qualification).or(waiver), buffer.finish(), missing);
    }

    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        if (facts.school() == null) {
            return null;
        }
        long today = day.toEpochDay();
        long next = facts.school().nextChangeAfter(today);
        Run<SchoolPeriod> proven = facts.school().runOn(today, PROVEN);
        if (proven != null) {
            long completion = proven.completionDay(years);
            if (completion > today) {
                next = Math.min(next, completion);
            }
        }
        return dayOrNull(next);
    }
}
