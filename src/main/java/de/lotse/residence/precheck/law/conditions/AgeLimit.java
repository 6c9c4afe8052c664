package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.time.CalendarRules;
import de.lotse.residence.precheck.time.GermanFormat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * "Der Antrag … wird vor Vollendung des N. Lebensjahres gestellt."
 *
 * <p>Decision: the pre-check takes the evaluation date as the day of application, because the request carries no
 * application date. The N-th year of life is completed at the end of the day before the N-th birthday, so the
 * condition holds up to and including that day.
 */
public final class AgeLimit extends BaseCondition {

    private final int years;

    public AgeLimit(String id, String citation, int years) {
        super(id, citation);
        this.years = years;
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        LocalDate birth = facts.birthDate();
        if (birth == null) {
            return Outcome.UNDETERMINED;
        }
        return day.isBefore(CalendarRules.anniversary(birth, years)) ? Outcome.MET : Outcome.NOT_MET;
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        LocalDate birth = facts.birthDate();
        String requirement = "Antrag vor Vollendung des " + years + ". Lebensjahres erforderlich";
        if (birth == null) {
            return result(Outcome.UNDETERMINED, requirement + "; das Geburtsdatum ist nicht angegeben.",
                    List.of(FactPaths.BIRTH_DATE));
        }
        LocalDate completed = CalendarRules.anniversary(birth, years).minusDays(1);
        int age = birth.isAfter(day) ? 0 : Period.between(birth, day).getYears();
        StringBuilder text = new StringBuilder(160).append(requirement);
        if (day.isAfter(completed)) {
            text.append("; das ").append(years).append(". Lebensjahr wurde mit Ablauf des ");
            GermanFormat.appendDate(text, completed).append(" vollendet (Alter am Stichtag: ").append(age)
                    .append(").");
            return result(Outcome.NOT_MET, text.toString());
        }
        text.append("; Alter am Stichtag: ").append(age).append(", das ").append(years)
                .append(". Lebensjahr wird mit Ablauf des ");
        GermanFormat.appendDate(text, completed).append(" vollendet (letzter möglicher Antragstag).");
        return result(Outcome.MET, text.toString());
    }

    /** Age only grows: once too old, always too old. */
    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        return null;
    }
}
