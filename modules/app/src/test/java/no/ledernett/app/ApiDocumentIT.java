package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server publishes (issue 23): valid for a maintained parser, and every
 * operation with a summary, a module's tag, its security or said to be public, and its problem
 * answers ({@link ApiContract#problems}). Every API test then holds its answers against it (Api).
 */
@ExtendWith(ArquillianExtension.class)
class ApiDocumentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ledernett();
    }

    @ArquillianResource
    URL base;

    private JsonObject document() throws Exception {
        return Json.createReader(new StringReader(ApiContract.fetch(base.toURI().resolve("/openapi")))).readObject();
    }

    @Test
    void the_document_is_valid_and_every_operation_is_described() throws Exception {
        List<String> problems = ApiContract.problems(ApiContract.fetch(base.toURI().resolve("/openapi")));
        assertEquals(List.of(), problems, () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void roles_schemes_and_types_come_from_the_code() throws Exception {
        JsonObject document = document();
        assertEquals("Ledernett API", document.getJsonObject("info").getString("title"));
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
        assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
        assertEquals("cookie", schemes.getJsonObject("session").getString("in"));
        JsonObject paths = document.getJsonObject("paths");
        JsonObject syncLeaders = paths.getJsonObject("/api/municipalities/{number}/leaders").getJsonObject("put");
        assertEquals(Json.createArrayBuilder().add("staff").add("contact").build(), syncLeaders.getJsonArray("x-roles"));
        assertTrue(syncLeaders.getString("description").contains("**Roles**: staff, contact."), syncLeaders.getString("description"));
        JsonObject feed = paths.getJsonObject("/api/calendar/{token}").getJsonObject("get");
        assertTrue(!feed.containsKey("security") && feed.getString("description").contains("**Public**"), feed.toString());
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertEquals("date", schemas.getJsonObject("LocalDate").getString("format"));
        assertTrue(schemas.getJsonObject("GroupKind").getJsonArray("enum").size() == 2, schemas.getJsonObject("GroupKind").toString());
        assertTrue(schemas.containsKey("Problem"));
        assertTrue(document.getJsonArray("tags").size() >= 10, document.getJsonArray("tags").toString());
    }
}
