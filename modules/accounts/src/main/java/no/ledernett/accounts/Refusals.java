package no.ledernett.accounts;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.ledernett.platform.Texts;

/** The problem document for a refused API sign-in: 401 for wrong credentials or an unusable token, 429 with Retry-After while throttled. */
final class Refusals {

    private static final String PROBLEMS = "no.ledernett.platform.Problems";

    private Refusals() {
    }

    /** @param scheme how the caller tried to sign in (Basic, Bearer): the challenge of a 401 names it */
    static void write(HttpServletRequest request, HttpServletResponse response, Accounts.SignIn result, String scheme) throws IOException {
        // Without an Accept-Language header the container offers its own default locale: bokmål instead.
        Locale locale = request.getHeader("Accept-Language") == null ? Texts.BOKMAL : java.util.Collections.list(request.getLocales()).stream()
                .map(l -> no.ledernett.platform.Language.of(l.toLanguageTag())).flatMap(java.util.Optional::stream)
                .findFirst().orElse(no.ledernett.platform.Language.BOKMAL).locale();
        boolean throttled = result.outcome() == Accounts.SignIn.Outcome.THROTTLED;
        boolean unavailable = result.outcome() == Accounts.SignIn.Outcome.UNAVAILABLE;
        String kind = unavailable ? "unavailable" : throttled ? "throttled" : "unauthorized";
        int status = unavailable ? 503 : throttled ? 429 : 401;
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (throttled || unavailable) {
            response.setHeader("Retry-After", String.valueOf(result.waitSeconds()));
        } else {
            response.setHeader("WWW-Authenticate", "Bearer".equals(scheme) ? "Bearer realm=\"Ledernett\", error=\"invalid_token\""
                    : "Basic realm=\"Ledernett\", charset=\"UTF-8\"");
        }
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "urn:ledernett:problem:" + kind)
                .add("title", Texts.format(PROBLEMS, locale, kind + ".title"))
                .add("status", status)
                .add("detail", Texts.format(PROBLEMS, locale, kind + ".detail", result.waitSeconds()))
                .build().toString());
    }
}
