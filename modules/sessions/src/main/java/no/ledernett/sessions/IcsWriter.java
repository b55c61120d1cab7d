package no.ledernett.sessions;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.ledernett.platform.Texts;

/**
 * Meetings as iCalendar (RFC 5545) with ical4j. Each meeting keeps its UID for life and raises
 * SEQUENCE when moved or cancelled, so calendars update the same event instead of adding one.
 * Times are written in UTC, which every calendar reads without a time-zone definition. Never
 * a challenge's text: calendars are shared and synced to phones.
 */
public final class IcsWriter {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private IcsWriter() {
    }

    /** @param groupNames names of the meetings' groups by id, for the event titles */
    public static String feed(List<GroupMeeting> meetings, Map<Long, String> groupNames, Locale locale) {
        return write(meetings, groupNames, null, locale);
    }

    /** One meeting as an invitation (METHOD:REQUEST, or CANCEL when cancelled) for an e-mail attachment. */
    public static String invitation(GroupMeeting meeting, String groupName, Locale locale) {
        return write(List.of(meeting), Map.of(meeting.getGroupId(), groupName),
                meeting.getStatus() == MeetingStatus.CANCELLED ? new Method("CANCEL") : new Method("REQUEST"), locale);
    }

    /** A whole series as one invitation, for the mail that tells people their group's schedule. */
    public static String invitations(List<GroupMeeting> meetings, String groupName, Locale locale) {
        return write(meetings, meetings.isEmpty() ? Map.of() : Map.of(meetings.get(0).getGroupId(), groupName), new Method("REQUEST"), locale);
    }

    private static String write(List<GroupMeeting> meetings, Map<Long, String> groupNames, Method method, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Ledernett//Nettverksmøter//NO"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (method != null) {
            calendar.add(method);
        }
        for (GroupMeeting m : meetings) {
            VEvent event = new VEvent(m.getDate().atTime(m.getStart()).atZone(OSLO).toInstant(),
                    m.getDate().atTime(m.getEnd()).atZone(OSLO).toInstant(),
                    Texts.format(MeetingMail.TEXTS, locale, "ics.title",
                            groupNames.getOrDefault(m.getGroupId(), Texts.format(MeetingMail.TEXTS, locale, "ics.group")), m.getNumberInSeries()));
            event.add(new Uid(m.getIcsUid()));
            event.add(new Sequence(m.getIcsSequence()));
            event.add(m.getStatus() == MeetingStatus.CANCELLED ? new Status("CANCELLED") : new Status("CONFIRMED"));
            if (m.getPlace() != null) {
                event.add(new Location(m.getPlace()));
            }
            calendar.add(event);
        }
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
