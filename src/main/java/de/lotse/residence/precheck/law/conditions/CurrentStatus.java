package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.facts.StatusPeriod;
import de.lotse.residence.precheck.time.GermanFormat;
import de.lotse.residence.precheck.time.TextBuffer;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The residence status on the evaluation date, e.g. "Einem geduldeten Ausländer …". */
public final class CurrentStatus extends BaseCondition {

    private final String required;
    private final Function<StatusPeriod, Boolean> fits;

    /**
     * @param requirement German wording of what is required, e.g. "geduldet"
     * @param fits        whether the period's status fits: null if that depends on an unknown legal basis
     */
    public CurrentStatus(String id, String citation, String requirement, Function<StatusPeriod, Boolean> fits) {
        super(id, citation);
        this.required = "Erforderlich: " + requirement + ".";
        this.fits = fits;
    }

    /** Holds a Duldung (§ 60a), including the Duldung for persons with unclear identity (§ 60b Abs. 1 Satz 1). */
    public static CurrentStatus geduldet(String id, String citation) {
        return new CurrentStatus(id, citation, "geduldet", period -> period.status().isDuldung());
    }

    /** Holds a residence permit under § 104c AufenthG. */
    public static CurrentStatus holds104cPermit(String id, String citation) {
        return new CurrentStatus(id, citation, "Inhaber einer Aufenthaltserlaubnis nach § 104c AufenthG",
                StatusPeriod::isPermitUnder104c);
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        if (facts.residence() == null) {
            return Outcome.UNDETERMINED;
        }
        StatusPeriod period = facts.statusOn(day);
        return period == null ? Outcome.NOT_MET : Outcome.of(fits.apply(period));
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        if (facts.residence() == null) {
            return result(Outcome.UNDETERMINED, required + " Es sind keine Aufenthaltszeiten angegeben.",
                    List.of(FactPaths.RESIDENCE_PERIODS));
        }
        StatusPeriod period = facts.statusOn(day);
        TextBuffer buffer = TextBuffer.start();
        StringBuilder text = buffer.text().append(required);
        if (period == null) {
            GermanFormat.appendDate(text.append(" Für den "), day).append(" ist kein Aufenthaltsstatus angegeben.");
            return result(Outcome.NOT_MET, buffer.finish());
        }
        Outcome outcome = Outcome.of(fits.apply(period));
        GermanFormat.appendDate(text.append(" Status am "), day).append(": ");
        appendDescription(text, period);
        text.append('.');
        if (outcome == Outcome.UNDETERMINED) {
            text.append(" Die Rechtsgrundlage der Aufenthaltserlaubnis ist nicht angegeben.");
            return result(outcome, buffer.finish(), List.of(period.legalBasisPath()));
        }
        return result(outcome, buffer.finish());
    }

    static void appendDescription(StringBuilder text, StatusPeriod period) {
        text.append(period.status().germanName());
        if (period.permitBasis() != null) {
            text.append(" nach ").append(period.permitBasis().text()).append(" AufenthG");
        }
    }

    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        return dayOrNull(facts.nextResidenceChangeAfter(day));
    }
}
