package no.ledernett.app;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The OpenAPI document as a contract (issue 23): {@link #problems} says what is wrong with the
 * document itself (swagger-parser's messages and our own rules), and {@link #check} holds a real
 * answer of the API against it, so every API test also tests the document. Loaded once per server.
 */
final class ApiContract {

    private static final Map<String, ApiContract> BY_SERVER = new ConcurrentHashMap<>();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    final String json;
    private final OpenApiInteractionValidator validator;

    private ApiContract(String json) {
        this.json = json;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(standard(json))
                .withLevelResolver(LevelResolver.create()
                        // Requests are the tests' business (many are wrong on purpose); answers are checked.
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        // A path or method the API does not have answers 404 or 405 from the server, not from an operation.
                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The document of the server at this address (scheme, host and port), fetched once. */
    static ApiContract of(URI anyAddress) {
        return BY_SERVER.computeIfAbsent(anyAddress.resolve("/").toString(), root -> new ApiContract(fetch(URI.create(root).resolve("/openapi"))));
    }

    static String fetch(URI document) {
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(document)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(300)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("GET " + document + " answered " + reply.statusCode());
            }
            return reply.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("GET " + document + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails the test when this answer is not what the document says the operation answers. */
    void check(String method, URI uri, int status, String contentType, String body) {
        String path = uri.getRawPath();
        int api = path.indexOf("/api/");
        if (api < 0 || !METHODS.contains(method.toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null && !contentType.isEmpty()) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path.substring(api), Request.Method.valueOf(method.toUpperCase(java.util.Locale.ROOT)),
                response.build());
        if (report.hasErrors()) {
            String mismatch = "The answer to " + method + " " + path.substring(api) + " (" + status + ", " + contentType
                    + ") is not what the OpenAPI document says:\n" + report.getMessages().stream()
                            .map(m -> "  " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"))
                    + "\nbody: " + (body == null ? "" : body.substring(0, Math.min(600, body.length())));
            if ("report".equals(System.getProperty("ledernett.api.contract"))) {
                // -Dledernett.api.contract=report: every mismatch of a run in one file, for fixing the document in one go.
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "api-contract-mismatches.txt"), mismatch + "\n\n",
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return;
            }
            throw new AssertionError(mismatch);
        }
    }

    /**
     * The document without the top-level "endpoints" map that Payara adds to every document (the deployed
     * paths per application) and no OpenAPI version allows. Payara copies it back into each document it
     * serves, so a filter cannot take it away (setting it to null makes /openapi fail); clients ignore it.
     */
    static String standard(String json) {
        JsonObject document = Json.createReader(new StringReader(json)).readObject();
        return document.containsKey("endpoints") ? Json.createObjectBuilder(document).remove("endpoints").build().toString() : json;
    }

    /** What is wrong with a document: a maintained parser's messages, then what this project asks of every operation. */
    static List<String> problems(String served) {
        String json = standard(served);
        List<String> problems = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIParser().readContents(json, null, options);
        if (result.getMessages() != null) {
            result.getMessages().forEach(m -> problems.add("parser: " + m));
        }
        if (result.getOpenAPI() == null) {
            problems.add("parser: no document");
            return problems;
        }
        JsonObject document = Json.createReader(new StringReader(json)).readObject();
        JsonObject components = document.getJsonObject("components");
        JsonObject info = document.getJsonObject("info");
        for (String field : List.of("title", "version", "description")) {
            if (info == null || info.getString(field, "").isBlank()) {
                problems.add("info has no " + field);
            }
        }
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var entry : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String name = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                JsonObject operation = entry.getValue().asJsonObject();
                if (operation.getString("summary", "").isBlank()) {
                    problems.add(name + ": no summary");
                }
                if (operation.getString("description", "").isBlank()) {
                    problems.add(name + ": no description");
                }
                if (!operation.containsKey("tags") || operation.getJsonArray("tags").isEmpty()) {
                    problems.add(name + ": no tag");
                }
                boolean secured = operation.containsKey("security") && !operation.getJsonArray("security").isEmpty();
                if (!secured && !operation.getString("description", "").contains("**Public**")) {
                    problems.add(name + ": neither security nor said to be public");
                }
                if (!hasProblemAnswer(operation.getJsonObject("responses"), components)) {
                    problems.add(name + ": no 4xx answer with an application/problem+json Problem");
                }
            }
        }
        JsonObject schemas = components == null ? null : components.getJsonObject("schemas");
        if (schemas != null) {
            for (var schema : schemas.entrySet()) {
                JsonObject properties = schema.getValue().asJsonObject().getJsonObject("properties");
                if (properties == null) {
                    continue;
                }
                for (var property : properties.entrySet()) {
                    JsonObject p = property.getValue().asJsonObject();
                    if ("object".equals(p.getString("type", "")) && !p.containsKey("properties") && !p.containsKey("additionalProperties")) {
                        problems.add("schema " + schema.getKey() + "." + property.getKey() + " is an object with nothing in it (a date typed as object?)");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean hasProblemAnswer(JsonObject responses, JsonObject components) {
        if (responses == null) {
            return false;
        }
        for (var response : responses.entrySet()) {
            if (!response.getKey().startsWith("4")) {
                continue;
            }
            JsonObject answer = response.getValue().asJsonObject();
            if (answer.containsKey("$ref") && components != null && components.containsKey("responses")) {
                String ref = answer.getString("$ref");
                answer = components.getJsonObject("responses").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            }
            JsonObject content = answer == null ? null : answer.getJsonObject("content");
            JsonValue problem = content == null ? null : content.get("application/problem+json");
            if (problem != null && problem.toString().contains("#/components/schemas/Problem")) {
                return true;
            }
        }
        return false;
    }
}
