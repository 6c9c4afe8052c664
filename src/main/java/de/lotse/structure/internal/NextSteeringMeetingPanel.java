package de.lotse.structure.internal;

import java.time.LocalDate;
import java.util.Map;

import de.lotse.accounts.Role;
import de.lotse.accounts.SignedInUser;
import de.lotse.web.StartPanel;
import org.springframework.stereotype.Component;

/** "Nächste Sitzung der Lenkungsgruppe" on the start page of coordination and the members, when one is planned. */
@Component
class NextSteeringMeetingPanel implements StartPanel {

    private final SteeringMeetings meetings;

    NextSteeringMeetingPanel(SteeringMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean shownTo(SignedInUser user) {
        return (user.roles().contains(Role.COORDINATOR) || user.roles().contains(Role.STEERING_MEMBER))
                && meetings.next(today()).isPresent();
    }

    @Override
    public String template() {
        return "structure/steering-panel";
    }

    @Override
    public Map<String, Object> model(SignedInUser user) {
        SteeringMeetings.Meeting meeting = meetings.next(today()).orElseThrow();
        return Map.of("meeting", meeting, "agenda", meetings.agenda(meeting.id()));
    }

    private static LocalDate today() {
        return LocalDate.now(SteeringMeetings.ZONE);
    }
}
