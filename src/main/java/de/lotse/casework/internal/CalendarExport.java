package de.lotse.casework.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Appointments as iCalendar (RFC 5545) for the case manager's own calendar program, with ical4j.
 *
 * <p>What leaves Lotse here ends up in calendar programs, phones and mail servers outside the organisation's
 * control, so an event carries no more than a calendar needs (data minimisation, Art. 5(1)(c) GDPR):
 * <ul>
 *   <li>SUMMARY is "Termin Fallmanagement" and a short case reference (the first eight characters of the
 *   case id). It names nobody: not the client's name, not even initials, which in a small Kommune with a
 *   known interpreter language can be enough to recognise a person. The reference is enough for the case
 *   manager to find the case, and means nothing to anyone without access to Lotse.</li>
 *   <li>LOCATION is the place as entered (an office, a counselling room), because going there is the point
 *   of a calendar entry; the form's hint asks not to enter home addresses.</li>
 *   <li>DESCRIPTION says only whether an interpreter is planned (not the language, which hints at origin)
 *   and links to the case in Lotse, which asks for sign-in. Participants and notes stay in Lotse.</li>
 *   <li>CLASS:PRIVATE, so shared calendars show the slot as busy without details.</li>
 * </ul>
 * Times are in Europe/Berlin with its VTIMEZONE; UID is the appointment id, so a calendar that imports the
 * file again updates the event instead of doubling it, and SEQUENCE is the appointment's version.
 */
@Component
class CalendarExport {

    static final String PRODUCT = "-//Lotse//Fallmanagement//DE";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    byte[] ics(List<Appointment> appointments, Function<Appointment, URI> caseLink) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(zones.getTimeZone(CaseCalendar.ZONE.getId()).getVTimeZone());
        for (Appointment appointment : appointments) {
            calendar.add(event(appointment, caseLink.apply(appointment)));
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new CalendarOutputter().output(calendar, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid calendar", e);
        }
    }

    static String summary(Appointment appointment) {
        return "Termin Fallmanagement (Fall " + reference(appointment) + ")";
    }

    static String reference(Appointment appointment) {
        return appointment.clientCase().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private VEvent event(Appointment appointment, URI link) {
        VEvent event = new VEvent(appointment.startsAt().atZone(CaseCalendar.ZONE), appointment.endsAt().atZone(CaseCalendar.ZONE),
                summary(appointment));
        event.add(new Uid(appointment.id() + "@lotse"));
        event.replace(new DtStamp(appointment.updatedAt()));
        event.add(new Sequence(appointment.version() == null ? 0 : appointment.version()));
        event.add(new Clazz(Clazz.VALUE_PRIVATE));
        if (appointment.place() != null) {
            event.add(new Location(appointment.place()));
        }
        event.add(new Description((appointment.interpreterNeeded() ? "Sprachmittlung eingeplant.\n" : "")
                + "Fall in Lotse: " + link));
        event.add(new Url(link));
        return event;
    }
}
