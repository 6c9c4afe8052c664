package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.facts.FactPaths;
import de.lotse.residence.precheck.facts.PersonFacts;
import de.lotse.residence.precheck.facts.StatusPeriod;
import de.lotse.residence.precheck.time.GermanFormat;
import de.lotse.residence.precheck.time.Run;
import de.lotse.residence.precheck.time.Span;
import de.lotse.residence.precheck.time.SpanKind;
import de.lotse.residence.precheck.time.TextBuffer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Uninterrupted residence of a number of years, counted from the dated status periods.
 *
 * <p>The run must reach the reference day (the evaluation date, or a fixed day such as 31 October 2022 for § 104c);
 * a gap of a day or more interrupts it. Where the statute has shorter periods under further facts (§ 25b Abs. 1
 * Satz 2 Nr. 1, § 10 Abs. 3 StAG), each is a {@link DurationOption}: the condition is MET if the time for an option
 * is complete and its facts are given, UNDETERMINED if the time is complete and its facts are unknown.
 */
public final class ResidenceDuration extends BaseCondition {

    private static final Outcome[] OUTCOMES = Outcome.values();

    private final ResidenceCounting counting;
    private final ResidenceCounting countingFor104cHolders;
    private final String rule104cCitation;
    private final List<DurationOption> options;
    private final LocalDate fixedReferenceDay;
    /** The requirement sentence per counting and per combination of the shorter options' fact outcomes. */
    private final String[] requirements;
    private final String[] requirementsFor104cHolders;
    /** " Frist (6 Jahre) erreicht am " per option, prebuilt. */
    private final String[] reachedOn;

    private ResidenceDuration(String id, String citation, ResidenceCounting counting,
                              ResidenceCounting countingFor104cHolders, String rule104cCitation,
                              List<DurationOption> options, LocalDate fixedReferenceDay) {
        super(id, citation);
        this.counting = counting;
        this.countingFor104cHolders = countingFor104cHolders;
        this.rule104cCitation = rule104cCitation;
        this.options = List.copyOf(options);
        this.fixedReferenceDay = fixedReferenceDay;
        this.requirements = requirementTexts(counting);
        this.requirementsFor104cHolders = countingFor104cHolders == null ? null
                : requirementTexts(countingFor104cHolders);
        this.reachedOn = this.options.stream().map(o -> " Frist (" + o.wording() + ") erreicht am ")
                .toArray(String[]::new);
    }

    /** @param options the regular period first, then shorter ones */
    public static ResidenceDuration of(String id, String citation, ResidenceCounting counting,
                                       DurationOption... options) {
        return new ResidenceDuration(id, citation, counting, null, null, List.of(options), null);
    }

    /** The same requirement with another counting for holders of a § 104c permit (§ 25a Abs. 5, § 25b Abs. 7). */
    public ResidenceDuration countingFor104cPermitHolders(ResidenceCounting special, String ruleCitation) {
        return new ResidenceDuration(id(), citation(), counting, special, ruleCitation, options, fixedReferenceDay);
    }

    /** The same requirement measured on a fixed day instead of the evaluation date (§ 104c: 31 October 2022). */
    public ResidenceDuration measuredOn(LocalDate referenceDay) {
        return new ResidenceDuration(id(), citation(), counting, countingFor104cHolders, rule104cCitation, options,
                referenceDay);
    }

    private LocalDate referenceDay(LocalDate day) {
        return fixedReferenceDay == null ? day : fixedReferenceDay;
    }

    /** Whether the special counting applies: null if the legal basis of the current permit is unknown. */
    private Boolean specialCountingApplies(PersonFacts facts, LocalDate day) {
        return countingFor104cHolders == null ? Boolean.FALSE : facts.holds104cPermitOn(day);
    }

    /** The fact outcome of every option, packed two bits per option: computed once per evaluation. */
    private int optionFacts(PersonFacts facts) {
        int code = 0;
        for (int i = 0; i < options.size(); i++) {
            code |= options.get(i).factsOutcome(facts).ordinal() << (2 * i);
        }
        return code;
    }

    private static Outcome optionFacts(int code, int option) {
        return OUTCOMES[(code >> (2 * option)) & 3];
    }

    @Override
    public Outcome outcomeOn(PersonFacts facts, LocalDate day) {
        if (facts.residence() == null) {
            return Outcome.UNDETERMINED;
        }
        long reference = referenceDay(day).toEpochDay();
        Boolean special = specialCountingApplies(facts, day);
        if (special != null) {
            return outcomeWith(special ? countingFor104cHolders : counting, facts, reference);
        }
        Outcome regular = outcomeWith(counting, facts, reference);
        Outcome withRule = outcomeWith(countingFor104cHolders, facts, reference);
        return regular == withRule ? regular : Outcome.UNDETERMINED;
    }

