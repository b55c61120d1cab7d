package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
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
                {"municipality":"3201","kind":"NETWORK_GROUPS","start":"2027-01-01","end":"2027-12-31","hourBudget":100}""")
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
    void a_meeting_is_moved_or_cancelled_on_its_own_and_its_calendar_sequence_rises() {
        long group = group("Flytting", "2027-09-01", "MONTHLY", 3);
        List<JsonObject> meetings = api.post("api/meetings", "{\"groupId\":" + group + "}").expect(201).array().getValuesAs(JsonObject.class);
        long first = meetings.get(0).getJsonNumber("id").longValue();
        JsonObject moved = api.put("api/meetings/" + first, """
                {"date":"2027-09-02","start":"12:00","end":"14:30","place":"Kantina"}""").expect(200).object();
        assertEquals("2027-09-02", moved.getString("date"));
        assertEquals(1, moved.getInt("icsSequence"));
        assertEquals(List.of("end:time.order"), fields(api.put("api/meetings/" + first, """
                {"date":"2027-09-02","start":"12:00","end":"11:00"}""").expect(400)));
        long second = meetings.get(1).getJsonNumber("id").longValue();
        assertEquals("CANCELLED", api.post("api/meetings/" + second + "/cancel", "").expect(200).object().getString("status"));
        assertEquals("PLANNED", api.get("api/meetings/" + meetings.get(2).getJsonNumber("id").longValue()).object().getString("status"));
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
        api.put("api/challenges/" + challenge + "/next-step", "{\"nextStep\":\"" + MARKER + " neste steg\"}").expect(200);
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
        api.put("api/meetings/" + meeting + "/focus", "{\"challengeId\":" + challenge + "}").expect(200);
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

    private static List<String> fields(Api.Reply problem) {
        return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ":" + e.getString("rule")).toList();
    }
}
