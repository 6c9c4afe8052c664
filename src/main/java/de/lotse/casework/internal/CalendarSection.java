package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.Map;

import de.lotse.casework.CaseSection;
import de.lotse.casework.ClientCase;
import org.springframework.stereotype.Component;

/** Upcoming appointments and open deadlines on the case page; overdue deadlines stand out. */
@Component
class CalendarSection implements CaseSection {

    private final CaseCalendar calendar;

    CalendarSection(CaseCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public String template() {
        return "casework/sections/calendar";
    }

    @Override
    public Map<String, Object> model(ClientCase clientCase) {
        return Map.of(
                "caseId", clientCase.id(),
                "appointments", calendar.upcomingAppointments(clientCase.id(), 10),
                "deadlines", calendar.openDeadlines(clientCase.id()),
                "today", LocalDate.now(CaseCalendar.ZONE),
                "zone", CaseCalendar.ZONE.getId());
    }
}
