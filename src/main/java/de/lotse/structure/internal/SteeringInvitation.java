package de.lotse.structure.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation to a meeting of the Lenkungsgruppe as iCalendar (RFC 5545), to be put into the calendar of
 * each member and deputy or sent on by the KI's office.
 *
 * <ul>
 *   <li>DESCRIPTION lists the agenda (topics and the proposals to be decided on) and links to the meeting in Lotse.
 *   Nothing on it is about a client: topics and proposals are structural work.</li>
 *   <li>ATTENDEE names the members (required) and deputies (optional) of the seats in use, the chair as CHAIR.
 *   Lotse keeps no e-mail addresses of them, so the calendar address is a stable {@code urn:uuid:} of the seat;
 *   calendar programs show the name and send nothing.</li>
 *   <li>No METHOD: this is a calendar entry to import, not an iTIP request a program would try to answer.</li>
 * </ul>
 * UID is the meeting id, so importing the file again updates the entry; SEQUENCE is the meeting's version.
 */
@Component
class SteeringInvitation {

    static final String PRODUCT = "-//Lotse//Lenkungsgruppe//DE";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final MessageSource messages;

    SteeringInvitation(MessageSource messages) {
        this.messages = messages;
    }

    byte[] ics(SteeringMeetings.Meeting meeting, List<SteeringMeetings.AgendaItem> agenda, List<SteeringGroup.Seat> seats,
               UUID chairFunction, URI link, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(zones.getTimeZone(SteeringMeetings.ZONE.getId()).getVTimeZone());

        VEvent event = new VEvent(meeting.heldOn().atTime(meeting.startsAt()).atZone(SteeringMeetings.ZONE),
                meeting.heldOn().atTime(meeting.endsAt()).atZone(SteeringMeetings.ZONE), text("steering.ics.summary", locale));
        event.add(new Uid(meeting.id() + "@lotse-steering"));
        event.replace(new DtStamp(meeting.updatedAt()));
        event.add(new Sequence(meeting.version()));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        if (!meeting.place().isBlank()) {
            event.add(new Location(meeting.place()));
        }
        event.add(new Description(description(agenda, link, locale)));
        event.add(new Url(link));
        for (SteeringGroup.Seat seat : seats) {
            boolean chair = seat.functionId().equals(chairFunction);
            event.add(attendee(seat.member(), seat.id(), chair ? Role.CHAIR : Role.REQ_PARTICIPANT));
            if (seat.deputy().named()) {
                event.add(attendee(seat.deputy(), UUID.nameUUIDFromBytes((seat.id() + ":deputy").getBytes(StandardCharsets.UTF_8)),
                        Role.OPT_PARTICIPANT));
            }
        }
        calendar.add(event);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new CalendarOutputter().output(calendar, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid calendar", e);
        }
    }

    private String description(List<SteeringMeetings.AgendaItem> agenda, URI link, Locale locale) {
        StringBuilder text = new StringBuilder(text("steering.agenda", locale)).append(":\n");
        if (agenda.isEmpty()) {
            text.append(text("steering.agenda.none", locale)).append('\n');
        }
        for (SteeringMeetings.AgendaItem item : agenda) {
            text.append(item.number()).append(". ").append(item.heading()).append('\n');
            if (item.proposalWording() != null) {
                text.append("   ").append(text("steering.ics.proposal", locale)).append(": ").append(item.proposalWording()).append('\n');
            }
        }
        return text.append('\n').append(text("steering.ics.link", locale)).append(": ").append(link).toString();
    }

    private static Attendee attendee(SteeringGroup.Person person, UUID address, Role role) {
        Attendee attendee = new Attendee(URI.create("urn:uuid:" + address));
        attendee.add(new Cn(person.organisation().isBlank() ? person.name() : person.name() + " (" + person.organisation() + ")"));
        attendee.add(role);
        return attendee;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
