package no.ledernett.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.ledernett.accounts.CurrentViewer;
import no.ledernett.accounts.SignedInUser;
import no.ledernett.platform.Language;

/**
 * Which language a screen is in: the signed-in user's own choice; else the choice made on this
 * browser (a cookie, so the sign-in page remembers it too); else the municipality's written form
 * for a contact or leader; else bokmål. Never the browser's Accept-Language: a Norwegian service
 * is in Norwegian unless the user asks otherwise.
 */
@Named("languages")
@ApplicationScoped
public class LanguageChoice {

    @Inject
    CurrentViewer current;

    @Inject
    HttpServletRequest request;

    /** This request's language. */
    public Language getCurrent() {
        SignedInUser user = current.user();
        if (user != null && user.language() != null) {
            return user.language();
        }
        Language remembered = no.ledernett.platform.web.LanguageCookie.read(request);
        if (remembered != null) {
            return remembered;
        }
        return user != null && user.defaultLanguage() != null ? user.defaultLanguage() : Language.BOKMAL;
    }

    /** For the header's language picker. */
    public List<Language> getAll() {
        return List.of(Language.values());
    }

    /** The page to come back to after choosing: this one, with its query. */
    public String getBack() {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded instanceof String f ? f : request.getRequestURI();
        String query = forwarded != null ? (String) request.getAttribute("jakarta.servlet.forward.query_string") : request.getQueryString();
        return uri.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
    }

    /** Each language's name in itself, as pickers show it. */
    public String nameOf(Language language) {
        return switch (language) {
            case BOKMAL -> "Bokmål";
            case NYNORSK -> "Nynorsk";
            case ENGLISH -> "English";
        };
    }
}
