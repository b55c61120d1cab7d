package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** E-mail from the running application, caught by GreenMail on 127.0.0.1:3025 (see the failsafe settings). */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    private long groupWithMembers(Api api, String name, LocalDate start, String... emails) {
        return groupWithMembers(api, "3201", name, start, emails);
    }

    private long groupWithMembers(Api api, String municipality, String name, LocalDate start, String... emails) {
        long engagement = api.post("api/engagements", """
                {"municipality":"%s","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2028-12-31","hourBudget":100}""".formatted(municipality))
                .expect(201).object().getJsonNumber("id").longValue();
        long group = api.post("api/groups", """
                {"name":"%s","municipality":"%s","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":2,"interval":"MONTHLY",
                 "start":"%s","mode":"IN_PERSON","location":"Rådhuset"}""".formatted(name, municipality, engagement, start))
                .expect(201).object().getJsonNumber("id").longValue();
        for (String email : emails) {
            long leader = api.post("api/leaders", """
                    {"municipality":"%s","name":"%s","email":"%s"}""".formatted(municipality, email.split("@")[0], email)).expect(201).object()
                    .getJsonNumber("id").longValue();
            api.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        }
        return group;
    }

    private static List<MimeMessage> to(String address, String subjectStart) {
        return Arrays.stream(Arrays.stream(GREEN_MAIL.getReceivedMessages()).filter(m -> { try { return m.getAllRecipients()[0].toString().equals(address); } catch (Exception e) { return false; } }).toList().stream().toArray(MimeMessage[]::new)).filter(m -> {
            try {
                return m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static void await(String address, String subjectStart, int count) throws InterruptedException {
        for (int i = 0; i < 100 && to(address, subjectStart).size() < count; i++) {
            Thread.sleep(200);
        }
        assertEquals(count, to(address, subjectStart).size(), subjectStart + " to " + address);
    }

    @Test
    void members_get_the_schedule_with_invitations_the_intake_request_and_the_reminder_each_once() throws Exception {
        Api api = new Api(base);
        long group = groupWithMembers(api, "E-postgruppen", LocalDate.now().plusDays(8), "kari@baerum.test", "ola@baerum.test");
        List<JsonObject> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);

        await("kari@baerum.test", "Møteplan: E-postgruppen", 1);
        MimeMessage schedule = to("kari@baerum.test", "Møteplan").get(0);
        Multipart parts = (Multipart) schedule.getContent();
        assertTrue(parts.getBodyPart(1).getContentType().startsWith("text/calendar"), parts.getBodyPart(1).getContentType());
        String ics = GreenMailUtil.getBody(parts.getBodyPart(1));
        assertTrue(ics.contains("METHOD:REQUEST") && ics.split("BEGIN:VEVENT").length == 3, ics);

        // Intake opens 14 days before a meeting: the first one is 8 days away.
        await("kari@baerum.test", "Skriv inn lederutfordringen din", 1);
        await("ola@baerum.test", "Skriv inn lederutfordringen din", 1);
        assertTrue(GreenMailUtil.getBody(to("kari@baerum.test", "Skriv inn").get(0)).contains("leses bare av gruppen og veilederen"));

        // Move the second meeting to tomorrow: a change notice, then a reminder.
        long second = meetings.get(1).getJsonNumber("id").longValue();
        api.put("api/meetings/" + second, """
                {"date":"%s","start":"09:00","end":"11:30","place":"Bærum rådhus"}""".formatted(LocalDate.now().plusDays(1))).expect(200);
        await("ola@baerum.test", "Endret møte: E-postgruppen", 1);
        await("ola@baerum.test", "Påminnelse: E-postgruppen i morgen", 1);
        MimeMessage reminder = to("ola@baerum.test", "Påminnelse").get(0);
        System.out.println("A reminder captured by GreenMail:\n" + GreenMailUtil.getWholeMessage(reminder));

        Thread.sleep(3000);
        // One intake request per meeting whose intake has opened; tomorrow's closes 24 hours before it starts.
        boolean tomorrowsIntakeOpen = java.time.LocalDateTime.now().isBefore(LocalDate.now().plusDays(1).atTime(9, 0).minusHours(24));
        assertEquals(tomorrowsIntakeOpen ? 2 : 1, to("kari@baerum.test", "Skriv inn").size(), "queued once per meeting, however many runs");
        assertEquals(1, to("kari@baerum.test", "Påminnelse").size());
        assertTrue(api.get("api/mail").expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("status").equals("SENT")));
    }

    @Test
    void leaders_of_a_nynorsk_municipality_get_their_mail_and_calendar_entries_in_nynorsk() throws Exception {
        Api api = new Api(base);
        api.put("api/municipalities/4602/written-form", "{\"writtenForm\":\"NYNORSK\"}").expect(200);
        try {
            long group = groupWithMembers(api, "4602", "Kinngruppa", LocalDate.now().plusDays(8), "siri@kinn.test");
            api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201);
            String subject = LanguagesIT.text("no.ledernett.sessions.Mail", "nn", "schedule.subject", "Kinngruppa");
            assertNotEquals(LanguagesIT.text("no.ledernett.sessions.Mail", "nb", "schedule.body", "x", "y", "z"),
                    LanguagesIT.text("no.ledernett.sessions.Mail", "nn", "schedule.body", "x", "y", "z"));
            await("siri@kinn.test", subject, 1);
            MimeMessage schedule = to("siri@kinn.test", subject).get(0);
            Multipart parts = (Multipart) schedule.getContent();
            String greeting = LanguagesIT.text("no.ledernett.sessions.Mail", "nn", "schedule.body", "siri", "Kinngruppa", "").split("\n")[0];
            assertTrue(GreenMailUtil.getBody(parts.getBodyPart(0)).contains(greeting), GreenMailUtil.getBody(parts.getBodyPart(0)));
            Object content = parts.getBodyPart(1).getContent();
            String ics = content instanceof String text ? text
                    : new String(((java.io.InputStream) content).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(ics.contains(LanguagesIT.text("no.ledernett.sessions.Mail", "nn", "ics.title", "Kinngruppa", 1)), ics);
            await("siri@kinn.test", LanguagesIT.text("no.ledernett.sessions.Mail", "nn", "intake.subject", "Kinngruppa"), 1);
        } finally {
            api.put("api/municipalities/4602/written-form", "{\"writtenForm\":\"NEUTRAL\"}").expect(200);
        }
    }
}
