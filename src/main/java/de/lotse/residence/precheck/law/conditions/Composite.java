package de.lotse.residence.precheck.law.conditions;

import de.lotse.residence.precheck.ConditionResult;
import de.lotse.residence.precheck.Outcome;
import de.lotse.residence.precheck.time.TextBuffer;

import java.util.ArrayList;
import java.util.List;

/** Helpers for conditions made of parts. */
final class Composite {

    private Composite() {
    }

    static String joinExplanations(List<ConditionResult> parts) {
        TextBuffer buffer = TextBuffer.start();
        StringBuilder text = buffer.text();
        for (ConditionResult part : parts) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(part.explanation());
        }
        return buffer.finish();
    }

    /** The missing facts of the parts that are UNDETERMINED, without duplicates. */
    static List<String> missingOfUndetermined(List<ConditionResult> parts) {
        List<String> missing = new ArrayList<>(4);
        for (ConditionResult part : parts) {
            if (part.outcome() == Outcome.UNDETERMINED) {
                addAll(missing, part.missingFacts());
            }
        }
        return missing;
    }

    static void addAll(List<String> target, List<String> facts) {
        for (String fact : facts) {
            if (!target.contains(fact)) {
                target.add(fact);
            }
        }
    }
}
