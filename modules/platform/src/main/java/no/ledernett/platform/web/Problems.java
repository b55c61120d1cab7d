package no.ledernett.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Violation;

/** Builds RFC 9457 problem documents in the caller's language. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final String TEXTS = "no.ledernett.platform.Problems";
    /** The kinds whose detail says that nothing was saved; each has a ".detail.read" text without it. */
    private static final java.util.Set<String> SAYS_NOTHING_SAVED = java.util.Set.of("invalid-input", "unexpected", "unavailable");

    private Problems() {
    }

    public static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale candidate : headers.getAcceptableLanguages()) {
                var known = no.ledernett.platform.Language.of(candidate.toLanguageTag());
                if (known.isPresent()) {
                    return known.get().locale();
                }
            }
        }
        return Texts.BOKMAL;
    }

    public static Response response(int status, String kind, Locale locale, List<Violation> violations, Object... detailArgs) {
        return response(null, status, kind, locale, violations, detailArgs);
    }

    /**
     * The same, for a request of a known method: the answer to a read (GET, HEAD) never says that
     * nothing was saved, since nothing was to be.
     */
    public static Response response(String method, int status, String kind, Locale locale, List<Violation> violations, Object... detailArgs) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:ledernett:problem:" + kind)
                .add("title", Texts.format(TEXTS, locale, kind + ".title"))
                .add("status", status)
                .add("detail", detail(method, kind, locale, detailArgs));
        if (!violations.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (Violation v : violations) {
                errors.add(Json.createObjectBuilder()
                        .add("field", v.field())
                        .add("rule", v.rule())
                        .add("message", v.message(locale)));
            }
            body.add("errors", errors);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }

    static String detail(String method, String kind, Locale locale, Object... args) {
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        return Texts.format(TEXTS, locale, kind + (read && SAYS_NOTHING_SAVED.contains(kind) ? ".detail.read" : ".detail"), args);
    }
}
