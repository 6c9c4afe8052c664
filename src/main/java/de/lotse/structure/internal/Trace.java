package de.lotse.structure.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * What became of a finding: the chain finding, topic, proposal, decision, measure, followed forward from the
 * finding. Everything on it is structural work, never a person's data, so whoever may see the finding may see it.
 */
@Component
class Trace {

    /** How a finding stands, as its reporter reads it. */
    record State(FindingStatus status, String topicTitle, String topicStatus) {
    }

    /** One link of the chain after the finding. */
    record Link(String kindKey, String title, String statusKey, String href) {
    }

    Map<UUID, State> statesOf(List<Finding> findings) {
        Map<UUID, State> states = new LinkedHashMap<>();
        findings.forEach(f -> states.put(f.id(), new State(f.status(), null, null)));
        return states;
    }

    List<Link> of(Finding finding) {
        return List.of();
    }
}
