package no.ledernett.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The problem documents every endpoint may answer with ({@code no.ledernett.platform.web.Problems}):
 * the {@code Problem} schema and one shared response per status, each with an example.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void addTo(Components components) {
        components.addSchema("Violation", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One field that broke one rule.")
                .required(new ArrayList<>(List.of("field", "rule", "message")))
                .addProperty("field", string("The field, as named in the request (a body property or a parameter).", "end"))
                .addProperty("rule", string("The rule broken, a stable key a client may act on.", "period.order"))
                .addProperty("message", string("The rule in words, in the caller's language.", "Sluttdato kan ikke være før startdato.")));
        components.addSchema("Problem", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document, in bokmål, nynorsk or English after Accept-Language.")
                .required(new ArrayList<>(List.of("type", "title", "status")))
                .addProperty("type", string("What went wrong, as a URN: urn:ledernett:problem:<kind>.", "urn:ledernett:problem:invalid-input"))
                .addProperty("title", string("The kind of problem in words.", "Ugyldige opplysninger"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("The HTTP status.").example(400))
                .addProperty("detail", string("This occurrence in words.", "2 felt har ugyldig innhold. Ingenting er lagret."))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("For invalid input: each field and the rule it broke.")
                        .items(OASFactory.createSchema().ref("Violation"))));
        Map<String, Object[]> responses = new LinkedHashMap<>();
        responses.put("BadRequest", new Object[] {400, "invalid-input", "Invalid input: a body that is not JSON or not of the right shape (unreadable), "
                + "or values that break a rule (invalid-input, with errors naming each field). Nothing is saved.",
                "Ugyldige opplysninger", "Ett felt har ugyldig innhold. Ingenting er lagret."});
        responses.put("Unauthorized", new Object[] {401, "unauthorized", "Not signed in, or the credentials or token are wrong, expired or revoked.",
                "Ikke logget inn", "Logg inn for å bruke denne tjenesten: i nettleseren, med Basic-autentisering (e-post og passord) eller med en gyldig API-nøkkel (Authorization: Bearer)."});
        responses.put("Forbidden", new Object[] {403, "forbidden", "Signed in, but the role may not call this (forbidden), a read token tried to write "
                + "(read-only), or a write with a browser session came from another origin (cross-origin).",
                "Ingen tilgang", "Du har ikke tilgang til dette."});
        responses.put("NotFound", new Object[] {404, "not-found", "No such record, or one the caller may not see (another municipality's).",
                "Finnes ikke", "Det du spør etter, finnes ikke."});
        responses.put("Conflict", new Object[] {409, "conflict", "Changed by someone else since the version sent, or it clashes with what is there.",
                "Endret av en annen", "Noen andre har endret dette etter at du hentet det. Hent det på nytt og gjør endringen igjen."});
        responses.put("UnsupportedMediaType", new Object[] {415, "unsupported-media-type", "The body is not JSON (Content-Type: application/json).",
                "Ukjent innholdstype", "Send og be om application/json."});
        responses.put("TooManyRequests", new Object[] {429, "throttled", "Too many failed sign-ins from this client: wait Retry-After seconds.",
                "For mange forsøk", "For mange mislykkede innlogginger. Prøv igjen om 30 sekunder."});
        responses.put("PreconditionRequired", new Object[] {428, "precondition-required", "The version the change is based on is missing "
                + "(version in the body, If-Match, or ?version=).", "Versjon mangler", "En endring må si hvilken versjon den bygger på (feltet version eller If-Match). Hent det på nytt og send versjonen med."});
        responses.put("Unexpected", new Object[] {500, "unexpected", "An unexpected failure; the detail names an incident for the log.",
                "Uventet feil", "Noe gikk galt hos oss. Ingenting er lagret. Oppgi feilnummer 7f3a9c2e hvis du kontakter oss."});
        responses.put("Unavailable", new Object[] {503, "unavailable", "The database cannot be reached; try again after Retry-After seconds. Nothing is saved.",
                "Midlertidig utilgjengelig", "Databasen svarer ikke akkurat nå. Ingenting er lagret. Prøv igjen om litt."});
        responses.forEach((name, spec) -> {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", "urn:ledernett:problem:" + spec[1]);
            example.put("title", spec[3]);
            example.put("status", spec[0]);
            example.put("detail", spec[4]);
            if ("BadRequest".equals(name)) {
                example.put("errors", List.of(Map.of("field", "end", "rule", "period.order", "message", "Sluttdato kan ikke være før startdato.")));
            }
            components.addResponse(name, OASFactory.createAPIResponse()
                    .description((String) spec[2])
                    .content(OASFactory.createContent().addMediaType(ApiDocument.PROBLEM_JSON, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem"))
                            .example(example))));
        });
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description).example(example);
    }
}
