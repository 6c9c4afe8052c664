package de.lotse.structure.internal;

import java.util.ArrayList;
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

    /** One link of the chain after the finding; {@code href} only for those who may open the page. */
    record Link(String kindKey, String title, String statusKey, String text, String href) {
    }

    private final Topics topics;
    private final Groups groups;

    Trace(Topics topics, Groups groups) {
        this.topics = topics;
        this.groups = groups;
    }

    Map<UUID, State> statesOf(List<Finding> findings) {
        Map<UUID, State> states = new LinkedHashMap<>();
        Map<UUID, Topic> seen = new LinkedHashMap<>();
        for (Finding f : findings) {
            Topic topic = f.topicId() == null ? null : seen.computeIfAbsent(f.topicId(), id -> topics.get(id).orElse(null));
            states.put(f.id(), new State(f.status(), topic == null ? null : topic.title(),
                    topic == null ? null : topic.status().name()));
        }
        return states;
    }

    /** The chain after a finding; {@code mayOpenTopics} for coordination and the Lenkungsgruppe. */
    List<Link> of(Finding finding, boolean mayOpenTopics) {
        List<Link> chain = new ArrayList<>();
        if (finding.topicId() == null) {
            return chain;
        }
        topics.get(finding.topicId()).ifPresent(topic -> chain.add(new Link("trace.topic", topic.title(),
                "topic.status." + topic.status(), topic.description(), mayOpenTopics ? "/topics/" + topic.id() : null)));
        for (Groups.Proposal proposal : groups.proposalsOfTopic(finding.topicId())) {
            chain.add(new Link("trace.proposal", proposal.wording(), "proposal.status." + proposal.status(),
                    proposal.expectedEffect(), null));
        }
        return chain;
    }
}
