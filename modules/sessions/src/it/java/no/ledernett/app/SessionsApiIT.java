package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Meetings and challenges over HTTP. The API acts as staff until sign-in exists: never shown a challenge's text. */
@ExtendWith(ArquillianExtension.class)
class SessionsApiIT {

    static final String MARKER = "KONFIDENSIELL-7f3a9c";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private long group(String name, String start, String interval, int meetings) {
        long engagement = api.post("api/engagements", """
                {"municipality":"3201","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2027-12-31","hourBudget":100}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long group = api.post("api/groups", """
                {"name":"%s","municipality":"3201","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":%d,"interval":"%s",
                 "start":"%s","mode":"IN_PERSON","location":"Bærum rådhus"}""".formatted(name, engagement, meetings, interval, start))
                .expect(201).object().getJsonNumber("id").longValue();
        for (int i = 0; i < 3; i++) {
            long leader = api.post("api/leaders", """
                    {"municipality":"3201","name":"%s leder %d","email":"l%d.%d@baerum.kommune.no","sectorId":%d}"""
                    .formatted(name, i, group, i, i + 1)).expect(201).object().getJsonNumber("id").longValue();
            api.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        }
        return group;
    }

    /** Hanne Lunde, the demo adviser, made the group's adviser: she reads its challenges, chooses focus and writes next steps. */
    private Api adviserOf(long group) {
        long hanne = TestAdvisers.hanne(api);
        api.put("api/groups/" + group + "/adviser", "{\"adviserId\":" + hanne + "}").expect(200);
        return new Api(base, "hanne.lunde@ledernett.no", Api.PASSWORD);
    }

    @Test
    void the_schedule_skips_public_holidays_and_weekends() {
        long group = group("Helligdager", "2027-03-17", "MONTHLY", 4);
        List<JsonObject> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        List<String> dates = meetings.stream().map(m -> m.getString("date")).toList();
        assertEquals(List.of("2027-03-17", "2027-04-19", "2027-05-18", "2027-06-17"), dates, "17 April is a Saturday, 17 May a holiday");
        assertEquals(List.of("groupId:meetings.exist"), fields(api.post("api/meetings", "{\"groupId\":" + group + "}").expect(400)));
        for (JsonObject m : meetings) {
            assertFalse(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(LocalDate.parse(m.getString("date")).getDayOfWeek()));
        }
    }

    @Test
    void the_schedule_pauses_over_the_groups_blackout_periods_summer_and_christmas_by_default() {
        long group = group("Sommerpause", "2027-06-09", "EVERY_OTHER_WEEK", 4);
        assertEquals("01.07–31.07; 20.12–03.01", api.get("api/groups/" + group).object().getString("blackoutPeriods"), "the defaults");
        assertEquals(List.of("2027-06-09", "2027-06-23", "2027-08-04", "2027-08-18"), api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201)
                .array().getValuesAs(JsonObject.class).stream().map(m -> m.getString("date")).toList(), "7 and 21 July fall in the summer break");

        // Changed on the group: no summer break, but the autumn half-term week.
        long other = group("Høstferie", "2027-06-09", "EVERY_OTHER_WEEK", 4);
        JsonObject plan = api.get("api/groups/" + other).object();
        String body = """
                {"name":"Høstferie","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":4,"interval":"EVERY_OTHER_WEEK","start":"2027-06-09",
                 "mode":"IN_PERSON","location":"Bærum rådhus","version":%d,"blackoutPeriods":"%s"}""";
        assertEquals(List.of("blackoutPeriods:blackout.format"), fields(api.put("api/groups/" + other, body.formatted(plan.getJsonNumber("engagementId")
                .longValue(), plan.getJsonNumber("version").longValue(), "juli")).expect(400)));
        JsonObject changed = api.put("api/groups/" + other, body.formatted(plan.getJsonNumber("engagementId").longValue(),
                plan.getJsonNumber("version").longValue(), "4.10-8.10")).expect(200).object();
        assertEquals("04.10–08.10", changed.getString("blackoutPeriods"));
        assertEquals(List.of("2027-06-09", "2027-06-23", "2027-07-07", "2027-07-21"), api.post("api/meetings", "{\"groupId\":" + other + "}").expect(201)
                .array().getValuesAs(JsonObject.class).stream().map(m -> m.getString("date")).toList());
    }

    @Test
    void a_meeting_is_moved_or_cancelled_on_its_own_and_its_calendar_sequence_rises() {
        long group = group("Flytting", "2027-09-01", "MONTHLY", 3);
        List<JsonObject> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        long first = meetings.get(0).getJsonNumber("id").longValue();
        JsonObject moved = api.put("api/meetings/" + first, """
                {"date":"2027-09-02","start":"12:00","end":"14:30","place":"Kantina","version":%d}"""
                .formatted(meetings.get(0).getJsonNumber("version").longValue())).expect(200).object();
        assertEquals("2027-09-02", moved.getString("date"));
        assertEquals(1, moved.getInt("icsSequence"));
        assertEquals(List.of("end:time.order"), fields(api.put("api/meetings/" + first, """
                {"date":"2027-09-02","start":"12:00","end":"11:00","version":%d}""".formatted(moved.getJsonNumber("version").longValue())).expect(400)));
        // A move that does not mention the place keeps it.
        JsonObject later = api.put("api/meetings/" + first, """
                {"date":"2027-09-03","start":"12:00","end":"14:30","version":%d}""".formatted(moved.getJsonNumber("version").longValue())).expect(200).object();
        assertEquals("Kantina", later.getString("place"));
        long second = meetings.get(1).getJsonNumber("id").longValue();
        long secondVersion = meetings.get(1).getJsonNumber("version").longValue();
        api.post("api/meetings/" + second + "/cancel", "{}").expect(428);
        api.post("api/meetings/" + second + "/cancel", "{\"version\":" + (secondVersion + 7) + "}").expect(409);
        assertEquals("PLANNED", api.get("api/meetings/" + second).object().getString("status"), "nothing changed by a stale cancel");
        assertEquals("CANCELLED", api.post("api/meetings/" + second + "/cancel", "{\"version\":" + secondVersion + "}").expect(200).object().getString("status"));
        assertEquals("PLANNED", api.get("api/meetings/" + meetings.get(2).getJsonNumber("id").longValue()).object().getString("status"));
    }

    @Test
    void an_extra_meeting_joins_the_series_after_its_last_one() {
        long group = group("Ekstra", "2027-10-06", "MONTHLY", 2);
        api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201);
        JsonObject extra = api.post("api/meetings/extra", """
                {"groupId":%d,"date":"2028-01-12","start":"09:00","end":"11:00","place":"Rådhuset"}""".formatted(group)).expect(201).object();
        assertEquals(3, extra.getInt("numberInSeries"));
        assertEquals("Rådhuset", extra.getString("place"));
        assertEquals(3, api.get("api/meetings?groupId=" + group).array().size());
        assertEquals(List.of("end:time.order"), fields(api.post("api/meetings/extra", """
                {"groupId":%d,"date":"2028-01-12","start":"11:00","end":"09:00"}""".formatted(group)).expect(400)));
        api.post("api/meetings/extra", "{\"groupId\":987654321,\"date\":\"2028-01-12\",\"start\":\"09:00\",\"end\":\"11:00\"}").expect(404);
    }

    @Test
    void staff_enter_a_challenge_on_a_leaders_behalf_but_no_answer_ever_contains_its_text() {
        long group = group("Taushet", "2027-02-03", "MONTHLY", 2);
        long meeting = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getJsonObject(0).getJsonNumber("id").longValue();
        long leader = api.get("api/groups/" + group).object().getJsonArray("members").getJsonObject(0).getJsonNumber("leaderId").longValue();
        Api.Reply created = api.post("api/meetings/" + meeting + "/challenges", """
                {"leaderId":%d,"title":"%s tittel","description":"%s beskrivelse","helpWanted":"%s hjelp"}"""
                .formatted(leader, MARKER, MARKER, MARKER)).expect(201);
        assertTrue(created.object().getBoolean("confidential"));
        long challenge = created.object().getJsonNumber("id").longValue();
        long challengeVersion = api.get("api/meetings/" + meeting + "/challenges").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == challenge).findFirst().orElseThrow().getJsonNumber("version").longValue();
        // Staff cannot read the challenge, so they cannot write its next step or put it in focus: refused, saying why.
        String nextStep = "{\"nextStep\":\"" + MARKER + " neste steg\",\"version\":" + challengeVersion + "}";
        Api.Reply refused = api.put("api/challenges/" + challenge + "/next-step", nextStep).expect(400);
        assertEquals(List.of("nextStep:challenge.unreadable"), fields(refused));
        assertTrue(refused.body().contains("Bare gruppens veileder"), refused.body());
        assertEquals(List.of("challengeId:challenge.unreadable"), fields(api.put("api/meetings/" + meeting + "/focus", "{\"challengeId\":" + challenge + "}")
                .expect(400)));
        assertFalse(api.get("api/meetings/" + meeting + "/challenges").array().getJsonObject(0).getBoolean("inFocus"), "nothing changed");
        // The group's adviser, who reads it (in the meeting room), does both.
        Api adviser = adviserOf(group);
        adviser.put("api/challenges/" + challenge + "/next-step", nextStep).expect(200);
        for (String path : List.of("api/meetings/" + meeting + "/challenges", "api/meetings/" + meeting + "/focus-advice",
                "api/meetings/" + meeting + "/follow-up", "api/meetings/" + meeting + "/plan", "api/meetings/" + meeting,
                "api/meetings?groupId=" + group, "api/groups/" + group, "api/groups?size=200")) {
            Api.Reply reply = api.get(path).expect(200);
            assertFalse(reply.body().contains(MARKER), path + " leaked the challenge text");
        }
        assertFalse(created.body().contains(MARKER));

        JsonObject advice = api.get("api/meetings/" + meeting + "/focus-advice").expect(200).object();
        assertEquals(challenge, advice.getJsonNumber("suggestedChallengeId").longValue());
        assertEquals(3, advice.getJsonArray("neverInFocus").size());
        adviser.put("api/meetings/" + meeting + "/focus", "{\"challengeId\":" + challenge + "}").expect(200);
        assertTrue(api.get("api/meetings/" + meeting + "/challenges").array().getJsonObject(0).getBoolean("inFocus"));
        assertEquals(List.of("leaderId:challenge.notMember"), fields(api.post("api/meetings/" + meeting + "/challenges", """
                {"leaderId":1,"title":"Ikke medlem"}""").expect(400)));
    }

    @Test
    void the_facilitator_plan_gives_equal_round_slots_and_rotates_the_order() {
        long group = group("Runde", "2027-01-13", "EVERY_FOUR_WEEKS", 2);
        List<JsonObject> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        JsonObject first = api.get("api/meetings/" + meetings.get(0).getJsonNumber("id").longValue() + "/plan").expect(200).object();
        JsonObject second = api.get("api/meetings/" + meetings.get(1).getJsonNumber("id").longValue() + "/plan").expect(200).object();
        assertEquals(43, first.getInt("slotMinutes"), "(150 − 20) / 3");
        assertEquals(first.getJsonArray("presenters").getString(1), second.getJsonArray("presenters").getString(0));
        assertEquals(130, first.getJsonArray("phases").getValuesAs(JsonObject.class).stream().mapToInt(p -> p.getInt("minutes")).sum());
    }

    @Test
    void a_held_meeting_logs_its_hours_and_the_engagement_warns_at_80_and_100_percent() {
        long engagement = api.post("api/engagements", """
                {"municipality":"3201","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2026-12-31","hourBudget":8}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long group = api.post("api/groups", """
                {"name":"Timer","municipality":"3201","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":3,"interval":"MONTHLY",
                 "start":"2026-01-13","mode":"VIDEO"}""".formatted(engagement)).expect(201).object().getJsonNumber("id").longValue();
        List<JsonObject> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        // Each meeting: 2.5 h plus 1 h preparation = 3.5 h of an 8-hour budget: 44 %, 88 %, 131 %.
        api.post("api/meetings/" + meetings.get(0).getJsonNumber("id").longValue() + "/held", "").expect(200);
        api.post("api/meetings/" + meetings.get(0).getJsonNumber("id").longValue() + "/held", "").expect(200);
        JsonObject after1 = api.get("api/engagements/" + engagement).object();
        assertEquals(3.5, after1.getJsonNumber("hoursUsed").doubleValue(), 1e-9, "logged once, however often marked held");
        assertEquals("OK", after1.getString("budgetWarning"));
        api.post("api/meetings/" + meetings.get(1).getJsonNumber("id").longValue() + "/held", "").expect(200);
        assertEquals("NEAR", api.get("api/engagements/" + engagement).object().getString("budgetWarning"));
        api.post("api/meetings/" + meetings.get(2).getJsonNumber("id").longValue() + "/held", "").expect(200);
        JsonObject over = api.get("api/engagements/" + engagement).object();
        assertEquals(10.5, over.getJsonNumber("hoursUsed").doubleValue(), 1e-9);
        assertEquals("OVER", over.getString("budgetWarning"));

        Api.Reply csv = api.download("api/hours/csv?engagementId=" + engagement + "&month=2026-02");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertEquals(List.of("Avtale;Måned;Dato;Beskrivelse;Timer",
                engagement + ";2026-02;2026-02-13;\"Timer, møte 2\";3,50",
                engagement + ";2026-02;;Sum;3,50"), csv.body().lines().toList());
        assertEquals(List.of("month:format.month"), fields(api.download("api/hours/csv?engagementId=" + engagement + "&month=feb").expect(400)));
    }

    @Test
    void nothing_is_marked_held_before_its_day_and_hours_outside_the_engagements_period_are_flagged() {
        long group = group("Ikke ennå", "2027-05-05", "MONTHLY", 1);
        long engagement = api.get("api/groups/" + group).object().getJsonNumber("engagementId").longValue();
        long meeting = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply refused = api.request("POST", "api/meetings/" + meeting + "/held", "application/json", "", "Accept-Language", "en").expect(400);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(List.of("date:held.notYet"), fields(refused));
        assertEquals("Cannot be marked held before the day it is planned for.", refused.object().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("Kan ikke markeres som avholdt før dagen den er satt opp til.", api.post("api/meetings/" + meeting + "/held", "").expect(400)
                .object().getJsonArray("errors").getJsonObject(0).getString("message"), "bokmål by default");
        assertEquals("PLANNED", api.get("api/meetings/" + meeting).object().getString("status"));
        assertEquals(0.0, api.get("api/engagements/" + engagement).object().getJsonNumber("hoursUsed").doubleValue(), 1e-9, "no hours logged");

        // A coaching session to come is refused alike.
        long coachingEngagement = coachingEngagement();
        long leader = coachedLeader("Fremtidig Leder");
        long adviser = coach("Fremtidig Coach", 10);
        long course = api.post("api/coaching", """
                {"leaderId":%d,"adviserId":%d,"engagementId":%d,"start":"2026-01-01","end":"2027-12-31","hoursPerMonth":1}"""
                .formatted(leader, adviser, coachingEngagement)).expect(201).object().getJsonNumber("id").longValue();
        long session = api.post("api/coaching/" + course + "/sessions", """
                {"date":"2027-05-05","start":"10:00","end":"11:00","mode":"PHONE","place":"+47 400 00 000"}""").expect(201).object()
                .getJsonNumber("id").longValue();
        assertEquals(List.of("date:held.notYet"), fields(api.post("api/coaching/sessions/" + session + "/held", "").expect(400)));
        assertEquals(0.0, api.get("api/engagements/" + coachingEngagement).object().getJsonNumber("hoursUsed").doubleValue(), 1e-9);

        // Held on a day before the engagement began: logged (the work was done), and flagged for staff.
        api.put("api/meetings/" + meeting, """
                {"date":"2025-12-10","start":"09:00","end":"11:30","version":%d}"""
                .formatted(api.get("api/meetings/" + meeting).object().getJsonNumber("version").longValue())).expect(200);
        api.post("api/meetings/" + meeting + "/held", "").expect(200);
        List<JsonObject> logged = api.get("api/hours?engagementId=" + engagement).expect(200).array().getValuesAs(JsonObject.class);
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).getBoolean("outsidePeriod"), logged.toString());
    }

