package no.ledernett.sessions;

import no.ledernett.platform.NorwegianTime;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.ledernett.platform.Texts;

/**
 * Meetings and coaching sessions as iCalendar (RFC 5545) with ical4j. Each meeting keeps its UID for life and raises
 * SEQUENCE when moved or cancelled, so calendars update the same event instead of adding one.
 * Times are written in UTC, which every calendar reads without a time-zone definition. Never
 * a challenge's text: calendars are shared and synced to phones.
 */
public final class IcsWriter {

    static final ZoneId OSLO = NorwegianTime.ZONE;

    private IcsWriter() {
    }

    /** @param groupNames names of the meetings' groups by id, for the event titles */
    public static String feed(List<GroupMeeting> meetings, Map<Long, String> groupNames, Locale locale) {
        return write(meetings, groupNames, List.of(), Map.of(), null, locale);
    }

    /**
     * A feed with individual coaching too: its place, phone number or video link, never the
     * adviser's notes.
     *
     * @param coachees the leader's name by session id, in the adviser's feed; empty in the leader's own
     */
    public static String feed(List<GroupMeeting> meetings, Map<Long, String> groupNames, List<CoachingSession> sessions, Map<Long, String> coachees,
                              Locale locale) {
        return write(meetings, groupNames, sessions, coachees, null, locale);
    }

    /** One meeting as an invitation (METHOD:REQUEST, or CANCEL when cancelled) for an e-mail attachment. */
    public static String invitation(GroupMeeting meeting, String groupName, Locale locale) {
        return write(List.of(meeting), Map.of(meeting.getGroupId(), groupName), List.of(), Map.of(), method(meeting.getStatus()), locale);
    }

    /**
     * One coaching session as an invitation (METHOD:REQUEST, or CANCEL when cancelled), with the
     * same UID as in the calendar feeds, so a calendar that has both keeps one event.
     *
     * @param coachee the leader's name for the adviser's copy; null in the leader's own
     */
    public static String invitation(CoachingSession session, String coachee, Locale locale) {
        return write(List.of(), Map.of(), List.of(session), coachee == null ? Map.of() : Map.of(session.getId(), coachee), method(session.getStatus()),
                locale);
    }

    private static Method method(MeetingStatus status) {
        return status == MeetingStatus.CANCELLED ? new Method("CANCEL") : new Method("REQUEST");
    }

    /** A whole series as one invitation, for the mail that tells people their group's schedule. */
    public static String invitations(List<GroupMeeting> meetings, String groupName, Locale locale) {
        return write(meetings, meetings.isEmpty() ? Map.of() : Map.of(meetings.get(0).getGroupId(), groupName), List.of(), Map.of(),
                new Method("REQUEST"), locale);
    }

    /** The place as a web address, if it is one. */
    private static URI link(String place) {
        try {
            URI uri = new URI(place.trim());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String write(List<GroupMeeting> meetings, Map<Long, String> groupNames, List<CoachingSession> sessions, Map<Long, String> coachees,
                                Method method, Locale locale) {
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
                // A video meeting's link also as URL, which calendars offer as "join".
                URI link = m.isVideo() ? link(m.getPlace()) : null;
                if (link != null) {
                    event.add(new Url(link));
                }
            }
            calendar.add(event);
        }
        for (CoachingSession s : sessions) {
            String coachee = coachees.get(s.getId());
            VEvent event = new VEvent(s.getDate().atTime(s.getStart()).atZone(OSLO).toInstant(), s.getDate().atTime(s.getEnd()).atZone(OSLO).toInstant(),
                    coachee == null ? Texts.format(MeetingMail.TEXTS, locale, "ics.coaching") : Texts.format(MeetingMail.TEXTS, locale, "ics.coaching.with", coachee));
            event.add(new Uid(s.getIcsUid()));
            event.add(new Sequence(s.getIcsSequence()));
            event.add(s.getStatus() == MeetingStatus.CANCELLED ? new Status("CANCELLED") : new Status("CONFIRMED"));
            if (s.getPlace() != null) {
                event.add(new Location(s.getMode() == CoachingMode.PHONE ? Texts.format(MeetingMail.TEXTS, locale, "ics.phone", s.getPlace()) : s.getPlace()));
                URI link = s.getMode() == CoachingMode.VIDEO ? link(s.getPlace()) : null;
                if (link != null) {
                    event.add(new Url(link));
                }
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
