package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks on the OpenAPI document fail when they should: on a document that breaks each rule, and on a wrong answer. */
class ApiContractTest {

    private static final String GOOD = """
            {"openapi":"3.0.3","info":{"title":"T","version":"1","description":"D"},
             "paths":{"/api/things/{id}":{"get":{"operationId":"things_get","summary":"One thing","description":"**Roles**: staff.",
               "tags":["things"],"security":[{"basic":[]}],
               "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}}],
               "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                            "404":{"$ref":"#/components/responses/NotFound"}}}}},
             "components":{"securitySchemes":{"basic":{"type":"http","scheme":"basic"}},
               "schemas":{"Thing":{"type":"object","required":["id","made"],"properties":{"id":{"type":"integer"},"made":{"type":"string","format":"date"}}},
                          "Problem":{"type":"object","required":["status"],"properties":{"status":{"type":"integer"}}}},
               "responses":{"NotFound":{"description":"none","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}
            """;

    @Test
    void a_complete_document_has_no_problems() {
        assertEquals(List.of(), ApiContract.problems(GOOD));
    }

    @Test
    void each_missing_piece_is_named() {
        String bad = GOOD.replace("\"summary\":\"One thing\",", "")
                .replace("\"tags\":[\"things\"],", "")
                .replace("\"security\":[{\"basic\":[]}],", "")
                .replace("\"404\":{\"$ref\":\"#/components/responses/NotFound\"}", "\"404\":{\"description\":\"none\"}")
                .replace("\"made\":{\"type\":\"string\",\"format\":\"date\"}", "\"made\":{\"type\":\"object\"}")
                .replace("\"description\":\"D\"", "\"description\":\"\"");
        String problems = String.join("\n", ApiContract.problems(bad));
        for (String expected : List.of("info has no description", "GET /api/things/{id}: no summary", "GET /api/things/{id}: no tag",
                "neither security nor said to be public", "no 4xx answer", "schema Thing.made is an object")) {
            assertTrue(problems.contains(expected), () -> "expected «" + expected + "» in:\n" + problems);
        }
    }

    @Test
    void the_parser_names_what_openapi_forbids() {
        String bad = GOOD.replace("\"in\":\"path\",\"required\":true", "\"in\":\"path\"").replace("\"version\":\"1\",", "");
        List<String> problems = ApiContract.problems(bad);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("parser:") && p.contains("version")), () -> String.join("\n", problems));
    }

    @Test
    void an_answer_the_document_does_not_describe_fails() throws Exception {
        var contract = ApiContract.class.getDeclaredConstructor(String.class);
        contract.setAccessible(true);
        ApiContract document = contract.newInstance(GOOD);
        URI thing = URI.create("http://localhost/api/things/1");
        document.check("GET", thing, 200, "application/json", "{\"id\":1,\"made\":\"2026-05-01\"}");
        AssertionError wrongType = assertThrows(AssertionError.class,
                () -> document.check("GET", thing, 200, "application/json", "{\"id\":\"one\",\"made\":\"2026-05-01\"}"));
        assertTrue(wrongType.getMessage().contains("GET /api/things/1"), wrongType.getMessage());
        assertThrows(AssertionError.class, () -> document.check("GET", thing, 200, "application/json", "{\"id\":1}"), "a required field missing");
        assertThrows(AssertionError.class, () -> document.check("GET", thing, 200, "application/json", "{\"id\":1,\"made\":\"1. mai\"}"), "not a date");
        assertThrows(AssertionError.class, () -> document.check("GET", thing, 409, "application/problem+json", "{\"status\":409}"),
                "a status the document does not name");
    }
}
