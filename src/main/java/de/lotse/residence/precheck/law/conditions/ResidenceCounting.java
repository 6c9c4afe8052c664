package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.facts.ResidenceStatus;
import de.lotse.residence.precheck.facts.StatusPeriod;
import de.lotse.residence.precheck.time.SpanCounting;
import de.lotse.residence.precheck.time.SpanKind;

import java.util.EnumSet;
import java.util.Set;

import static de.lotse.residence.precheck.facts.ResidenceStatus.AUFENTHALTSERLAUBNIS;
import static de.lotse.residence.precheck.facts.ResidenceStatus.AUFENTHALTSGESTATTUNG;
import static de.lotse.residence.precheck.facts.ResidenceStatus.DULDUNG;
import static de.lotse.residence.precheck.facts.ResidenceStatus.DULDUNG_UNGEKLAERTE_IDENTITAET;
import static de.lotse.residence.precheck.facts.ResidenceStatus.ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU;
import static de.lotse.residence.precheck.facts.ResidenceStatus.NIEDERLASSUNGSERLAUBNIS;
import static de.lotse.residence.precheck.facts.ResidenceStatus.VISUM;

/**
 * Which residence statuses a statute counts towards a period of uninterrupted residence: credited statuses continue
 * the run and count, neutral ones continue it without counting (§ 60b Abs. 5 Satz 1 AufenthG), all others end it.
 */
public final class ResidenceCounting implements SpanCounting<StatusPeriod> {

    /**
     * § 25a Abs. 1 Satz 1 Nr. 1: "erlaubt, geduldet oder mit einer Aufenthaltsgestattung". "Erlaubt" is any lawful
     * residence, so settlement permits and visas count as well. § 60b periods continue the run but are not
     * credited (§ 60b Abs. 5 Satz 1).
     */
    public static final ResidenceCounting LAWFUL_TOLERATED_OR_PERMITTED = new ResidenceCounting(
            "erlaubt, geduldet oder mit Aufenthaltsgestattung",
            EnumSet.of(AUFENTHALTSERLAUBNIS, NIEDERLASSUNGSERLAUBNIS, ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU, VISUM,
                    DULDUNG, AUFENTHALTSGESTATTUNG),
            EnumSet.of(DULDUNG_UNGEKLAERTE_IDENTITAET));

    /** § 25a Abs. 5: for holders of a § 104c permit the § 60b periods are credited as well. */
    public static final ResidenceCounting LAWFUL_TOLERATED_OR_PERMITTED_WITH_60B = with60b(
            LAWFUL_TOLERATED_OR_PERMITTED);

    /**
     * § 25b Abs. 1 Satz 2 Nr. 1 and § 104c Abs. 1 Satz 1: "geduldet, gestattet oder mit einer Aufenthaltserlaubnis".
     * Decision: a Niederlassungserlaubnis or Erlaubnis zum Daueraufenthalt – EU counts a fortiori (a stronger title
     * than an Aufenthaltserlaubnis); a visa does not, as the wording names only the Aufenthaltserlaubnis.
     */
    public static final ResidenceCounting TOLERATED_PERMITTED_OR_RESIDENCE_PERMIT = new ResidenceCounting(
            "geduldet, gestattet oder mit Aufenthaltserlaubnis",
            EnumSet.of(AUFENTHALTSERLAUBNIS, NIEDERLASSUNGSERLAUBNIS, ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU, DULDUNG,
                    AUFENTHALTSGESTATTUNG),
            EnumSet.of(DULDUNG_UNGEKLAERTE_IDENTITAET));

    /** § 25b Abs. 7 and § 104c Abs. 1 Satz 3: § 60b periods credited. */
    public static final ResidenceCounting TOLERATED_PERMITTED_OR_RESIDENCE_PERMIT_WITH_60B = with60b(
            TOLERATED_PERMITTED_OR_RESIDENCE_PERMIT);

    /**
     * § 10 Abs. 1 Satz 1 StAG: "rechtmäßig seinen gewöhnlichen Aufenthalt". Only periods with a residence title count
     * (Aufenthaltserlaubnis of any purpose, Niederlassungserlaubnis, Erlaubnis zum Daueraufenthalt – EU, Visum);
     * Duldung and Aufenthaltsgestattung are not lawful residence with a title.
     */
    public static final ResidenceCounting LAWFUL_WITH_TITLE = new ResidenceCounting(
            "rechtmäßiger gewöhnlicher Aufenthalt mit Aufenthaltstitel",
            EnumSet.of(AUFENTHALTSERLAUBNIS, NIEDERLASSUNGSERLAUBNIS, ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU, VISUM),
            EnumSet.noneOf(ResidenceStatus.class));

    /**
     * § 25a Abs. 1 Satz 1 (from 2022-12-31): "seit mindestens zwölf Monaten im Besitz einer Duldung". A § 60b
     * Duldung is a Duldung but its time is not credited as Vorduldungszeit (§ 60b Abs. 5 Satz 1).
     */
    public static final ResidenceCounting DULDUNG_HELD = new ResidenceCounting(
            "im Besitz einer Duldung", EnumSet.of(DULDUNG), EnumSet.of(DULDUNG_UNGEKLAERTE_IDENTITAET));

    private final String description;
    private final EnumSet<ResidenceStatus> credited;
    private final EnumSet<ResidenceStatus> neutral;
    /** Kind per status ordinal: classifying a period is one array read, as it runs for every span of every run. */
    private final SpanKind[] kindByStatus;

    /**
     * @param description German wording for explanations, e.g. "geduldet, gestattet oder mit Aufenthaltserlaubnis"
     */
    public ResidenceCounting(String description, Set<ResidenceStatus> credited, Set<ResidenceStatus> neutral) {
        this.description = description;
        this.credited = EnumSet.noneOf(ResidenceStatus.class);
        this.credited.addAll(credited);
        this.neutral = EnumSet.noneOf(ResidenceStatus.class);
        this.neutral.addAll(neutral);
        this.kindByStatus = new SpanKind[ResidenceStatus.values().length];
        for (ResidenceStatus status : ResidenceStatus.values()) {
            kindByStatus[status.ordinal()] = this.credited.contains(status) ? SpanKind.CREDITED
                    : this.neutral.contains(status) ? SpanKind.NEUTRAL : SpanKind.BREAKS;
        }
    }

    public String description() {
        return description;
    }

    public boolean credits(ResidenceStatus status) {
        return credited.contains(status);
    }

    public boolean isNeutral(ResidenceStatus status) {
        return neutral.contains(status);
    }

    private static ResidenceCounting with60b(ResidenceCounting counting) {
        EnumSet<ResidenceStatus> credited = EnumSet.copyOf(counting.credited);
        credited.add(DULDUNG_UNGEKLAERTE_IDENTITAET);
        return new ResidenceCounting(counting.description()
                + " (einschließlich Duldung nach § 60b AufenthG)", credited, EnumSet.noneOf(ResidenceStatus.class));
    }

    @Override
    public SpanKind kindOf(StatusPeriod period) {
        return kindByStatus[period.status().ordinal()];
    }
}
