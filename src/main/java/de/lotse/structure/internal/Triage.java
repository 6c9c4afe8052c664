package de.lotse.structure.internal;

import java.util.List;
import java.util.UUID;

import de.lotse.network.LifeArea;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening a topic from a finding and filing the finding under it: both or neither. */
@Service
@Transactional
class Triage {

    private final Findings findings;
    private final Topics topics;

    Triage(Findings findings, Topics topics) {
        this.findings = findings;
        this.topics = topics;
    }

    UUID openTopicFrom(UUID findingId, String title, int version, UUID by) {
        Finding finding = findings.get(findingId).orElseThrow();
        if (finding.version() != version) {
            throw new OptimisticLockingFailureException("finding " + findingId + " was changed meanwhile");
        }
        UUID topicId = topics.open(new TopicForm(title, finding.description(), List.of(LifeArea.valueOf(finding.lifeArea())),
                List.of(finding.barrierCategory()),
                finding.municipalityId() == null ? List.of() : List.of(finding.municipalityId()), null), by);
        findings.file(findingId, topicId, title, version);
        return topicId;
    }
}
