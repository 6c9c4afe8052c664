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
 * § 104c Abs. 1 Satz 1 Nr. 2 AufenthG: "nicht wegen einer im Bundesgebiet begangenen vorsätzlichen Straftat
 * verurteilt …, wobei Geldstrafen von insgesamt bis zu 50 Tagessätzen oder bis zu 90 Tagessätzen wegen Straftaten,
 * die nach dem Aufenthaltsgesetz oder dem Asylgesetz nur von Ausländern begangen werden können, oder Verurteilungen
 * nach dem Jugendstrafrecht, die nicht auf Jugendstrafe lauten, grundsätzlich außer Betracht bleiben."
 *
 * <p>Decision on mixed fines (the wording does not say how the two limits combine): fines for other offences are
 * summed and may reach 50 Tagessätze; together with fines for foreigner-specific offences the sum may reach 90.
 * So 50 + 40 stays out of account, 51 + 0 or 40 + 51 does not. Every conviction is taken to be for an intentional
 * offence committed in Germany (the request does not say otherwise). A conviction without a fine (dailyRates null)
 * that is not a juvenile sanction other than Jugendstrafe may be a prison sentence or an unknown fine: UNDETERMINED.
 */
public final class NoRelevantConvictionAufenthG extends BaseCondition {

    static final int GENERAL_LIMIT = 50;
    static final int TOTAL_LIMIT_WITH_FOREIGNER_SPECIFIC = 90;

    public NoRelevantConvictionAufenthG(String id, String citation) {
        super(id, citation);
    }

    /** Sums of the convictions that exist on a day. */
    private record Tally(int general, int foreignerSpecific, int unknownKind, int juvenile, int count,
                         List<String> missing, boolean unknownSanction) {

        boolean ignorable(int general, int foreignerSpecific) {
            return general <= GENERAL_LIMIT && general + foreignerSpecific <= TOTAL_LIMIT_WITH_FOREIGNER_SPECIFIC;
        }

        Outcome outcome() {
            if (!unknownSanction && ignorable(general + unknownKind, foreignerSpecific)) {
                return Outcome.MET;
            }
            return ignorable(general, foreignerSpecific + unknownKind) ? Outcome.UNDETERMINED : Outcome.NOT_MET;
        }
    }

    private static Tally tally(List<ConvictionFact> convictions, LocalDate day, boolean collectMissing) {
        int general = 0;
        int foreignerSpecific = 0;
        int unknownKind = 0;
        int juvenile = 0;
        int count = 0;
        boolean unknownSanction = false;
        List<String> missing = collectMissing ? new ArrayList<>(2) : List.of();
        for (ConvictionFact conviction : convictions) {
            if (!conviction.existsOn(day)) {
                continue;
            }
            count++;
            if (Boolean.TRUE.equals(conviction.juvenileSanctionOtherThanYouthCustody())) {
                juvenile++;
            } else if (conviction.dailyRates() != null) {
                int rates = conviction.dailyRates();
                if (conviction.foreignerSpecificOffence() == null) {
                    unknownKind += rates;
                    if (collectMissing) {
                        missing.add(conviction.path("foreignerSpecificOffence"));
                    }
                } else if (conviction.foreignerSpecificOffence()) {
                    foreignerSpecific += rates;
                } else {
                    general += rates;
                }
            } else {
                unknownSanction = true;
                if (collectMissing) {
                    missing.add(conviction.path("dailyRates"));
                    if (conviction.juvenileSanctionOtherThanYouthCustody() == null) {
                        missing.add(conviction.path("juvenileSanctionOtherThanYouthCustody"));
                    }
                }
            }
        }
        return new Tally(general, foreignerSpecific, unknownKind, juvenile, count, missing, unknownSanction);
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        if (facts.convictions() == null) {
            return Outcome.UNDETERMINED;
        }
        return tally(facts.convictions(), day, false).outcome();
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        if (facts.convictions() == null) {
            return result(Outcome.UNDETERMINED, "Ob Verurteilungen vorliegen, ist nicht angegeben.",
                    List.of(FactPaths.CONVICTIONS));
        }
        Tally tally = tally(facts.convictions(), day, true);
        if (tally.count() == 0) {
            return result(Outcome.MET, "Keine Verurteilungen angegeben.");
        }
        StringBuilder text = new StringBuilder(300).append("Geldstrafen: ").append(tally.general())
                .append(" Tagessätze wegen sonstiger Straftaten, ").append(tally.foreignerSpecific())
                .append(" Tagessätze wegen Straftaten, die nur Ausländer begehen können");
        if (tally.unknownKind() > 0) {
            text.append(", ").append(tally.unknownKind()).append(" Tagessätze ungeklärter Art");
        }
        text.append(". Außer Betracht bleiben bis zu ").append(GENERAL_LIMIT)
                .append(" Tagessätze insgesamt, bis zu ").append(TOTAL_LIMIT_WITH_FOREIGNER_SPECIFIC)
                .append(" Tagessätze, soweit der Rest auf Straftaten entfällt, die nur Ausländer begehen können.");
        if (tally.juvenile() > 0) {
            text.append(' ').append(tally.juvenile())
                    .append(" Verurteilung(en) nach Jugendstrafrecht ohne Jugendstrafe bleiben außer Betracht.");
        }
        if (tally.unknownSanction()) {
            text.append(" Mindestens eine Verurteilung ohne Angabe von Tagessätzen (Art der Strafe ungeklärt).");
        }
        Outcome outcome = tally.outcome();
        text.append(outcome == Outcome.NOT_MET ? " Die Grenzen sind überschritten." : "");
        return result(outcome, text.toString(), tally.missing());
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
