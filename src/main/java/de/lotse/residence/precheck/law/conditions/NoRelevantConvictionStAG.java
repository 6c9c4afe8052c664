package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.ConvictionFact;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.PersonFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * § 10 Abs. 1 Satz 1 Nr. 5 StAG with § 12a Abs. 1 StAG: convictions to a punishment exclude naturalisation, except
 * Erziehungsmaßregeln or Zuchtmittel under the JGG (Satz 1 Nr. 1) and fines up to 90 Tagessätze (Satz 1 Nr. 2),
 * several fines summed (Satz 3).
 *
 * <p>Not modelled, for want of fields: suspended prison sentences up to three months (Satz 1 Nr. 3), the exception
 * for antisemitic, racist or otherwise inhuman motives (Satz 2), Maßregeln (Satz 5). A slight excess over 90 is
 * decided case by case (Satz 4); the pre-check reports NOT_MET and says so.
 */
public final class NoRelevantConvictionStAG extends BaseCondition {

    static final int LIMIT = 90;

    public NoRelevantConvictionStAG(String id, String citation) {
        super(id, citation);
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        List<ConvictionFact> convictions = facts.convictions();
        if (convictions == null) {
            return Outcome.UNDETERMINED;
        }
        int rates = 0;
        boolean unknownSanction = false;
        for (ConvictionFact conviction : convictions) {
            if (!conviction.existsOn(day) || Boolean.TRUE.equals(conviction.juvenileSanctionOtherThanYouthCustody())) {
                continue;
            }
            if (conviction.dailyRates() == null) {
                unknownSanction = true;
            } else {
                rates += conviction.dailyRates();
            }
        }
        if (rates > LIMIT) {
            return Outcome.NOT_MET;
        }
        return unknownSanction ? Outcome.UNDETERMINED : Outcome.MET;
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        List<ConvictionFact> convictions = facts.convictions();
        if (convictions == null) {
            return result(Outcome.UNDETERMINED, "Ob Verurteilungen vorliegen, ist nicht angegeben.",
                    List.of(FactPaths.CONVICTIONS));
        }
        int rates = 0;
        int juvenile = 0;
        int count = 0;
        List<String> missing = new ArrayList<>(2);
        for (ConvictionFact conviction : convictions) {
            if (!conviction.existsOn(day)) {
                continue;
            }
            count++;
            if (Boolean.TRUE.equals(conviction.juvenileSanctionOtherThanYouthCustody())) {
                juvenile++;
            } else if (conviction.dailyRates() == null) {
                missing.add(conviction.path("dailyRates"));
            } else {
                rates += conviction.dailyRates();
            }
        }
        if (count == 0) {
            return result(Outcome.MET, "Keine Verurteilungen angegeben.");
        }
        StringBuilder text = new StringBuilder(240).append("Geldstrafen insgesamt ").append(rates)
                .append(" Tagessätze; bis zu ").append(LIMIT)
                .append(" Tagessätze bleiben außer Betracht (§ 12a Abs. 1 Satz 1 Nr. 2, Satz 3 StAG).");
        if (juvenile > 0) {
            text.append(' ').append(juvenile).append(" Erziehungsmaßregel(n) oder Zuchtmittel nach dem JGG bleiben"
                    + " außer Betracht (§ 12a Abs. 1 Satz 1 Nr. 1 StAG).");
        }
        if (!missing.isEmpty()) {
            text.append(" Mindestens eine Verurteilung ohne Angabe von Tagessätzen (Art der Strafe ungeklärt).");
        }
        Outcome outcome = outcomeOn(facts, day);
        if (outcome == Outcome.NOT_MET) {
            text.append(" Die Grenze ist überschritten; bei geringfügiger Überschreitung wird im Einzelfall"
                    + " entschieden (§ 12a Abs. 1 Satz 4 StAG).");
        }
        return result(outcome, text.toString(), missing);
    }

    /** Convictions are never removed (register deletion is not modelled): a failed check stays failed. */
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
