package no.ledernett.app;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Hanne Lunde, the demo adviser with a sign-in, whom tests make the adviser of the groups and courses
 * they create. All integration classes share one server and database (SharedPayaraMicro), so the
 * groups earlier classes gave her would use up her hours and the ranking would leave her out: a test
 * that needs her with room first gives her the most hours an adviser may have, more than a test run fills.
 */
final class TestAdvisers {

    static final int ROOMY_CAPACITY = 200; // the most an adviser may have (AdviserInput)

    private TestAdvisers() {
    }

    /** Hanne's id, with at least {@link #ROOMY_CAPACITY} hours a month. */
    static long hanne(Api staff) {
        long id = staff.get("api/advisers?q=Hanne%20Lunde").object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject hanne = staff.get("api/advisers/" + id).expect(200).object();
        if (hanne.getInt("monthlyCapacity") < ROOMY_CAPACITY) {
            JsonObjectBuilder input = Json.createObjectBuilder();
            for (String field : new String[] {"name", "title", "email", "phone", "homeCounty", "writtenForms", "active", "absences", "version"}) {
                if (hanne.containsKey(field)) {
                    input.add(field, hanne.get(field));
                }
            }
            staff.put("api/advisers/" + id, input.add("monthlyCapacity", ROOMY_CAPACITY).build().toString()).expect(200);
        }
        return id;
    }
}
