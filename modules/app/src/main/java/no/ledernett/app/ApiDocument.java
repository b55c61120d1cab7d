package no.ledernett.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.ledernett.platform.web.Allowed;
import no.ledernett.platform.web.Public;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Makes Payara's generated OpenAPI document one a client developer can read (issue 23): what the API
 * is and how to sign in, a tag per module, and for every operation the roles that may call it (from
 * the very {@link Allowed}/{@link Public} annotations {@link no.ledernett.platform.web.ApiAccess}
 * enforces, so the document cannot promise other access than the API gives), its security schemes
 * and the problem documents it may answer with. Registered with {@code mp.openapi.filter}.
 * Summaries and descriptions are the resource methods' own {@code @Operation} annotations.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> WRITES = List.of("POST", "PUT", "DELETE", "PATCH");

    private final ResourceMethods resources = ResourceMethods.scan(ApiDocument.class.getClassLoader());
    private Map<String, Schema> schemas = Map.of();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setInfo(OASFactory.createInfo()
                .title("Ledernett API")
                .version("1.0")
                .description(DESCRIPTION));
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        securitySchemes(components);
        ProblemResponses.addTo(components);
        schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        api.setTags(new ArrayList<>(Modules.TAGS.entrySet().stream()
                .map(e -> OASFactory.createTag().name(e.getKey()).description(e.getValue())).toList()));
        Set<String> operationIds = new HashSet<>();
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> describe(path, item, operationIds));
        }
        SchemaPruning.keepReferenced(api);
        SchemaPruning.typeEnums(api.getComponents().getSchemas());
        whatPayaraCannotSee(api.getComponents().getSchemas());
    }

    private void describe(String path, PathItem item, Set<String> operationIds) {
        int apiStart = path.indexOf("/api/");
        String apiPath = apiStart < 0 ? path : path.substring(apiStart);
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
            String method = entry.getKey().name();
            Operation operation = entry.getValue();
            ResourceMethods.Found found = resources.find(method, apiPath);
            if (found == null) {
                continue;
            }
            String module = Modules.of(found.method().getDeclaringClass());
            operation.setTags(new ArrayList<>(List.of(module)));
            operation.setOperationId(unique(found.operationId(), operationIds));
            List<String> roles = roles(found.method());
            StringBuilder description = new StringBuilder(operation.getDescription() == null ? "" : operation.getDescription().strip());
            if (description.length() > 0) {
                description.append("\n\n");
            }
            if (roles == null) {
                description.append("**Public**: no sign-in needed.");
            } else {
                description.append("**Roles**: ").append(String.join(", ", roles)).append('.');
                operation.setSecurity(new ArrayList<>(List.of(scheme("session"), scheme("basic"), scheme("bearer"))));
                operation.addExtension("x-roles", roles);
            }
            operation.setDescription(description.toString());
            successResponse(operation, method, found);
            errorResponses(operation, method, apiPath, roles == null);
        }
    }

    /**
     * Properties Payara's scan gets wrong, each checked by the API tests' answers: JSON-B also writes
     * {@code MemberView.isCurrent()}, which is no record component, and a Map is more than an empty object.
     * (Payara's own {@code @Schema(properties = …)} on the record would do the first, but writes
     * {@code multipleOf: 0}, which makes the document invalid.)
     */
    private static void whatPayaraCannotSee(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        Schema member = schemas.get("MemberView");
        if (member != null && member.getProperties() != null && !member.getProperties().containsKey("isCurrent")) {
            member.addProperty("isCurrent", OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN).description("Still a member (no date left)."));
        }
        // Three records named Month (attendance, requests, capacity) are one schema to Payara, which keeps one of them.
        Schema figures = schemas.get("FiguresJson");
        if (figures != null && figures.getProperties() != null) {
            try {
                Class<?> json = Class.forName("no.ledernett.reports.web.ManagementFiguresResource$FiguresJson", false, ApiDocument.class.getClassLoader());
                for (java.lang.reflect.RecordComponent component : json.getRecordComponents()) {
                    if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                            && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()
                            && "Month".equals(element.getSimpleName()) && figures.getProperties().get(component.getName()) != null) {
                        figures.getProperties().get(component.getName()).items(recordSchema(element));
                    }
                }
            } catch (ClassNotFoundException e) {
                // No reports module in this WAR.
            }
        }
        Schema report = schemas.get("ReportJson");
        if (report != null && report.getProperties() != null && report.getProperties().get("hoursByMonth") != null) {
            report.getProperties().get("hoursByMonth").additionalPropertiesSchema(OASFactory.createSchema().type(Schema.SchemaType.NUMBER))
                    .description("Hours logged per month (yyyy-MM).");
        }
    }

    /** A record's schema by its components, as JSON-B writes them (nulls left out, so nothing is required but primitives). */
    static Schema recordSchema(Class<?> record) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        List<String> required = new ArrayList<>();
        for (java.lang.reflect.RecordComponent component : record.getRecordComponents()) {
            Class<?> type = component.getType();
            Schema property;
            if (type == String.class) {
                property = OASFactory.createSchema().type(Schema.SchemaType.STRING);
            } else if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
                property = OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
            } else if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
                property = OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
            } else if (type == boolean.class || type == Boolean.class) {
                property = OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
            } else if (type.getName().startsWith("java.time.")) {
                property = OASFactory.createSchema().ref(type.getSimpleName());
            } else {
                property = OASFactory.createSchema();
            }
            if (type.isPrimitive()) {
                required.add(component.getName());
            }
            schema.addProperty(component.getName(), property);
        }
        return required.isEmpty() ? schema : schema.required(required);
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }

    /** The roles that may call, or null when anyone may: as {@code ApiAccess} decides it. */
    static List<String> roles(java.lang.reflect.Method method) {
        for (java.lang.reflect.AnnotatedElement element : new java.lang.reflect.AnnotatedElement[] {method, method.getDeclaringClass()}) {
            if (element.isAnnotationPresent(Public.class)) {
                return null;
            }
            Allowed allowed = element.getAnnotation(Allowed.class);
            if (allowed != null) {
                return java.util.Arrays.stream(allowed.value()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
            }
        }
        return List.of("staff");
    }

    private static SecurityRequirement scheme(String name) {
        return OASFactory.createSecurityRequirement().addScheme(name);
    }

    /** Payara documents the answer as "default"; a method that returns nothing answers 204, a value 200. */
    private static void successResponse(Operation operation, String method, ResourceMethods.Found found) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponse("default") == null) {
            return;
        }
        APIResponse given = responses.getAPIResponse("default");
        Class<?> returned = found.method().getReturnType();
        if (returned == void.class) {
            responses.removeAPIResponse("default");
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done; nothing to tell."));
        } else if (returned != jakarta.ws.rs.core.Response.class) {
            responses.removeAPIResponse("default");
            given.setDescription("POST".equals(method) ? "Done; the answer." : "The answer.");
            responses.addAPIResponse("200", given);
        } else if ("Default Response.".equals(given.getDescription())) {
            // A JAX-RS Response says nothing of its entity: Payara calls it an object, which a list or a
            // file is not. Unless the method says more (@APIResponse), the body is left untyped.
            given.setDescription("The answer: 200 with a body, 201 with the created record and its Location, 202 when work "
                    + "was started, or 204 with none.");
            if (given.getContent() != null && given.getContent().getMediaTypes() != null) {
                given.getContent().getMediaTypes().values().forEach(type -> {
                    Schema schema = type.getSchema();
                    if (schema != null && schema.getRef() == null && (schema.getProperties() == null || schema.getProperties().isEmpty())
                            && schema.getType() == Schema.SchemaType.OBJECT) {
                        type.setSchema(OASFactory.createSchema().description("See the description."));
                    }
                });
            }
        }
    }

    private void errorResponses(Operation operation, String method, String path, boolean isPublic) {
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.PATH))
                || path.contains("{");
        boolean versioned = WRITES.contains(method) && (hasVersion(operation));
        Map<String, String> add = new LinkedHashMap<>();
        if (hasInput) {
            add.put("400", "BadRequest");
        }
        if (!isPublic) {
            add.put("401", "Unauthorized");
            add.put("403", "Forbidden");
        }
        boolean query = operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (path.contains("{") || query || operation.getRequestBody() != null) {
            // A record named in the path, a parameter (?municipality=) or the body (a leader's id) that does not exist.
            add.put("404", "NotFound");
        }
        if (WRITES.contains(method)) {
            add.put("409", "Conflict");
        }
        if (operation.getRequestBody() != null) {
            add.put("415", "UnsupportedMediaType");
        }
        if (versioned) {
            add.put("428", "PreconditionRequired");
        }
        if (!isPublic) {
            add.put("429", "TooManyRequests");
        }
        add.put("500", "Unexpected");
        add.put("503", "Unavailable");
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        add.forEach((status, name) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
            }
        });
        operation.setResponses(responses);
    }

    private boolean hasVersion(Operation operation) {
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> "version".equals(p.getName()))) {
            return true;
        }
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes().values().stream()
                        .anyMatch(type -> SchemaPruning.hasProperty(type.getSchema(), "version", schemas));
    }

    private static void securitySchemes(Components components) {
        components.addSecurityScheme("session", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                .description("The session of a browser signed in on the sign-in page (/login.xhtml). Writes with a session "
                        + "must come from the same origin (Origin or Referer), else 403."));
        components.addSecurityScheme("basic", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A user's e-mail and password with every request, e.g. `curl -u staff@ledernett.no:…`. "
                        + "Repeated failures make the client wait (see the README)."));
        components.addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("lnt_…")
                .description("An API token (`lnt_…`) that staff or a municipality's contact create under API tokens; "
                        + "shown once, with an expiry. A read token may only read (writes answer 403); a contact's token "
                        + "reaches only their own municipality. Revoked or expired tokens answer 401."));
    }

    private static final String DESCRIPTION = """
            The REST API of Ledernett, the consultancy's system for leadership coaching in Norwegian \
            municipalities: municipalities and what they bought, leaders, advisers and matching, network \
            groups, meetings and coaching, invoicing, reports and the portal.

            **Signing in.** Send HTTP Basic credentials (`curl -u user@example.no:password …`), an API \
            token as `Authorization: Bearer lnt_…`, or use the session of a browser signed in on \
            `/login.xhtml`. Each operation says which roles may call it (staff, adviser, contact, \
            participant); an operation that says nothing else is for staff. A contact or leader reaches \
            only their own municipality: another municipality's ids answer 404.

            **Errors** are RFC 9457 problem documents (`application/problem+json`, schema `Problem`), \
            with `errors` naming each field and rule when the input was invalid. Texts are in bokmål, \
            nynorsk or English after `Accept-Language` (`nb`, `nn`, `en`).

            **Lost updates.** A versioned record is changed by sending the `version` it was read at \
            (in the body, or `If-Match: "3"`; `?version=` on DELETE): none answers 428, a stale one 409.

            **Dates** are ISO 8601 (`2026-05-01`), local times Europe/Oslo, instants in UTC.""";
}
