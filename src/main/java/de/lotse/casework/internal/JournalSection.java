package de.lotse.casework.internal;

import java.util.List;
import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import org.springframework.stereotype.Component;

/** The latest journal entries on the case page, with a link to the whole journal. */
@Component
class JournalSection implements CaseSection {

    static final int LATEST = 5;

    private final CaseJournal journal;

    JournalSection(CaseJournal journal) {
        this.journal = journal;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public String template() {
        return "casework/sections/journal";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        List<CaseJournal.TimelineItem> timeline = journal.timeline(clientCase.id());
        return Map.of(
                "caseId", clientCase.id(),
                "latest", timeline.subList(0, Math.min(LATEST, timeline.size())),
                "total", timeline.size());
    }
}
