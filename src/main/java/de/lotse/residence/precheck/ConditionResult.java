package de.lotse.residence.precheck;

import java.util.List;

/**
 * One statutory condition as evaluated on the evaluation date.
 *
 * @param id           stable identifier of the provision, e.g. {@code 25b-1-2-1}; the same id is used for the
 *                     same provision across statute versions so results can be compared
 * @param citation     exact citation, e.g. "§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG"
 * @param outcome      MET, NOT_MET or UNDETERMINED
 * @param explanation  short German explanation with the figures used
 * @param missingFacts JSON paths of the request fields whose proof would decide an UNDETERMINED condition
 *                     (alternatives: proving any one of them may suffice); empty otherwise
 */
public record ConditionResult(String id, String citation, Outcome outcome, String explanation,
                              List<String> missingFacts) {

    public ConditionResult {
        missingFacts = List.copyOf(missingFacts);
    }
}
