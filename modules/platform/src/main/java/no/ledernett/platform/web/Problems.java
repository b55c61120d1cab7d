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
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:ledernett:problem:" + kind)
                .add("title", Texts.format(TEXTS, locale, kind + ".title"))
                .add("status", status)
                .add("detail", Texts.format(TEXTS, locale, kind + ".detail", detailArgs));
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
}
