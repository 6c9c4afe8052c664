package de.lotse.structure.internal;

import java.util.Map;

import de.lotse.accounts.SignedInUser;
import de.lotse.web.StartPanel;
import org.springframework.stereotype.Component;

/** "Neuigkeiten zu Ihren Meldungen" on the start page, for whoever has unread news about their findings. */
@Component
class FindingNewsPanel implements StartPanel {

    private final Notifications notifications;

    FindingNewsPanel(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean shownTo(SignedInUser user) {
        return notifications.unreadCount(user.id()) > 0;
    }

    @Override
    public String template() {
        return "structure/news-panel";
    }

    @Override
    public Map<String, Object> model(SignedInUser user) {
        return Map.of("count", notifications.unreadCount(user.id()), "news", notifications.unread(user.id(), 5));
    }
}
