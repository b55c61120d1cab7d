package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notifications to staff and advisers, each kind made to happen through the API as users would
 * (hours past 80 % and 100 % of a budget, a portal request, an adviser given a group, a meeting
 * whose intake closed empty, a mail given up, an invitation not taken up), seen in the bell's count,
 * the list and the mail GreenMail catches; switched off per kind; told once however often and
 * however concurrently the event is heard; and never shown to another user.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsApiIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String CONTACT_BERGEN = "ingrid.solheim@bergen.kommune.no";

    /** The plain WAR; the failsafe settings count an invitation as not taken up at once (ledernett.notifications.invitation-days=0). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    /** A staff member of this test alone, signed in with a password of their own, so their notifications are only this test's. */
    private Api freshStaff(String email) throws InterruptedException {
        new Api(base).post("api/users", """
                {"email":"%s","name":"Varsel Stab","role":"STAFF"}""".formatted(email)).expect(201);
        return new Api(base, email, TestAccounts.choosePassword(base, GREEN_MAIL, email));
    }

    /** An adviser of this test alone (room for many groups, both written forms) with a user account; returns [adviser id] and the client. */
    private record Adviser(long id, String email, Api api) {
    }

    private Adviser freshAdviser(String run) throws InterruptedException {
        Api staff = new Api(base);
        String email = "varsel.veileder." + run + "@ledernett.no";
        long id = staff.post("api/advisers", """
                {"name":"Varsel Veileder %s","title":"rådgiver","email":"%s","homeCounty":"46","writtenForms":["BOKMAL","NYNORSK"],"monthlyCapacity":200}"""
                .formatted(run, email)).expect(201).object().getJsonNumber("id").longValue();
        staff.post("api/users", """
                {"email":"%s","name":"Varsel Veileder %s","role":"ADVISER","adviserId":%d}""".formatted(email, run, id)).expect(201);
        return new Adviser(id, email, new Api(base, email, TestAccounts.choosePassword(base, GREEN_MAIL, email)));
    }

    private static List<JsonObject> notifications(Api api) {
        return api.get("api/notifications?size=200").expect(200).object().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> of(Api api, String kind, String link) {
        return notifications(api).stream().filter(n -> n.getString("kind").equals(kind) && n.getString("link").equals(link)).toList();
    }

    private static long unread(Api api) {
        return api.get("api/notifications/unread").expect(200).object().getJsonNumber("unread").longValue();
    }

    private static void choose(Api api, String kind, boolean inApp, boolean byMail) {
        api.put("api/notifications/settings", """
                {"kinds":[{"kind":"%s","inApp":%b,"byMail":%b}]}""".formatted(kind, inApp, byMail)).expect(200);
    }

    private static List<MimeMessage> mails(String address, String subjectStart) {
        return TestMail.to(GREEN_MAIL, address, subjectStart);
    }

    private static void awaitMails(String address, String subjectStart, int count) throws InterruptedException {
        for (int i = 0; i < 150 && mails(address, subjectStart).size() < count; i++) {
            Thread.sleep(200);
        }
        assertEquals(count, mails(address, subjectStart).size(), subjectStart + " to " + address);
    }

    /** Waits until the user has at least {@code count} notifications of this kind and link (events are told just after their commit). */
    private static List<JsonObject> await(Api api, String kind, String link, int count) throws InterruptedException {
        List<JsonObject> found = of(api, kind, link);
        for (int i = 0; i < 150 && found.size() < count; i++) {
            Thread.sleep(200);
            found = of(api, kind, link);
        }
        return found;
    }

    /** Waits for a notification that an event on the scheduler's thread (the outbox's sender) makes. */
    private static List<JsonObject> awaitNotifications(Api api, String kind, String textPart) throws InterruptedException {
        List<JsonObject> found = List.of();
        for (int i = 0; i < 150 && found.isEmpty(); i++) {
            found = notifications(api).stream().filter(n -> n.getString("kind").equals(kind) && n.getString("text").contains(textPart)).toList();
            if (found.isEmpty()) {
                Thread.sleep(200);
            }
        }
        return found;
    }

    @Test
    void staff_hear_of_a_portal_request_in_the_bell_and_by_mail_once_and_not_when_switched_off() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        String email = "varsel.stab." + run + "@ledernett.no";
        Api staff = freshStaff(email);
        Api witness = freshStaff("varsel.vitne." + run + "@ledernett.no");
        // What the scheduled check may add meanwhile (other classes' invitations and meetings) is kept out of the count.
        choose(staff, "INVITATION", false, false);
        choose(staff, "INTAKE_EMPTY", false, false);
        choose(staff, "MAIL_FAILED", false, false);
        choose(staff, "BUDGET", false, false);
        long before = unread(staff);
        int requestsBefore = of(staff, "REQUEST", "/admin/requests/index.xhtml").size();

        Api contact = new Api(base, CONTACT_BERGEN, Api.PASSWORD);
        contact.post("api/portal/requests", """
                {"kind":"NETWORK_GROUP","participants":8,"start":"2027-02-01","end":"2027-06-30","wishes":"Varsel %s"}""".formatted(run)).expect(201);

        List<JsonObject> requests = await(staff, "REQUEST", "/admin/requests/index.xhtml", requestsBefore + 1);
        assertEquals(before + 1, unread(staff), "the bell counts the new request");
        assertEquals(requestsBefore + 1, requests.size());
        JsonObject newest = notifications(staff).get(0);
        assertEquals("REQUEST", newest.getString("kind"), "unread and newest first");
        assertTrue(newest.getBoolean("unread"));
        assertEquals("Ny forespørsel fra Bergen i portalen.", newest.getString("text"));
        assertEquals("New request from Bergen in the portal.",
                staff.get("api/notifications?size=1", "en").object().getJsonArray("items").getJsonObject(0).getString("text"));
        awaitMails(email, "Ledernett: Ny forespørsel fra Bergen", 1);
        String body = GreenMailUtil.getBody(mails(email, "Ledernett: Ny forespørsel").get(0)).replace("=\r\n", "").replace("=3D", "=");
        assertTrue(body.contains("/admin/requests/index.xhtml") && body.contains("/admin/notifications/settings.xhtml"), body);

        // Read: the bell goes down; another user's id is not found, as one that does not exist.
        long id = newest.getJsonNumber("id").longValue();
        assertFalse(staff.post("api/notifications/" + id + "/read", "").expect(200).object().getBoolean("unread"));
        assertEquals(before, unread(staff));
        Api hanne = new Api(base, "hanne.lunde@ledernett.no", Api.PASSWORD);
        hanne.post("api/notifications/" + id + "/read", "").expect(404);
        assertTrue(notifications(hanne).stream().noneMatch(n -> n.getJsonNumber("id").longValue() == id), "an adviser never lists staff's");
        new Api(base).post("api/notifications/" + id + "/read", "").expect(404);

        // Switched off in the app and by mail: a second request shows nowhere and mails nothing. A third, by mail only, is mailed:
        // the outbox sends in order, so once the third's mail is here, a mail about the second would have come before it.
        // Choices are read when the event is told, just after its commit: another staff member, told in the same go, shows when that was.
        int witnessed = await(witness, "REQUEST", "/admin/requests/index.xhtml", 1).size();
        choose(staff, "REQUEST", false, false);
        contact.post("api/portal/requests", """
                {"kind":"NETWORK_GROUP","participants":9,"start":"2027-02-01","end":"2027-06-30","wishes":"Av %s"}""".formatted(run)).expect(201);
        assertEquals(witnessed + 1, await(witness, "REQUEST", "/admin/requests/index.xhtml", witnessed + 1).size());
        choose(staff, "REQUEST", false, true);
        contact.post("api/portal/requests", """
                {"kind":"NETWORK_GROUP","participants":10,"start":"2027-02-01","end":"2027-06-30","wishes":"E-post %s"}""".formatted(run)).expect(201);
        awaitMails(email, "Ledernett: Ny forespørsel fra Bergen", 2);
        assertEquals(before, unread(staff), "nothing new in the bell while the kind is off in the app");
        assertEquals(requestsBefore + 1, of(staff, "REQUEST", "/admin/requests/index.xhtml").size());
        JsonObject settings = staff.get("api/notifications/settings").expect(200).object();
        assertTrue(settings.getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
                .anyMatch(k -> k.getString("kind").equals("REQUEST") && !k.getBoolean("inApp") && k.getBoolean("byMail")));

        staff.post("api/notifications/read-all", "").expect(200);
        assertEquals(0, unread(staff));
    }

    @Test
    void staff_hear_once_when_an_engagement_passes_80_and_100_percent_of_its_budget() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        Api staff = freshStaff("varsel.budsjett." + run + "@ledernett.no");
        Api admin = new Api(base);
        long engagement = admin.post("api/engagements", """
                {"municipality":"3201","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2026-12-31","hourBudget":8}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long group = admin.post("api/groups", """
                {"name":"Budsjettvarsel %s","municipality":"3201","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":3,"interval":"MONTHLY",
                 "start":"2026-01-13","mode":"VIDEO"}""".formatted(run, engagement)).expect(201).object().getJsonNumber("id").longValue();
        List<JsonObject> meetings = admin.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        String link = "/admin/municipalities/engagement.xhtml?id=" + engagement;

        // Each meeting logs 3.5 hours of the 8: 44 %, 88 %, 131 %. Events are told in the order they happened, so once 88 % is
        // told, 44 % was told before it: nothing below 80 %, and 80 % once although the second meeting is marked held twice.
        admin.post("api/meetings/" + meetings.get(0).getJsonNumber("id") + "/held", "").expect(200);
        admin.post("api/meetings/" + meetings.get(1).getJsonNumber("id") + "/held", "").expect(200);
        admin.post("api/meetings/" + meetings.get(1).getJsonNumber("id") + "/held", "").expect(200);
        List<JsonObject> near = await(staff, "BUDGET", link, 1);
        assertEquals(1, near.size(), "80 % once: " + near);
        assertEquals("Bærum: avtalen har brukt 80 % av timebudsjettet.", near.get(0).getString("text"));
        admin.post("api/meetings/" + meetings.get(2).getJsonNumber("id") + "/held", "").expect(200);
        List<JsonObject> both = await(staff, "BUDGET", link, 2);
        assertEquals(2, both.size(), "80 % and 100 %, each once: " + both);
        assertTrue(both.get(0).getString("text").contains("100 %"), "the newest first");
        // The budget is by mail by default (an urgent kind).
        awaitMails("varsel.budsjett." + run + "@ledernett.no", "Ledernett: Bærum: avtalen har brukt 100 %", 1);
        awaitMails("varsel.budsjett." + run + "@ledernett.no", "Ledernett: Bærum: avtalen har brukt 80 %", 1);
    }

    @Test
    void an_adviser_hears_of_a_new_group_and_of_an_intake_closed_empty_once_however_many_checks_run_at_once() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        Adviser adviser = freshAdviser(run);
        Api admin = new Api(base);
        long engagement = admin.post("api/engagements", """
                {"municipality":"4601","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2028-12-31","hourBudget":200}""")
                .expect(201).object().getJsonNumber("id").longValue();
        String name = "Varselgruppen " + run;
        long group = admin.post("api/groups", """
                {"name":"%s","municipality":"4601","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":2,"interval":"MONTHLY",
                 "start":"%s","mode":"VIDEO"}""".formatted(name, engagement, LocalDate.now(OSLO).plusDays(2))).expect(201).object()
                .getJsonNumber("id").longValue();
        admin.put("api/groups/" + group + "/adviser", "{\"adviserId\":" + adviser.id() + "}").expect(200);

        List<JsonObject> assigned = await(adviser.api(), "ASSIGNMENT", "/admin/meetings/index.xhtml?group=" + group, 1);
        assertEquals(1, assigned.size());
        assertEquals("Du er veileder for gruppen " + name + ".", assigned.get(0).getString("text"));
        assertEquals(1, unread(adviser.api()));
        awaitMails(adviser.email(), "Ledernett: Du er veileder for gruppen " + name, 1);
        adviser.api().get("api/notifications/settings").expect(200).object().getJsonArray("kinds").getValuesAs(JsonObject.class)
                .forEach(k -> assertTrue(List.of("ASSIGNMENT", "INTAKE_EMPTY").contains(k.getString("kind")), "an adviser chooses only their kinds: " + k));
        adviser.api().put("api/notifications/settings", "{\"kinds\":[{\"kind\":\"BUDGET\",\"inApp\":false,\"byMail\":false}]}").expect(400);
        adviser.api().put("api/notifications/settings", "{\"kinds\":[{\"kind\":\"NONSENSE\",\"inApp\":false,\"byMail\":false}]}").expect(400);
        adviser.api().put("api/notifications/settings", "{}").expect(400);

        // The first meeting moved to within a day, so its intake (closing 24 hours before) has closed; nobody wrote a challenge.
        long meeting = admin.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getJsonObject(0).getJsonNumber("id").longValue();
        LocalDateTime now = LocalDateTime.now(OSLO);
        LocalDateTime start = now;
        for (int h = 2; h < 24; h++) {
            start = now.plusHours(h).truncatedTo(ChronoUnit.HOURS);
            if (start.getHour() >= 1 && start.getHour() <= 21) {
                break;
            }
        }
        admin.put("api/meetings/" + meeting, """
                {"date":"%s","start":"%s","end":"%s","place":"Video","version":%d}""".formatted(start.toLocalDate(), start.toLocalTime(),
                start.toLocalTime().plusHours(2), admin.get("api/meetings/" + meeting).object().getJsonNumber("version").longValue())).expect(200);

        // Four checks at once, as several instances of a cluster might run them: one notification, one mail.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CyclicBarrier together = new CyclicBarrier(4);
            List<Future<Integer>> checks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                checks.add(pool.submit(() -> {
                    together.await();
                    return admin.post("api/notifications/checks", "").status();
                }));
            }
            for (Future<Integer> check : checks) {
                assertEquals(200, check.get());
            }
        } finally {
            pool.shutdownNow();
        }
        admin.post("api/notifications/checks", "").expect(200);
        String link = "/admin/meetings/meeting.xhtml?id=" + meeting;
        List<JsonObject> empty = of(adviser.api(), "INTAKE_EMPTY", link);
        assertEquals(1, empty.size(), "once, however many checks: " + empty);
        assertEquals("Ingen lederutfordringer til møtet i " + name + " " + start.toLocalDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + ": innmeldingen er stengt.", empty.get(0).getString("text"));
        assertEquals(2, unread(adviser.api()));

        // A later mail to the adviser (a second group) comes after any second intake mail would have: there is none.
        long second = admin.post("api/groups", """
                {"name":"%s B","municipality":"4601","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":2,"interval":"MONTHLY",
                 "start":"%s","mode":"VIDEO"}""".formatted(name, engagement, LocalDate.now(OSLO).plusDays(40))).expect(201).object()
                .getJsonNumber("id").longValue();
        admin.put("api/groups/" + second + "/adviser", "{\"adviserId\":" + adviser.id() + "}").expect(200);
        awaitMails(adviser.email(), "Ledernett: Du er veileder for gruppen " + name + " B", 1);
        assertEquals(1, mails(adviser.email(), "Ledernett: Ingen lederutfordringer").size(), "one mail however many checks");

        // Staff's notifications are not the adviser's, and the adviser's not another adviser's.
        long own = empty.get(0).getJsonNumber("id").longValue();
        new Api(base, "hanne.lunde@ledernett.no", Api.PASSWORD).post("api/notifications/" + own + "/read", "").expect(404);
        admin.post("api/notifications/" + own + "/read", "").expect(404);
        adviser.api().post("api/notifications/" + own + "/read", "").expect(200);
        adviser.api().post("api/notifications/read-all", "").expect(200);
        assertEquals(0, unread(adviser.api()));
        // Advisers may not run the check.
        adviser.api().post("api/notifications/checks", "").expect(403);
    }

    @Test
    void staff_hear_of_a_mail_given_up_and_of_an_invitation_not_taken_up() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        Api staff = freshStaff("varsel.post." + run + "@ledernett.no");
        String invitedName = "Uvillig Bruker " + run;
        GREEN_MAIL.stop();
        try {
            // Given up after its one attempt here (max-attempts=1): the invitation mail fails for good.
            new Api(base).post("api/users", """
                    {"email":"uvillig.%s@baerum.kommune.no","name":"%s","role":"CONTACT","municipality":"3201"}""".formatted(run, invitedName)).expect(201);
            List<JsonObject> failed = awaitNotifications(staff, "MAIL_FAILED", "Velkommen til Ledernett");
            assertFalse(failed.isEmpty(), "a mail given up is told: " + notifications(staff));
            assertEquals("/admin/mail/index.xhtml?status=FAILED", failed.get(0).getString("link"));
        } finally {
            TestMail.restart(GREEN_MAIL);
        }
        // Not taken up (after 0 days in this run; a week in production): told when the check runs, once however often it runs.
        new Api(base).post("api/notifications/checks", "").expect(200);
        new Api(base).post("api/notifications/checks", "").expect(200);
        List<JsonObject> invitations = notifications(staff).stream()
                .filter(n -> n.getString("kind").equals("INVITATION") && n.getString("text").startsWith(invitedName + " har ikke tatt i bruk invitasjonen fra "))
                .toList();
        assertEquals(1, invitations.size(), "once: " + invitations);
        assertEquals("/admin/users/index.xhtml?invited=true", invitations.get(0).getString("link"));
    }
}
