package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.PermitBasis;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.facts.ResidenceStatus;
import de.lotse.residence.precheck.facts.StatusPeriod;
import de.lotse.residence.precheck.time.GermanFormat;
import de.lotse.residence.precheck.time.TextBuffer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * § 10 Abs. 1 Satz 1 Nr. 2 StAG: on the evaluation date an unlimited right of residence, or a residence permit
 * (from 2024-06-27: a residence title) for a purpose other than those listed.
 *
 * <p>Decisions: Niederlassungserlaubnis and Erlaubnis zum Daueraufenthalt – EU are unlimited rights. A Blaue Karte
 * EU arrives as Aufenthaltserlaubnis with its paragraph, which is not listed, and passes. A visa is a residence title
 * but no Aufenthaltserlaubnis: it passes only in versions that say "Aufenthaltstitel" and then like a permit by its
 * paragraph. The Swiss free movement permit has no status code and is not modelled.
 */
public final class NaturalisationResidenceRight extends BaseCondition {

    private final List<ExcludedPurpose> excluded;
    private final boolean anyResidenceTitle;
    private final String required;

    /**
     * @param anyResidenceTitle true for versions saying "einen Aufenthaltstitel", false for "eine Aufenthaltserlaubnis"
     * @param excludedPurposes  the list of the version, e.g. "16a", "23 Abs. 1", "25 Abs. 3-5"
     */
    public NaturalisationResidenceRight(String id, String citation, boolean anyResidenceTitle,
                                        String... excludedPurposes) {
        super(id, citation);
        this.excluded = Arrays.stream(excludedPurposes).map(ExcludedPurpose::parse).toList();
        this.anyResidenceTitle = anyResidenceTitle;
        this.required = "Erforderlich: unbefristetes Aufenthaltsrecht oder "
                + (anyResidenceTitle ? "Aufenthaltstitel" : "Aufenthaltserlaubnis") + " für einen anderen Zweck als "
                + String.join(", ", excluded.stream().map(ExcludedPurpose::toString).toList()) + " AufenthG.";
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        if (facts.residence() == null) {
            return Outcome.UNDETERMINED;
        }
        StatusPeriod period = facts.statusOn(day);
        if (period == null) {
            return Outcome.NOT_MET;
        }
        return switch (period.status()) {
            case NIEDERLASSUNGSERLAUBNIS, ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU -> Outcome.MET;
            case AUFENTHALTSERLAUBNIS -> purposeOutcome(period.permitBasis());
            case VISUM -> anyResidenceTitle ? purposeOutcome(period.permitBasis()) : Outcome.NOT_MET;
            default -> Outcome.NOT_MET;
        };
    }

    private Outcome purposeOutcome(PermitBasis basis) {
        if (basis == null) {
            return Outcome.UNDETERMINED;
        }
        Outcome outcome = Outcome.MET;
        for (ExcludedPurpose purpose : excluded) {
            Boolean covered = purpose.covers(basis);
            if (covered == null) {
                outcome = Outcome.UNDETERMINED;
            } else if (covered) {
                return Outcome.NOT_MET;
            }
        }
        return outcome;
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
        Outcome outcome = outcomeOn(facts, day);
        GermanFormat.appendDate(text.append(" Status am "), day).append(": ");
        CurrentStatus.appendDescription(text, period);
        text.append('.');
        if (period.status() == ResidenceStatus.VISUM && !anyResidenceTitle) {
            text.append(" Ein Visum ist keine Aufenthaltserlaubnis.");
        }
        if (outcome == Outcome.UNDETERMINED) {
            text.append(period.permitBasis() == null ? " Die Rechtsgrundlage ist nicht angegeben."
                    : " Der Absatz der Rechtsgrundlage ist nicht angegeben.");
        }
        return result(outcome, buffer.finish(), List.of(period.legalBasisPath()));
    }

    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        return dayOrNull(facts.nextResidenceChangeAfter(day));
    }
}
