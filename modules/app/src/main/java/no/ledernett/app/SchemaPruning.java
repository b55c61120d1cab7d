package no.ledernett.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Drops the schemas no operation uses: scanning the module jars also finds classes of libraries in
 * the WAR (phive's Schematron types), which are no part of the API.
 */
final class SchemaPruning {

    private SchemaPruning() {
    }

    static void keepReferenced(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Deque<Schema> toVisit = new ArrayDeque<>();
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> add(toVisit, p.getSchema()));
                }
                if (op.getRequestBody() != null) {
                    addContent(toVisit, op.getRequestBody().getContent());
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> addContent(toVisit, r.getContent()));
                }
            }));
        }
        if (api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().values().forEach(r -> addContent(toVisit, r.getContent()));
        }
        Set<String> used = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.get(name) != null) {
                    toVisit.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> add(toVisit, s));
            }
            add(toVisit, schema.getItems());
            if (schema.getAdditionalPropertiesSchema() != null) {
                add(toVisit, schema.getAdditionalPropertiesSchema());
            }
            for (var list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (list != null) {
                    list.forEach(s -> add(toVisit, s));
                }
            }
        }
        for (String name : Set.copyOf(schemas.keySet())) {
            if (!used.contains(name)) {
                api.getComponents().removeSchema(name);
            }
        }
    }

    /** Payara lists an enum's constants but leaves out that they are strings. */
    static void typeEnums(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        Deque<Schema> toVisit = new ArrayDeque<>(schemas.values());
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() && schema.getType() == null) {
                schema.setType(Schema.SchemaType.STRING);
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> add(toVisit, s));
            }
            add(toVisit, schema.getItems());
        }
    }

    /** Whether a schema, or the component schema it refers to, has this property; for inline and referred bodies alike. */
    static boolean hasProperty(Schema schema, String property, Map<String, Schema> schemas) {
        Schema resolved = schema;
        if (schema != null && schema.getRef() != null && schemas != null) {
            resolved = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return resolved != null && resolved.getProperties() != null && resolved.getProperties().containsKey(property);
    }

    private static void addContent(Deque<Schema> toVisit, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> add(toVisit, m.getSchema()));
        }
    }

    private static void add(Deque<Schema> toVisit, Schema schema) {
        if (schema != null) {
            toVisit.push(schema);
        }
    }
}
