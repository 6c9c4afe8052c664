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

    /** How a finding stands, as its reporter reads it: with the measures on its topic, how many and how many done. */
    record State(FindingStatus status, String topicTitle, String topicStatus, int measures, int measuresImplemented) {
    }

    /**
     * One link of the chain after the finding; {@code href} only for those who may open the page, {@code progress}
     * only for a measure with milestones.
     */
    record Link(String kindKey, String title, String statusKey, String text, String href, Integer progress) {

        Link(String kindKey, String title, String statusKey, String text, String href) {
            this(kindKey, title, statusKey, text, href, null);
        }
    }

    private final Topics topics;
    private final Groups groups;
    private final Decisions decisions;
    private final Measures measures;

    Trace(Topics topics, Groups groups, Decisions decisions, Measures measures) {
        this.topics = topics;
        this.groups = groups;
        this.decisions = decisions;
        this.measures = measures;
    }

    Map<UUID, State> statesOf(List<Finding> findings) {
        Map<UUID, State> states = new LinkedHashMap<>();
        Map<UUID, Topic> seen = new LinkedHashMap<>();
        Map<UUID, List<MeasureStatus>> measuresByTopic = measures.statusesByTopic(
                findings.stream().map(Finding::topicId).filter(java.util.Objects::nonNull).distinct().toList());
        for (Finding f : findings) {
            Topic topic = f.topicId() == null ? null : seen.computeIfAbsent(f.topicId(), id -> topics.get(id).orElse(null));
            List<MeasureStatus> onTopic = f.topicId() == null ? List.of() : measuresByTopic.getOrDefault(f.topicId(), List.of());
            states.put(f.id(), new State(f.status(), topic == null ? null : topic.title(),
                    topic == null ? null : topic.status().name(), onTopic.size(),
                    (int) onTopic.stream().filter(s -> s == MeasureStatus.IMPLEMENTED).count()));
        }
        return states;
    }

    /**
     * The chain after a finding: its topic, the proposals on it, the Lenkungsgruppe's decisions on it and the
     * measures of each decision. {@code mayOpenPages} for coordination and the Lenkungsgruppe, who may open the
     * topic, decision and measure pages; everybody else reads the chain without links.
     */
    List<Link> of(Finding finding, boolean mayOpenPages) {
        List<Link> chain = new ArrayList<>();
        if (finding.topicId() == null) {
            return chain;
        }
        topics.get(finding.topicId()).ifPresent(topic -> chain.add(new Link("trace.topic", topic.title(),
                "topic.status." + topic.status(), topic.description(), mayOpenPages ? "/topics/" + topic.id() : null)));
        for (Groups.Proposal proposal : groups.proposalsOfTopic(finding.topicId())) {
            chain.add(new Link("trace.proposal", proposal.wording(), "proposal.status." + proposal.status(),
                    proposal.expectedEffect(), null));
        }
        List<Decisions.Decision> taken = decisions.ofTopic(finding.topicId());
        List<Measure> all = measures.ofDecisions(taken.stream().map(Decisions.Decision::id).toList());
        Map<UUID, Progress> progress = measures.progressOf(all);
        for (Decisions.Decision decision : taken) {
            chain.add(new Link("trace.decision", decision.number(),
                    decision.consensus() ? "trace.decision.consensus" : "trace.decision.postponed", decision.wording(),
                    mayOpenPages ? "/steering/decisions/" + decision.id() : null));
            for (Measure measure : all) {
                if (measure.decisionId().equals(decision.id())) {
                    chain.add(new Link("trace.measure", measure.title(), "measure.status." + measure.status(), null,
                            mayOpenPages ? "/measures/" + measure.id() : null,
                            progress.get(measure.id()).percent()));
                }
            }
        }
        return chain;
    }
}
