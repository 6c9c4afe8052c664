package de.lotse.structure.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import de.lotse.web.StartPanel;
import org.springframework.stereotype.Component;

/** On coordination's start page: milestones of measures under way that are past their due date. */
@Component
class OverdueMilestonesPanel implements StartPanel {

    static final int LIMIT = 20;

    private final Measures measures;
    private final Organisations organisations;

    OverdueMilestonesPanel(Measures measures, Organisations organisations) {
        this.measures = measures;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean shownTo(SignedInUser user) {
        return user.has(Role.COORDINATOR);
    }

    @Override
    public String template() {
        return "structure/overdue-milestones-panel";
    }

    @Override
    public Map<String, Object> model(SignedInUser user) {
        Map<UUID, String> names = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
        return Map.of("overdue", measures.overdueMilestones(Measures.today(), LIMIT), "organisationNames", names, "limit", LIMIT);
    }
}