    @Test
    void a_group_name_that_looks_like_a_formula_is_plain_text_in_the_hours_csv() {
        long engagement = api.post("api/engagements", """
                {"municipality":"3201","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2026-12-31","hourBudget":8}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long group = api.post("api/groups", """
                {"name":"=HYPERLINK(\\"http://evil.example\\",\\"klikk\\")","municipality":"3201","engagementId":%d,"kind":"CROSS_DISCIPLINARY",
                 "plannedMeetings":1,"interval":"MONTHLY","start":"2026-01-13","mode":"VIDEO"}""".formatted(engagement))
                .expect(201).object().getJsonNumber("id").longValue();
        long meeting = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getJsonObject(0).getJsonNumber("id").longValue();
        api.post("api/meetings/" + meeting + "/held", "").expect(200);

        List<String> lines = api.download("api/hours/csv?engagementId=" + engagement).expect(200).body().lines().toList();
        // A single quote first, so a spreadsheet shows the text instead of making a link of it; quotes inside doubled.
        assertEquals(engagement + ";2026-01;2026-01-13;\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klikk\"\"), møte 1\";3,50", lines.get(1));
        assertTrue(lines.stream().flatMap(l -> java.util.Arrays.stream(l.split(";"))).noneMatch(cell -> cell.matches("\"?[=+\\-@\t\r].*")),
                "no cell starts a formula: " + lines);
    }

    @Test
    void attendance_feeds_no_show_figures_and_feedback_averages_need_three_answers() {
        long group = group("Fremmøte", "2026-03-03", "MONTHLY", 2);
        long meeting = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getJsonObject(0).getJsonNumber("id").longValue();
        List<Long> members = api.get("api/groups/" + group).object().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("leaderId").longValue()).toList();
        api.put("api/meetings/" + meeting + "/attendance", """
                {"%d":"PRESENT","%d":"PRESENT","%d":"ABSENT"}""".formatted(members.get(0), members.get(1), members.get(2))).expect(200);
        assertEquals(List.of("%d:presence".formatted(members.get(0))), fields(api.put("api/meetings/" + meeting + "/attendance",
                "{\"" + members.get(0) + "\":\"LATE\"}").expect(400)));
        assertEquals(List.of("meetingId:feedback.notHeld"), fields(api.post("api/meetings/" + meeting + "/feedback",
                "{\"leaderId\":" + members.get(0) + ",\"rating\":5}").expect(400)));
        api.post("api/meetings/" + meeting + "/held", "").expect(200);
        List<JsonObject> figures = api.get("api/meetings/attendance-figures?groupId=" + group).expect(200).array().getValuesAs(JsonObject.class);
        JsonObject absentee = figures.stream().filter(f -> f.getJsonNumber("leaderId").longValue() == members.get(2)).findFirst().orElseThrow();
        assertEquals(1, absentee.getInt("absent"));
        assertEquals(1.0, absentee.getJsonNumber("noShowRate").doubleValue(), 1e-9);

        api.post("api/meetings/" + meeting + "/feedback", "{\"leaderId\":" + members.get(0) + ",\"rating\":5}").expect(204);
        api.post("api/meetings/" + meeting + "/feedback", "{\"leaderId\":" + members.get(1) + ",\"rating\":4,\"comment\":\"Nyttig\"}").expect(204);
        assertEquals(List.of("leaderId:feedback.notPresent"), fields(api.post("api/meetings/" + meeting + "/feedback",
                "{\"leaderId\":" + members.get(2) + ",\"rating\":1}").expect(400)));
        assertEquals(List.of("rating:range"), fields(api.post("api/meetings/" + meeting + "/feedback",
                "{\"leaderId\":" + members.get(1) + ",\"rating\":6}").expect(400)));
        JsonObject summary = api.get("api/meetings/" + meeting + "/feedback").expect(200).object();
        assertEquals(2, summary.getInt("answers"));
        assertTrue(!summary.containsKey("average") || summary.isNull("average"), "no average from two answers");
    }

    @Test
    void a_leaders_calendar_feed_is_valid_icalendar_that_follows_moves_and_dies_when_revoked() throws Exception {
        long group = group("Kalender", "2027-10-06", "MONTHLY", 2);
        List<JsonObject> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        long leader = api.get("api/groups/" + group).object().getJsonArray("members").getJsonObject(0).getJsonNumber("leaderId").longValue();
        JsonObject link = api.post("api/calendar", "{\"owner\":\"LEADER\",\"ownerId\":" + leader + "}").expect(201).object();
        String token = link.getString("token");
        assertTrue(token.length() >= 40, "unguessable");
        Api.Reply feed = api.download("api/calendar/" + token).expect(200);
        assertTrue(feed.contentType().startsWith("text/calendar"));
        // As a calendar program fetches it: no sign-in, no Accept header, no cookie.
        java.net.http.HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/calendar/" + token)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, anonymous.statusCode(), "a calendar program's fetch: " + anonymous.headers().map() + " " + anonymous.body());
        assertTrue(anonymous.body().startsWith("BEGIN:VCALENDAR"), anonymous.body());
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(feed.body()));
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        String uid = events.get(0).getProperty("UID").orElseThrow().getValue();

        long movedId = meetings.get(0).getJsonNumber("id").longValue();
        api.put("api/meetings/" + movedId, """
                {"date":"2027-10-07","start":"10:00","end":"12:30","place":"Nytt rom","version":%d}"""
                .formatted(api.get("api/meetings/" + movedId).object().getJsonNumber("version").longValue())).expect(200);
        net.fortuna.ical4j.model.component.VEvent moved = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(api.download("api/calendar/" + token).expect(200).body()))
                .<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
        assertEquals(uid, moved.getProperty("UID").orElseThrow().getValue());
        assertEquals("1", moved.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("20271007T080000Z", moved.getProperty("DTSTART").orElseThrow().getValue());
        System.out.println("ICS feed of a leader after one meeting was moved:\n" + api.download("api/calendar/" + token).body());

        api.delete("api/calendar/" + token).expect(204);
        api.download("api/calendar/" + token).expect(404);
        api.download("api/calendar/not-a-token").expect(404);
    }

    @Test
    void a_video_groups_meetings_keep_the_mode_and_link_and_the_calendar_carries_it() throws Exception {
        long engagement = api.post("api/engagements", """
                {"municipality":"3201","kind":"NETWORK_GROUPS","start":"2026-01-01","end":"2027-12-31","hourBudget":100}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long group = api.post("api/groups", """
                {"name":"Videogruppen","municipality":"3201","engagementId":%d,"kind":"CROSS_DISCIPLINARY","plannedMeetings":3,"interval":"MONTHLY",
                 "start":"2027-04-07","mode":"VIDEO","location":"https://video.example.no/baerum-ledere"}""".formatted(engagement))
                .expect(201).object().getJsonNumber("id").longValue();
        long leader = api.post("api/leaders", """
                {"municipality":"3201","name":"Video Leder","email":"video.%d@baerum.kommune.no"}""".formatted(System.nanoTime()))
                .expect(201).object().getJsonNumber("id").longValue();
        api.post("api/groups/" + group + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        List<JsonObject> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        assertEquals(3, meetings.size());
        for (JsonObject m : meetings) {
            assertEquals("VIDEO", m.getString("mode"));
            assertEquals("https://video.example.no/baerum-ledere", m.getString("place"), "every meeting keeps the plan's link");
        }
        String token = api.post("api/calendar", "{\"owner\":\"LEADER\",\"ownerId\":" + leader + "}").expect(201).object().getString("token");
        List<net.fortuna.ical4j.model.component.VEvent> events = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(api.download("api/calendar/" + token).expect(200).body())).getComponents("VEVENT");
        assertEquals(3, events.size());
        for (net.fortuna.ical4j.model.component.VEvent event : events) {
            assertEquals("https://video.example.no/baerum-ledere", event.getProperty("LOCATION").orElseThrow().getValue());
            assertEquals("https://video.example.no/baerum-ledere", event.getProperty("URL").orElseThrow().getValue());
        }
    }

    @Test
    void individual_coaching_logs_hours_counts_as_adviser_load_and_keeps_notes_from_staff() {
        long engagement = api.post("api/engagements", """
                {"municipality":"3201","kind":"INDIVIDUAL_COACHING","start":"2026-01-01","end":"2027-12-31","hourBudget":20}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long leader = api.post("api/leaders", """
                {"municipality":"3201","name":"Coachet Leder","email":"coachet@baerum.kommune.no"}""").expect(201).object().getJsonNumber("id").longValue();
        long adviser = api.post("api/advisers", """
                {"name":"Coach Coachesen","title":"rådgiver","email":"coach@ledernett.no","homeCounty":"32","writtenForms":["BOKMAL"],"monthlyCapacity":10}""")
                .expect(201).object().getJsonNumber("id").longValue();
        JsonObject course = api.post("api/coaching", """
                {"leaderId":%d,"adviserId":%d,"engagementId":%d,"start":"2026-11-01","end":"2027-06-30","hoursPerMonth":8}"""
                .formatted(leader, adviser, engagement)).expect(201).object();
        long courseId = course.getJsonNumber("id").longValue();
        JsonObject found = api.get("api/coaching?q=coachet&adviserId=" + adviser).expect(200).object();
        assertEquals(1, found.getJsonNumber("total").intValue());
        assertEquals("Coachet Leder", found.getJsonArray("items").getJsonObject(0).getString("leaderName"));
        assertEquals("Coach Coachesen", found.getJsonArray("items").getJsonObject(0).getString("adviserName"));
        assertEquals(0, api.get("api/coaching?q=ingen-slik-leder").expect(200).object().getJsonNumber("total").intValue());
        assertEquals(List.of("place:coaching.link"), fields(api.post("api/coaching/" + courseId + "/sessions", """
                {"date":"2027-01-20","start":"10:00","end":"11:00","mode":"VIDEO","place":"zoom"}""").expect(400)));
        assertEquals(List.of("place:coaching.place.PHONE"), fields(api.post("api/coaching/" + courseId + "/sessions", """
                {"date":"2027-01-20","start":"10:00","end":"11:00","mode":"PHONE"}""").expect(400)));
        long session = api.post("api/coaching/" + courseId + "/sessions", """
                {"date":"2026-11-18","start":"10:00","end":"11:30","mode":"PHONE","place":"+47 400 00 000"}""")
                .expect(201).object().getJsonNumber("id").longValue();
        api.post("api/coaching/sessions/" + session + "/held", "").expect(200);
        assertEquals(2.0, api.get("api/engagements/" + engagement).object().getJsonNumber("hoursUsed").doubleValue(), 1e-9, "1.5 h + 0.5 h");
        // A leader who did not come is billed as held, under a label that says so; not before the session's day, and only once.
        long missed = api.post("api/coaching/" + courseId + "/sessions", """
                {"date":"2026-11-25","start":"10:00","end":"11:00","mode":"PHONE","place":"+47 400 00 000"}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long ahead = api.post("api/coaching/" + courseId + "/sessions", """
                {"date":"2027-01-20","start":"10:00","end":"11:00","mode":"PHONE","place":"+47 400 00 000"}""")
                .expect(201).object().getJsonNumber("id").longValue();
        assertEquals(List.of("date:noShow.notYet"), fields(api.post("api/coaching/sessions/" + ahead + "/no-show", "").expect(400)));
        assertEquals("NO_SHOW", api.post("api/coaching/sessions/" + missed + "/no-show", "").expect(200).object().getString("status"));
        assertEquals(List.of("status:meeting.notPlanned"), fields(api.post("api/coaching/sessions/" + missed + "/no-show", "").expect(400)));
        assertEquals(List.of("status:meeting.notPlanned"), fields(api.post("api/coaching/sessions/" + session + "/no-show", "").expect(400)));
        assertEquals(3.5, api.get("api/engagements/" + engagement).object().getJsonNumber("hoursUsed").doubleValue(), 1e-9, "and 1 h + 0.5 h missed");
        assertTrue(api.download("api/hours/csv?engagementId=" + engagement).expect(200).body().contains("Individuell veiledning (ikke møtt, faktureres)"));

        // Staff never get the adviser's private notes.
        api.get("api/coaching/sessions/" + session + "/notes").expect(404);
        api.put("api/coaching/sessions/" + session + "/notes", "{\"notes\":\"privat\",\"version\":0}").expect(404);
        // The course's own adviser writes and reads them; another adviser finds nothing.
        Api hanne = new Api(base, "hanne.lunde@ledernett.no", Api.PASSWORD);
        long hannesId = hanne.get("api/me").expect(200).object().getJsonNumber("adviserId").longValue();
        long hannesCourse = api.get("api/coaching?adviserId=" + hannesId).expect(200).object().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long hannesSession = api.get("api/coaching/" + hannesCourse + "/sessions").expect(200).array().getJsonObject(0).getJsonNumber("id").longValue();
        long notesVersion = hanne.get("api/coaching/sessions/" + hannesSession + "/notes").expect(200).object().getJsonNumber("version").longValue();
        hanne.put("api/coaching/sessions/" + hannesSession + "/notes", "{\"notes\":\"Bare mitt\",\"version\":" + notesVersion + "}").expect(204);
        assertEquals("Bare mitt", hanne.get("api/coaching/sessions/" + hannesSession + "/notes").expect(200).object().getString("notes"));
        api.get("api/coaching/sessions/" + hannesSession + "/notes").expect(404);
        hanne.get("api/coaching/sessions/" + session + "/notes").expect(404);

        // The sessions are in both calendar feeds: one UID for life, SEQUENCE raised when cancelled, the phone number as the place, never the notes.
        api.post("api/coaching/sessions/" + ahead + "/cancel", "").expect(200);
        Map<String, net.fortuna.ical4j.model.component.VEvent> leaderFeed = events(feed("LEADER", leader));
        assertEquals(3, leaderFeed.size(), leaderFeed.keySet().toString());
        net.fortuna.ical4j.model.component.VEvent cancelled = leaderFeed.get("coaching-" + ahead + "@ledernett.no");
        assertEquals("1", cancelled.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("CANCELLED", cancelled.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("Telefon: +47 400 00 000", cancelled.getProperty("LOCATION").orElseThrow().getValue());
        assertEquals("Individuell veiledning", cancelled.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals("0", leaderFeed.get("coaching-" + missed + "@ledernett.no").getProperty("SEQUENCE").orElseThrow().getValue());
        Map<String, net.fortuna.ical4j.model.component.VEvent> coachFeed = events(feed("ADVISER", adviser));
        assertEquals(leaderFeed.keySet(), coachFeed.keySet());
        assertEquals("Individuell veiledning: Coachet Leder", coachFeed.get("coaching-" + session + "@ledernett.no").getProperty("SUMMARY").orElseThrow().getValue());
        String hannesFeed = feed("ADVISER", hannesId);
        assertTrue(hannesFeed.contains("coaching-" + hannesSession + "@ledernett.no"), hannesFeed);
        assertTrue(!hannesFeed.contains("Bare mitt"), hannesFeed);

        // The course's 8 hours a month count against the adviser's 10.
        JsonObject ranking = api.post("api/matching/ranking", """
                {"municipality":"3201","mode":"VIDEO","start":"2027-02-01","end":"2027-03-31","hoursPerMonth":4}""").expect(200).object();
        assertTrue(ranking.getJsonArray("excluded").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getJsonNumber("adviserId").longValue() == adviser
                        && e.getJsonArray("reasons").getJsonObject(0).getString("code").equals("NO_CAPACITY")));
        assertEquals(List.of("engagementId:coaching.notBought"), fields(api.post("api/coaching", """
                {"leaderId":%d,"adviserId":%d,"engagementId":%d,"start":"2027-01-01","end":"2027-06-30","hoursPerMonth":2}"""
                .formatted(leader, adviser, api.post("api/engagements", """
                        {"municipality":"3201","kind":"NETWORK_GROUPS","start":"2027-01-01","end":"2027-12-31","hourBudget":20}""")
                        .expect(201).object().getJsonNumber("id").longValue())).expect(400)));
    }

    @Test
    void a_course_is_refused_an_adviser_the_ranking_excludes_with_a_problem_document_in_the_callers_language() {
        long engagement = coachingEngagement();
        long leader = coachedLeader("Avvist Leder");
        long full = coach("Full Coach", 1);
        String course = """
                {"leaderId":%d,"adviserId":%d,"engagementId":%d,"start":"2027-01-01","end":"2027-06-30","hoursPerMonth":%d}""";
        // The ranking for this course excludes the adviser (one hour a month free, two wanted), as the new-course form does.
        assertTrue(api.post("api/matching/ranking", """
                {"municipality":"3201","mode":"IN_PERSON","start":"2027-01-01","end":"2027-06-30","hoursPerMonth":2}""").expect(200).object()
                .getJsonArray("excluded").getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getJsonNumber("adviserId").longValue() == full));
        Api.Reply refused = api.request("POST", "api/coaching", "application/json", course.formatted(leader, full, engagement, 2), "Accept-Language", "en")
                .expect(400);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(List.of("adviserId:coaching.excluded.NO_CAPACITY"), fields(refused));
        assertEquals("The adviser has no capacity for these hours in the period of the course. Choose one of the advisers suggested.",
                refused.object().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertTrue(api.post("api/coaching", course.formatted(leader, full, engagement, 2)).expect(400).object().getJsonArray("errors").getJsonObject(0)
                .getString("message").startsWith("Veilederen har ikke kapasitet"), "bokmål by default");
        assertEquals(0, api.get("api/coaching?adviserId=" + full).expect(200).object().getJsonNumber("total").intValue(), "no course was made");
        // Within its capacity the same adviser is taken.
        api.post("api/coaching", course.formatted(leader, full, engagement, 1)).expect(201);
    }

    @Test
    void the_staff_gdpr_export_holds_every_kind_of_record_kept_about_the_leader_confidential_ones_as_dates_and_is_logged() {
        long group = group("Innsyn", "2026-03-03", "MONTHLY", 2);
        List<Long> members = api.get("api/groups/" + group).object().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("leaderId").longValue()).toList();
        long leader = members.get(0);
        long other = group("Innsyn to", "2027-03-10", "MONTHLY", 1);
        api.post("api/groups/" + other + "/members", "{\"leaderId\":" + leader + "}").expect(201);
        List<Long> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("id").longValue()).toList();
        long challenge = api.post("api/meetings/" + meetings.get(0) + "/challenges", """
                {"leaderId":%d,"title":"Innsynssak","description":"Beskrivelse","helpWanted":"Hjelp"}""".formatted(leader)).expect(201).object()
                .getJsonNumber("id").longValue();
        long version = api.get("api/meetings/" + meetings.get(0) + "/challenges").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == challenge).findFirst().orElseThrow().getJsonNumber("version").longValue();
        adviserOf(group).put("api/challenges/" + challenge + "/next-step", "{\"nextStep\":\"Snakke med rektor\",\"version\":" + version + "}").expect(200);
        api.put("api/meetings/" + meetings.get(0) + "/attendance", "{\"" + leader + "\":\"PRESENT\",\"" + members.get(1) + "\":\"PRESENT\"}")
                .expect(200);
        api.put("api/meetings/" + meetings.get(1) + "/attendance", "{\"" + leader + "\":\"EXCUSED\"}").expect(200);
        api.post("api/meetings/" + meetings.get(0) + "/held", "").expect(200);
        api.post("api/meetings/" + meetings.get(0) + "/feedback", "{\"leaderId\":" + leader + ",\"rating\":4,\"comment\":\"Nyttig\"}").expect(204);
        api.post("api/meetings/" + meetings.get(0) + "/feedback", "{\"leaderId\":" + members.get(1) + ",\"rating\":2}").expect(204);
        long engagement = api.post("api/engagements", """
                {"municipality":"3201","kind":"INDIVIDUAL_COACHING","start":"2027-01-01","end":"2027-12-31","hourBudget":20}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long adviser = api.post("api/advisers", """
                {"name":"Innsyn Coach","title":"rådgiver","email":"innsyn.coach@ledernett.no","homeCounty":"32","writtenForms":["BOKMAL"],"monthlyCapacity":10}""")
                .expect(201).object().getJsonNumber("id").longValue();
        long course = api.post("api/coaching", """
                {"leaderId":%d,"adviserId":%d,"engagementId":%d,"start":"2027-01-01","end":"2027-06-30","hoursPerMonth":2}"""
                .formatted(leader, adviser, engagement)).expect(201).object().getJsonNumber("id").longValue();
        for (String date : List.of("2027-01-20", "2027-02-17")) {
            api.post("api/coaching/" + course + "/sessions", """
                    {"date":"%s","start":"10:00","end":"11:00","mode":"PHONE","place":"+47 400 00 000"}""".formatted(date)).expect(201);
        }
        api.post("api/calendar", "{\"owner\":\"LEADER\",\"ownerId\":" + leader + "}").expect(201);
        String address = api.get("api/leaders/" + leader).object().getString("email");
        // An account tied to a leader has the address on record for them, and is their only one.
        api.post("api/users", """
                {"email":"innsyn.%d@baerum.kommune.no","name":"Innsyn Leder","role":"PARTICIPANT","leaderId":%d}""".formatted(leader, leader))
                .expect(400);
        api.post("api/users", """
                {"email":"%s","name":"Innsyn Leder","role":"PARTICIPANT","leaderId":%d}""".formatted(address, leader))
                .expect(201);
        api.post("api/users", """
                {"email":"%s","name":"Innsyn Leder","role":"PARTICIPANT","leaderId":%d}""".formatted("ny." + address, leader))
                .expect(400);

        Api.Reply reply = api.get("api/personal-data/leaders/" + leader).expect(200);
        for (String text : List.of("Innsynssak", "Beskrivelse", "Hjelp", "Snakke med rektor", "Nyttig")) {
            assertFalse(reply.body().contains(text), "staff never get a challenge, next step or comment: " + text);
        }
        JsonObject export = reply.object();
        assertEquals(List.of("leader", "groups", "challenges", "attendance", "feedback", "coaching", "calendarLinks", "user"),
                List.copyOf(export.keySet()));
        JsonObject person = export.getJsonObject("leader");
        assertEquals(leader, person.getJsonNumber("id").longValue());
        assertTrue(person.getString("name").startsWith("Innsyn leder "), person.toString());
        assertEquals("3201", person.getString("municipality"));
        assertEquals(List.of("id", "name", "email", "phone", "positionTitle", "unit", "municipality"), List.copyOf(person.keySet()));
        List<JsonObject> groups = export.getJsonArray("groups").getValuesAs(JsonObject.class);
        assertEquals(List.of("Innsyn", "Innsyn to"), groups.stream().map(g -> g.getString("group")).sorted().toList(), "one row per membership");
        assertTrue(groups.stream().allMatch(g -> g.isNull("left")), "a current membership has not ended: JSON null " + groups);
        assertFalse(reply.body().contains("\"null\""), "no value is the text \"null\": " + reply.body());
        List<JsonObject> challenges = export.getJsonArray("challenges").getValuesAs(JsonObject.class);
        assertEquals(1, challenges.size());
        assertEquals(List.of("meetingId", "meetingDate", "submittedAt", "hasNextStep", "nextStepDone"), List.copyOf(challenges.get(0).keySet()),
                "that a challenge and a next step exist, and when; never their text");
        assertEquals(meetings.get(0), challenges.get(0).getJsonNumber("meetingId").longValue());
        assertEquals(api.get("api/meetings/" + meetings.get(0)).object().getString("date"), challenges.get(0).getString("meetingDate"));
        assertTrue(challenges.get(0).getBoolean("hasNextStep"));
        assertEquals(List.of(meetings.get(0) + ":PRESENT", meetings.get(1) + ":EXCUSED"), export.getJsonArray("attendance")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("meetingId").longValue() + ":" + a.getString("presence")).toList());
        List<JsonObject> feedback = export.getJsonArray("feedback").getValuesAs(JsonObject.class);
        assertEquals(1, feedback.size(), "only the leader's own feedback");
        assertEquals(meetings.get(0), feedback.get(0).getJsonNumber("meetingId").longValue());
        assertEquals(4, feedback.get(0).getInt("rating"));
        assertTrue(feedback.get(0).getBoolean("hasComment"));
        assertFalse(feedback.get(0).containsKey("comment"));
        List<JsonObject> coaching = export.getJsonArray("coaching").getValuesAs(JsonObject.class);
        assertEquals(1, coaching.size());
        assertEquals(course, coaching.get(0).getJsonNumber("courseId").longValue());
        assertEquals(List.of("2027-01-20", "2027-02-17"), coaching.get(0).getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .map(x -> x.getString("date")).toList());
        assertEquals(List.of("date", "mode", "status", "hasAdviserNotes"), List.copyOf(coaching.get(0).getJsonArray("sessions").getJsonObject(0).keySet()));
        assertEquals(0, coaching.get(0).getInt("sessionsWithAdviserNotes"));
        assertEquals(1, export.getInt("calendarLinks"));
        assertEquals(address, export.getJsonObject("user").getString("email"));
        assertEquals("PARTICIPANT", export.getJsonObject("user").getString("role"));

        // A leader with nothing but a membership: empty lists, no user.
        JsonObject plain = api.get("api/personal-data/leaders/" + members.get(2)).expect(200).object();
        assertEquals(List.of("leader", "groups", "challenges", "attendance", "feedback", "coaching", "calendarLinks"), List.copyOf(plain.keySet()));
        assertEquals(1, plain.getJsonArray("groups").size());
        assertTrue(plain.getJsonArray("attendance").isEmpty() && plain.getJsonArray("feedback").isEmpty());
        assertEquals(0, plain.getInt("calendarLinks"));
        api.get("api/personal-data/leaders/999999999").expect(404);

        assertTrue(api.get("api/audit?action=gdpr.export&size=50").object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("subject").equals("leader:" + leader) && a.getString("who").equals(Api.STAFF)), "logged, with who");
    }

    /** An engagement in Bærum that bought individual coaching, 2026–2027. */
    private long coachingEngagement() {
        return api.post("api/engagements", """
                {"municipality":"3201","kind":"INDIVIDUAL_COACHING","start":"2026-01-01","end":"2027-12-31","hourBudget":20}""")
                .expect(201).object().getJsonNumber("id").longValue();
    }

    /** A new leader in Bærum with an address of their own. */
    private long coachedLeader(String name) {
        return api.post("api/leaders", """
                {"municipality":"3201","name":"%s","email":"leder.%d@baerum.kommune.no"}""".formatted(name, System.nanoTime()))
                .expect(201).object().getJsonNumber("id").longValue();
    }

    /** A new adviser with this many hours a month, nothing committed yet. */
    private long coach(String name, int monthlyCapacity) {
        return api.post("api/advisers", """
                {"name":"%s","title":"rådgiver","email":"coach.%d@ledernett.no","homeCounty":"32","writtenForms":["BOKMAL"],"monthlyCapacity":%d}"""
                .formatted(name, System.nanoTime(), monthlyCapacity)).expect(201).object().getJsonNumber("id").longValue();
    }

    private static List<String> fields(Api.Reply problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList();
    }

    private String feed(String owner, long ownerId) {
        String token = api.post("api/calendar", "{\"owner\":\"" + owner + "\",\"ownerId\":" + ownerId + "}").expect(201).object().getString("token");
        return api.download("api/calendar/" + token).expect(200).body();
    }

    /** A feed's events by UID. */
    private static Map<String, net.fortuna.ical4j.model.component.VEvent> events(String feed) {
        try {
            List<net.fortuna.ical4j.model.component.VEvent> events = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(feed))
                    .getComponents("VEVENT");
            return events.stream().collect(java.util.stream.Collectors.toMap(e -> e.getProperty("UID").orElseThrow().getValue(), e -> e));
        } catch (java.io.IOException | net.fortuna.ical4j.data.ParserException e) {
            throw new IllegalStateException(e);
        }
    }
}
