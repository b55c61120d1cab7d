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
}
