package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * In a cluster a session lives on when its instance stops only if everything in it can be
 * serialised (web.xml is distributable). The test deployment's probe writes every session after
 * every request; this asks what it could not write.
 */
final class ReplicationCheck {

    private ReplicationCheck() {
    }

    static void assertSessionsReplicable(URL base) {
        try {
            HttpResponse<String> report = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "test-probe/session-serialization"))
                            // A path nobody listed in web.xml is for staff (deny by default), test probes too.
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                    (Api.STAFF + ":" + Api.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, report.statusCode(), "the session probe answers");
            assertEquals("", report.body(), "session attributes that could not be serialised (a cluster would lose them)");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
