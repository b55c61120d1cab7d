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

    /** The plain WAR: the failsafe settings give a mail up after its first failed attempt (ledernett.mail.max-attempts=1). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    /** The server reckons "tomorrow" in Oslo, where meetings are planned, whatever zone this machine runs in. */
    private static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");

    private long groupWithMembers(Api api, String name, LocalDate start, String... emails) {
        return groupWithMembers(api, "3201", name, start, emails);
    }

    private long groupWithMembers(Api api, String municipality, String name, LocalDate start, String... emails) {
        long engagement = api.post("api/engagements", """
                {"municipality":"%s","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2028-12-31","hourBudget":100}""".formatted(municipality))
                .expect(201).object().getJsonNumber("id").longValue();
        long group = api.post("api/groups", """
                {"name":"%s","municipality":"%s","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":2,"interval":"MONTHLY",
                 "start":"%s","mode":"IN_PERSON","location":"Rådhuset","blackoutPeriods":""}""".formatted(name, municipality, engagement, start))
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
                {"date":"%s","start":"09:00","end":"11:30","place":"Bærum rådhus","version":%d}"""
                .formatted(LocalDate.now(OSLO).plusDays(1), api.get("api/meetings/" + second).object().getJsonNumber("version").longValue())).expect(200);
        await("ola@baerum.test", "Endret møte: E-postgruppen", 1);
        await("ola@baerum.test", "Påminnelse: E-postgruppen i morgen", 1);
        MimeMessage reminder = to("ola@baerum.test", "Påminnelse").get(0);
        System.out.println("A reminder captured by GreenMail:\n" + GreenMailUtil.getWholeMessage(reminder));

        Thread.sleep(3000);
        // One intake request per meeting whose intake has opened; tomorrow's closes 24 hours before it starts.
        boolean tomorrowsIntakeOpen = java.time.LocalDateTime.now(OSLO).isBefore(LocalDate.now(OSLO).plusDays(1).atTime(9, 0).minusHours(24));
        assertEquals(tomorrowsIntakeOpen ? 2 : 1, to("kari@baerum.test", "Skriv inn").size(), "queued once per meeting, however many runs");
        assertEquals(1, to("kari@baerum.test", "Påminnelse").size());
        assertTrue(api.get("api/mail").expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("status").equals("SENT")));
    }

    private static String calendar(MimeMessage mail) throws Exception {
        Object content = ((Multipart) mail.getContent()).getBodyPart(1).getContent();
        return content instanceof String text ? text : new String(((java.io.InputStream) content).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void a_coaching_session_gets_an_invitation_a_change_notice_a_cancel_and_one_reminder_as_meetings_do() throws Exception {
        Api api = new Api(base);
        String run = Long.toString(System.nanoTime() % 1000000);
        String leaderMail = "coachee." + run + "@baerum.test";
        String adviserMail = "coach." + run + "@ledernett.test";
        long engagement = api.post("api/engagements", """
                {"municipality":"3201","kind":"INDIVIDUAL_COACHING","start":"2026-01-01","end":"2028-12-31","hourBudget":40}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long leader = api.post("api/leaders", """
                {"municipality":"3201","name":"Coachet %s","email":"%s"}""".formatted(run, leaderMail)).expect(201).object().getJsonNumber("id").longValue();
        long adviser = api.post("api/advisers", """
                {"name":"Coach %s","title":"rådgiver","email":"%s","homeCounty":"32","writtenForms":["BOKMAL"],"monthlyCapacity":10}"""
                .formatted(run, adviserMail)).expect(201).object().getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(OSLO);
        long course = api.post("api/coaching", """
                {"leaderId":%d,"adviserId":%d,"engagementId":%d,"start":"%s","end":"%s","hoursPerMonth":2}"""
                .formatted(leader, adviser, engagement, today, today.plusMonths(3))).expect(201).object().getJsonNumber("id").longValue();

        // Planned: both get an invitation with the session as a calendar event, under the UID the calendar feeds give it.
        JsonObject planned = api.post("api/coaching/" + course + "/sessions", """
                {"date":"%s","start":"10:00","end":"11:00","mode":"VIDEO","place":"https://meet.example.no/coach-%s"}""".formatted(today.plusDays(9), run))
                .expect(201).object();
        long session = planned.getJsonNumber("id").longValue();
        await(leaderMail, "Ny veiledningstime", 1);
        await(adviserMail, "Ny veiledningstime", 1);
        MimeMessage invitation = to(leaderMail, "Ny veiledningstime").get(0);
        assertTrue(((Multipart) invitation.getContent()).getBodyPart(1).getContentType().startsWith("text/calendar"));
        String ics = calendar(invitation);
        assertTrue(ics.contains("METHOD:REQUEST") && ics.contains("UID:coaching-" + session + "@ledernett.no") && ics.contains("SEQUENCE:0"), ics);
        String body = (String) ((Multipart) invitation.getContent()).getBodyPart(0).getContent();
        assertTrue(body.contains("Coach " + run) && body.contains("https://meet.example.no/coach-" + run), "names the adviser and the link: " + body);
        assertTrue(calendar(to(adviserMail, "Ny veiledningstime").get(0)).contains("Coachet " + run), "the adviser's event names the leader");

        // Moved to tomorrow: a change notice with the same event one sequence on, then one reminder.
        api.put("api/coaching/sessions/" + session, """
                {"date":"%s","start":"12:00","end":"13:00","mode":"PHONE","place":"+47 400 00 000","version":%d}"""
                .formatted(today.plusDays(1), planned.getJsonNumber("version").longValue())).expect(200);
        await(leaderMail, "Endret veiledningstime", 1);
        String moved = calendar(to(leaderMail, "Endret veiledningstime").get(0));
        assertTrue(moved.contains("UID:coaching-" + session + "@ledernett.no") && moved.contains("SEQUENCE:1"), moved);
        await(leaderMail, "Påminnelse: veiledningstime i morgen", 1);
        await(adviserMail, "Påminnelse: veiledningstime i morgen", 1);
        String reminder = (String) to(leaderMail, "Påminnelse: veiledningstime").get(0).getContent();
        assertTrue(reminder.contains("+47 400 00 000") && reminder.contains("Coach " + run), reminder);
        // A stale version changes nothing.
        api.put("api/coaching/sessions/" + session, """
                {"date":"%s","start":"12:00","end":"13:00","mode":"PHONE","place":"+47 400 00 000","version":%d}"""
                .formatted(today.plusDays(2), planned.getJsonNumber("version").longValue())).expect(409);

        Thread.sleep(3000);
        assertEquals(1, to(leaderMail, "Påminnelse").size(), "reminded once, however many runs");
        assertEquals(1, to(leaderMail, "Endret veiledningstime").size());

        // Cancelled: a cancel notice whose event tells calendars to remove it.
        api.post("api/coaching/sessions/" + session + "/cancel", "").expect(200);
        await(leaderMail, "Avlyst veiledningstime", 1);
        String cancelled = calendar(to(leaderMail, "Avlyst veiledningstime").get(0));
        assertTrue(cancelled.contains("METHOD:CANCEL") && cancelled.contains("SEQUENCE:2") && cancelled.contains("STATUS:CANCELLED"), cancelled);
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

    private static List<String> rows(Browser browser, String tableId) {
        try {
            return browser.driver.findElements(org.openqa.selenium.By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                    .map(org.openqa.selenium.WebElement::getText).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return List.of();
        }
    }

    @Test
    void staff_see_a_mail_that_could_not_be_sent_with_its_error_and_send_it_again_once_the_mail_server_is_back() throws Exception {
        String run = Long.toString(System.nanoTime() % 1000000);
        String address = "utboks." + run + "@baerum.kommune.no";
        Api staff = new Api(base);
        GREEN_MAIL.stop();
        Browser browser = new Browser();
        try {
            staff.post("api/users", """
                    {"email":"%s","name":"Utboks %s","role":"CONTACT","municipality":"3201"}""".formatted(address, run)).expect(201);
            // Given up after its one attempt here (max-attempts=1): the start page counts it and links to the outbox's failed mails.
            browser.open(base, "admin/index.xhtml");
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("#attention-mailFailed .attention-count"));
            browser.open(base, "admin/mail/index.xhtml?status=FAILED");
            assertEquals("Utgående e-post", browser.driver.findElement(org.openqa.selenium.By.tagName("h1")).getText());
            for (int i = 0; i < 60 && rows(browser, "mails:results").stream().noneMatch(r -> r.contains(address)); i++) {
                Thread.sleep(500);
                browser.driver.navigate().refresh();
            }
            String row = rows(browser, "mails:results").stream().filter(r -> r.contains(address)).findFirst().orElseThrow(
                    () -> new AssertionError("the failed mail is listed: " + rows(browser, "mails:results")));
            assertTrue(row.contains("Kunne ikke sendes") && row.contains("Exception"), "status and last error: " + row);
            browser.driver.findElement(org.openqa.selenium.By.id("mails:text")).sendKeys(address);
            browser.wait.until(d -> rows(browser, "mails:results").size() == 1 && rows(browser, "mails:results").get(0).contains(address));
            // The body, for staff to see what was in it.
            browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                d.findElement(org.openqa.selenium.By.cssSelector("[id='mails:results'] details summary")).click();
                return true;
            });
            String body = browser.driver.findElement(org.openqa.selenium.By.cssSelector("[id='mails:results'] details pre")).getText();
            assertTrue(body.contains("Utboks " + run) && body.contains("password.xhtml?token=…"), body);
            assertTrue(!java.util.regex.Pattern.compile("token=[A-Za-z0-9_-]{8,}").matcher(body).find(), "the link's secret is not shown to staff: " + body);
            browser.screenshot("mail-outbox");

            TestMail.restart(GREEN_MAIL);
            // The search field's last answer may still redraw the table: find the button afresh until the click lands.
            browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                d.findElement(org.openqa.selenium.By.cssSelector("[id='mails:results'] button[aria-label^='Send på nytt']")).click();
                return true;
            });
            browser.wait.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".ui-confirm-dialog")).stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed));
            String question = browser.driver.findElement(org.openqa.selenium.By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText();
            assertTrue(question.contains("Send e-posten på nytt til") && question.contains(address), "the confirmation names the action and the recipient: " + question);
            browser.screenshot("mail-resend-confirm");
            browser.driver.findElement(org.openqa.selenium.By.id("mails:confirmResend")).click();
            await(address, "", 1);
            browser.open(base, "admin/mail/index.xhtml");
            browser.driver.findElement(org.openqa.selenium.By.id("mails:text")).sendKeys(address);
            browser.wait.until(d -> rows(browser, "mails:results").size() == 1 && rows(browser, "mails:results").get(0).contains("Sendt"));
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.cssSelector("[id='mails:results'] button[aria-label^='Send på nytt']")).isEmpty(),
                    "a sent mail is never sent again");
        } finally {
            TestMail.restart(GREEN_MAIL);
            browser.close();
        }
    }

    @Test
    void staff_hand_over_an_invitation_link_shown_once_and_the_user_chooses_a_password_with_it() throws Exception {
        String run = Long.toString(System.nanoTime() % 1000000);
        String address = "lenke." + run + "@baerum.kommune.no";
        String name = "Lenke Mottaker " + run;
        new Api(base).post("api/users", """
                {"email":"%s","name":"%s","role":"CONTACT","municipality":"3201"}""".formatted(address, name)).expect(201);
        Browser browser = new Browser();
        try {
            browser.open(base, "admin/users/index.xhtml");
            browser.driver.findElement(org.openqa.selenium.By.id("users:text")).sendKeys(name);
            browser.wait.until(d -> rows(browser, "users:results").size() == 1 && rows(browser, "users:results").get(0).contains(name));
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("[id='users:results'] button[aria-label='Lag lenke: " + name + "']")).click();
            browser.wait.until(d -> !d.findElements(org.openqa.selenium.By.id("issuedUrl")).isEmpty());
            String url = browser.driver.findElement(org.openqa.selenium.By.id("issuedUrl")).getDomProperty("value");
            assertTrue(url.contains("/password.xhtml?token="), url);
            String expires = browser.driver.findElement(org.openqa.selenium.By.id("issuedExpires")).getText();
            assertTrue(expires.startsWith("Gyldig til") && expires.matches(".*\\d{2}\\.\\d{2}\\.\\d{4}.*"), expires);
            assertTrue(browser.driver.findElement(org.openqa.selenium.By.id("issuedHeading")).getText().contains("Invitasjonslenke"));
            browser.screenshot("users-link");

            // Shown once: the page does not show it again, and the database keeps only its hash.
            browser.driver.navigate().refresh();
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.id("issuedUrl")).isEmpty(), "the link is not shown again");
            assertTrue(!new Api(base).get("api/users?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).body()
                    .contains(url.substring(url.indexOf("token=") + 6)), "the token is not readable afterwards");

            browser.signOut();
            browser.driver.get(base + url.substring(url.indexOf("/password.xhtml") + 1));
            browser.driver.findElement(org.openqa.selenium.By.id("password:password")).sendKeys("lenke-uten-epost-" + run);
            browser.driver.findElement(org.openqa.selenium.By.id("password:repeated")).sendKeys("lenke-uten-epost-" + run);
            browser.driver.findElement(org.openqa.selenium.By.id("password:submit")).click();
            browser.wait.until(d -> d.findElements(org.openqa.selenium.By.id("password:password")).isEmpty());
            assertEquals(200, new Api(base, address, "lenke-uten-epost-" + run).get("api/me").status(), "signs in with the password chosen through the link");

            // An adviser reads confidential text: staff get no reset link for them (it would let staff sign in as them), only mail does.
            long hanne = new Api(base).get("api/users?q=hanne.lunde@ledernett.no").expect(200).object().getJsonArray("items").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            assertTrue(new Api(base).post("api/users/" + hanne + "/link", "").expect(400).body().contains("user.resetByMailOnly"));
        } finally {
            browser.close();
        }
    }
}
