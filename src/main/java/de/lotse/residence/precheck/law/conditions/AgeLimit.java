package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.time.CalendarRules;
import de.lotse.residence.precheck.time.GermanFormat;
import de.lotse.residence.precheck.time.TextBuffer;

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
    private final String requirement;
    private final String willComplete;
    private final String completed;

    public AgeLimit(String id, String citation, int years) {
        super(id, citation);
        this.years = years;
        this.requirement = "Antrag vor Vollendung des " + years + ". Lebensjahres erforderlich";
        this.willComplete = ", das " + years + ". Lebensjahr wird mit Ablauf des ";
        this.completed = requirement + "; das " + years + ". Lebensjahr wurde mit Ablauf des ";
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
        if (birth == null) {
            return result(Outcome.UNDETERMINED, requirement + "; das Geburtsdatum ist nicht angegeben.",
                    List.of(FactPaths.BIRTH_DATE));
        }
        LocalDate lastDay = CalendarRules.anniversary(birth, years).minusDays(1);
        int age = birth.isAfter(day) ? 0 : Period.between(birth, day).getYears();
        TextBuffer buffer = TextBuffer.start();
        StringBuilder text = buffer.text();
        if (day.isAfter(lastDay)) {
            GermanFormat.appendDate(text.append(completed), lastDay).append(" vollendet (Alter am Stichtag: ")
                    .append(age).append(").");
            return result(Outcome.NOT_MET, buffer.finish());
        }
        text.append(requirement).append("; Alter am Stichtag: ").append(age).append(willComplete);
        GermanFormat.appendDate(text, lastDay).append(" vollendet (letzter möglicher Antragstag).");
        return result(Outcome.MET, buffer.finish());
    }

    /** Age only grows: once too old, always too old. */
    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        return null;
    }

    /** Age and convictions only grow: a failed check stays failed. */
    @Override
    public boolean mayBecomeMetLater() {
        return false;
    }
}