    private Outcome outcomeWith(ResidenceCounting rule, PersonFacts facts, long reference) {
        return outcomeWith(facts.residence().runOn(reference, rule), optionFacts(facts), reference);
    }

    private Outcome outcomeWith(Run<StatusPeriod> run, int optionFacts, long reference) {
        if (run == null) {
            return Outcome.NOT_MET;
        }
        Outcome outcome = Outcome.NOT_MET;
        for (int i = 0; i < options.size(); i++) {
            Outcome factsOutcome = optionFacts(optionFacts, i);
            if (factsOutcome != Outcome.NOT_MET && run.completionDay(options.get(i).years()) <= reference) {
                outcome = outcome.or(factsOutcome);
            }
        }
        return outcome;
    }

    @Override
    public ConditionResult explainOn(PersonFacts facts, LocalDate day) {
        TextBuffer buffer = TextBuffer.start();
        StringBuilder text = buffer.text();
        if (facts.residence() == null) {
            appendRequirement(text, optionFacts(facts), counting, null);
            text.append("; es sind keine Aufenthaltszeiten angegeben.");
            return result(Outcome.UNDETERMINED, buffer.finish(), List.of(FactPaths.RESIDENCE_PERIODS));
        }
        LocalDate referenceDay = referenceDay(day);
        long reference = referenceDay.toEpochDay();
        Boolean special = specialCountingApplies(facts, day);
        ResidenceCounting rule = Boolean.TRUE.equals(special) ? countingFor104cHolders : counting;
        Run<StatusPeriod> run = facts.residence().runOn(reference, rule);
        int optionFacts = optionFacts(facts);
        appendRequirement(text, optionFacts, rule, referenceDay);
        if (run == null) {
            StatusPeriod period = facts.statusOn(referenceDay);
            GermanFormat.appendDate(text.append("; am "), referenceDay).append(" liegt kein solcher Aufenthalt vor");
            if (period == null) {
                text.append(" (kein Status angegeben).");
            } else {
                text.append(" (Status: ");
                CurrentStatus.appendDescription(text, period);
                text.append(").");
            }
        } else {
            describeRun(text, run, reference, optionFacts);
        }
        if (Boolean.TRUE.equals(special)) {
            text.append(" Als Inhaber einer Aufenthaltserlaubnis nach § 104c AufenthG werden Zeiten einer Duldung"
                    + " nach § 60b angerechnet (").append(rule104cCitation).append(").");
        }
        Outcome outcome = special != null ? outcomeWith(run, optionFacts, reference) : outcomeOn(facts, day);
        if (outcome != Outcome.UNDETERMINED) {
            return result(outcome, buffer.finish());
        }
        List<String> missing = new ArrayList<>(2);
        if (special == null && outcomeWith(counting, facts, reference)
                != outcomeWith(countingFor104cHolders, facts, reference)) {
            text.append(" Ob eine Aufenthaltserlaubnis nach § 104c AufenthG vorliegt (dann Anrechnung der"
                    + " Duldungszeiten nach § 60b, ").append(rule104cCitation).append("), ist nicht angegeben.");
            missing.add(facts.statusOn(day).legalBasisPath());
        }
        if (run != null) {
            for (int i = 0; i < options.size(); i++) {
                DurationOption option = options.get(i);
                if (run.completionDay(option.years()) <= reference
                        && optionFacts(optionFacts, i) == Outcome.UNDETERMINED) {
                    for (FactRequirement requirement : option.requirements()) {
                        if (requirement.outcome(facts) == Outcome.UNDETERMINED) {
                            Composite.addAll(missing, List.of(requirement.path()));
                        }
                    }
                }
            }
        }
        return result(outcome, buffer.finish(), missing);
    }

    /** "6 Jahre (4 Jahre bei …: nicht angegeben) ununterbrochen geduldet, … erforderlich". */
    private void appendRequirement(StringBuilder text, int optionFacts, ResidenceCounting rule,
                                   LocalDate fixedDay) {
        if (fixedReferenceDay != null && fixedDay != null) {
            GermanFormat.appendDate(text.append("Am "), fixedDay).append(' ');
        }
        int combination = 0;
        for (int i = options.size() - 1; i >= 1; i--) {
            combination = combination * 3 + optionFacts(optionFacts, i).ordinal();
        }
        text.append((rule == counting ? requirements : requirementsFor104cHolders)[combination]);
    }

