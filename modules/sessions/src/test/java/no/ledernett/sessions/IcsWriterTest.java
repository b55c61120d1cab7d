package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.ledernett.groups.MeetingMethod;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void a_moved_meeting_keeps_its_uid_and_raises_its_sequence() throws Exception {
        GroupMeeting meeting = new GroupMeeting(7, 3, LocalDate.of(2027, 3, 17), LocalTime.of(9, 0), LocalTime.of(11, 30), MeetingMethod.ROUND, "Rådhuset");
        VEvent before = parse(IcsWriter.feed(List.of(meeting), Map.of(7L, "Rektornettverket"), no.ledernett.platform.Texts.BOKMAL)).<VEvent>getComponents("VEVENT").get(0);
        meeting.move(LocalDate.of(2027, 3, 18), LocalTime.of(12, 0), LocalTime.of(14, 30), "Kantina");
        VEvent after = parse(IcsWriter.feed(List.of(meeting), Map.of(7L, "Rektornettverket"), no.ledernett.platform.Texts.BOKMAL)).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(property(before, "UID"), property(after, "UID"));
        assertEquals("0", property(before, "SEQUENCE"));
        assertEquals("1", property(after, "SEQUENCE"));
        assertEquals("20270318T110000Z", property(after, "DTSTART"), "12:00 in Oslo (CET) is 11:00 UTC");
        assertEquals("Kantina", property(after, "LOCATION"));
        assertEquals("Rektornettverket – møte 3", property(after, "SUMMARY"));
    }

    @Test
    void a_cancelled_meeting_is_sent_as_a_cancellation() throws Exception {
        GroupMeeting meeting = new GroupMeeting(7, 1, LocalDate.of(2027, 6, 2), LocalTime.of(9, 0), LocalTime.of(11, 30), MeetingMethod.ROUND, null);
        meeting.cancel();
        Calendar invitation = parse(IcsWriter.invitation(meeting, "Tverrfaglig", no.ledernett.platform.Texts.BOKMAL));
        assertEquals("CANCEL", invitation.getProperty("METHOD").map(Property::getValue).orElseThrow());
        VEvent event = invitation.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("CANCELLED", property(event, "STATUS"));
        assertEquals("20270602T070000Z", property(event, "DTSTART"), "09:00 in Oslo (CEST) is 07:00 UTC");
        assertTrue(event.getProperty("LOCATION").isEmpty());
    }

    @Test
    void a_video_meeting_carries_its_link_as_location_and_url() throws Exception {
        GroupMeeting meeting = new GroupMeeting(7, 2, LocalDate.of(2027, 4, 7), LocalTime.of(9, 0), LocalTime.of(11, 30), MeetingMethod.ROUND,
                no.ledernett.matching.MeetingMode.VIDEO, "https://video.example.no/rektorer");
        VEvent event = parse(IcsWriter.feed(List.of(meeting), Map.of(7L, "Rektornettverket"), no.ledernett.platform.Texts.BOKMAL))
                .<VEvent>getComponents("VEVENT").get(0);
        assertEquals("https://video.example.no/rektorer", property(event, "LOCATION"));
        assertEquals("https://video.example.no/rektorer", property(event, "URL"));
    }

    @Test
    void a_room_is_a_location_without_a_url() throws Exception {
        GroupMeeting meeting = new GroupMeeting(7, 2, LocalDate.of(2027, 4, 7), LocalTime.of(9, 0), LocalTime.of(11, 30), MeetingMethod.ROUND,
                no.ledernett.matching.MeetingMode.IN_PERSON, "Rådhuset, møterom 3");
        VEvent event = parse(IcsWriter.invitation(meeting, "Rektornettverket", no.ledernett.platform.Texts.BOKMAL)).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("Rådhuset, møterom 3", property(event, "LOCATION"));
        assertTrue(event.getProperty("URL").isEmpty());
    }

    @Test
    void a_coaching_session_by_video_carries_its_link_raises_its_sequence_when_cancelled_and_never_the_notes() throws Exception {
        CoachingSession session = new CoachingSession(5, LocalDate.of(2027, 4, 7), LocalTime.of(9, 0), LocalTime.of(10, 0), CoachingMode.VIDEO,
                "https://video.example.no/siri");
        java.lang.reflect.Field id = CoachingSession.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(session, 51L);
        session.writeNotes("Privat notat");
        String before = IcsWriter.feed(List.of(), Map.of(), List.of(session), Map.of(), no.ledernett.platform.Texts.BOKMAL);
        session.cancel();
        String after = IcsWriter.feed(List.of(), Map.of(), List.of(session), Map.of(), no.ledernett.platform.Texts.BOKMAL);
        VEvent planned = parse(before).<VEvent>getComponents("VEVENT").get(0);
        VEvent cancelled = parse(after).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("Individuell veiledning", property(planned, "SUMMARY"));
        assertEquals("https://video.example.no/siri", property(planned, "LOCATION"));
        assertEquals("https://video.example.no/siri", property(planned, "URL"));
        assertEquals("coaching-51@ledernett.no", property(planned, "UID"));
        assertEquals(property(planned, "UID"), property(cancelled, "UID"));
        assertEquals("0", property(planned, "SEQUENCE"));
        assertEquals("1", property(cancelled, "SEQUENCE"));
        assertEquals("CANCELLED", property(cancelled, "STATUS"));
        assertTrue(!before.contains("Privat notat") && !after.contains("Privat notat"));
    }

    @Test
    void a_coaching_invitation_has_the_feeds_uid_and_cancelling_it_sends_cancel_with_a_higher_sequence() throws Exception {
        CoachingSession session = new CoachingSession(4, LocalDate.of(2027, 1, 20), LocalTime.of(10, 0), LocalTime.of(11, 0), CoachingMode.PHONE,
                "+47 400 00 000");
        java.lang.reflect.Field id = CoachingSession.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(session, 31L);
        Calendar invitation = parse(IcsWriter.invitation(session, "Kari Leder", no.ledernett.platform.Texts.BOKMAL));
        assertEquals("REQUEST", invitation.getProperty("METHOD").map(Property::getValue).orElseThrow());
        VEvent event = invitation.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("coaching-31@ledernett.no", property(event, "UID"), "the UID the calendar feeds give it");
        assertEquals("Individuell veiledning: Kari Leder", property(event, "SUMMARY"));
        assertEquals("Individuell veiledning", property(parse(IcsWriter.invitation(session, null, no.ledernett.platform.Texts.BOKMAL))
                .<VEvent>getComponents("VEVENT").get(0), "SUMMARY"), "the leader's own copy");
        session.move(LocalDate.of(2027, 1, 21), LocalTime.of(12, 0), LocalTime.of(13, 0), CoachingMode.VIDEO, "https://meet.example.no/x");
        assertEquals("1", property(parse(IcsWriter.invitation(session, null, no.ledernett.platform.Texts.BOKMAL)).<VEvent>getComponents("VEVENT").get(0),
                "SEQUENCE"));
        session.cancel();
        Calendar cancelled = parse(IcsWriter.invitation(session, null, no.ledernett.platform.Texts.BOKMAL));
        assertEquals("CANCEL", cancelled.getProperty("METHOD").map(Property::getValue).orElseThrow());
        assertEquals("2", property(cancelled.<VEvent>getComponents("VEVENT").get(0), "SEQUENCE"));
        assertEquals("CANCELLED", property(cancelled.<VEvent>getComponents("VEVENT").get(0), "STATUS"));
    }
}
