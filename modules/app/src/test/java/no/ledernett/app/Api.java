package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small HTTP client for the black-box tests: what a real API client would send and see. Every answer
 * under /api is held against the OpenAPI document ({@link ApiContract}): a status, content type or body
 * the document does not describe fails the test, so the document cannot drift from the API.
 */
final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The demo data's users; all share one password. */
    static final String STAFF = "staff@ledernett.no";
    static final String PASSWORD = "ledernett-demo";

    private final URI base;
    private final String authorization;

    /** A client signed in as the demo staff user. */
    Api(URL deployment) {
        this(deployment, STAFF, PASSWORD);
    }

    /** A client sending these credentials with HTTP Basic, or none when email is null. */
    Api(URL deployment, String email, String password) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
        this.authorization = email == null ? null
                : "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A client signed in with an API token (Bearer). */
    static Api withToken(URL deployment, String token) {
        return new Api(deployment, "Bearer " + token);
    }

    private Api(URL deployment, String authorization) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
        this.authorization = authorization;
    }

    static Api anonymous(URL deployment) {
        return new Api(deployment, null, null);
    }

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        Reply expect(int expected) {
            assertEquals(expected, status, () -> "status of a reply with body " + body);
            return this;
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A file download, as a browser asks for it. */
    Reply download(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), "*/*");
    }

    Reply get(String path, String language) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json, String language) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json").header("Accept-Language", language)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A plain HTML form post, as a browser sends it. */
    Reply form(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), "text/html");
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** Any request with extra headers (name, value, name, value …), as a hostile or unusual client sends it; body may be null. */
    Reply request(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Health lives at the server root, beside the application's context root. */
    Reply serverRoot(String path) {
        return send(HttpRequest.newBuilder(base.resolve("/" + path)).GET());
    }

    private Reply send(HttpRequest.Builder request) {
        return send(request, "application/json, application/problem+json");
    }

    private Reply send(HttpRequest.Builder request, String accept) {
        try {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpRequest built = request.header("Accept", accept).timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                // A kept-alive connection the server closed just as it was reused ("EOF reached while
                // reading"): a browser sends a read again on a new connection, and so does this client.
                if (!built.method().equals("GET")) {
                    throw e;
                }
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            ApiContract.of(base).check(built.method(), built.uri(), response.statusCode(), contentType, response.body());
            return new Reply(response.statusCode(), contentType, response.body(), response);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }
}