    /** Built once: the sentences differ only by the counting and by which shorter options' facts are given. */
    private String[] requirementTexts(ResidenceCounting rule) {
        int combinations = (int) Math.pow(3, options.size() - 1);
        String[] texts = new String[combinations];
        Outcome[] outcomes = Outcome.values();
        for (int combination = 0; combination < combinations; combination++) {
            StringBuilder text = new StringBuilder(160).append(options.getFirst().wording());
            int code = combination;
            for (int i = 1; i < options.size(); i++) {
                DurationOption option = options.get(i);
                text.append(i == 1 ? " (" : "; ").append(option.wording()).append(' ')
                        .append(option.label()).append(": ").append(factsState(outcomes[code % 3]));
                code /= 3;
                if (i == options.size() - 1) {
                    text.append(')');
                }
            }
            texts[combination] = text.append(" ununterbrochen ").append(rule.description()).append(" erforderlich")
                    .toString();
        }
        return texts;
    }

    private static String factsState(Outcome outcome) {
        return switch (outcome) {
            case MET -> "gegeben";
            case NOT_MET -> "nicht gegeben";
            case UNDETERMINED -> "nicht angegeben";
        };
    }

    private void describeRun(StringBuilder text, Run<StatusPeriod> run, long reference, int optionFacts) {
        long firstCredited = run.firstCreditedDay();
        text.append(", ");
        if (firstCredited > reference) {
            text.append("0 Tage");
        } else {
            GermanFormat.appendDuration(text, firstCredited, run.creditedDaysBefore(reference));
        }
        GermanFormat.appendDate(text.append(" nachgewiesen (ununterbrochen seit "), run.startDay());
        long neutral = run.neutralDaysBefore(reference);
        if (neutral > 0) {
            GermanFormat.appendDuration(text.append("; nicht angerechnet: "), run.firstDayOf(SpanKind.NEUTRAL),
                    neutral).append(" Duldung nach § 60b AufenthG, § 60b Abs. 5 Satz 1 AufenthG");
        }
        text.append(").");
        for (int i = 0; i < options.size(); i++) {
            DurationOption option = options.get(i);
            if (optionFacts(optionFacts, i) == Outcome.NOT_MET) {
                continue;
            }
            long completion = run.completionDay(option.years());
            if (completion <= reference) {
                GermanFormat.appendDate(text.append(reachedOn[i]), completion).append('.');
            } else if (completion != Span.ONGOING && completion <= run.endDay()) {
                GermanFormat.appendDate(text.append(reachedOn[i]), completion)
                        .append(", wenn der Aufenthalt so fortbesteht.");
            } else if (run.endDay() != Span.ONGOING) {
                text.append(" Frist (").append(option.wording()).append(')');
                GermanFormat.appendDate(text.append(" nicht erreichbar: der Aufenthalt endet nach den Angaben am "),
                        run.endDay()).append('.');
            } else {
                text.append(" Frist (").append(option.wording())
                        .append(") nicht erreichbar, solange keine anrechenbaren Zeiten hinzukommen.");
            }
        }
    }

    @Override
    public LocalDate nextChanceOfMet(PersonFacts facts, LocalDate day) {
        if (facts.residence() == null || fixedReferenceDay != null) {
            // Measured on a fixed day, the outcome does not depend on the evaluation date.
            return null;
        }
        long today = day.toEpochDay();
        long next = facts.nextResidenceChangeAfter(day);
        Boolean special = specialCountingApplies(facts, day);
        if (special == null || !special) {
            next = Math.min(next, nextCompletion(facts, counting, today));
        }
        if (special == null || special) {
            next = Math.min(next, nextCompletion(facts, countingFor104cHolders, today));
        }
        return dayOrNull(next);
    }

    /** The next day after {@code today} on which the time for an option whose facts are all given is complete. */
    private long nextCompletion(PersonFacts facts, ResidenceCounting rule, long today) {
        Run<StatusPeriod> run = facts.residence().runOn(today, rule);
        long next = Span.ONGOING;
        if (run == null) {
            return next;
        }
        int optionFacts = optionFacts(facts);
        for (int i = 0; i < options.size(); i++) {
            DurationOption option = options.get(i);
            if (optionFacts(optionFacts, i) == Outcome.MET) {
                long completion = run.completionDay(option.years());
                if (completion > today && completion < next) {
                    next = completion;
                }
            }
        }
        return next;
    }
}
