package no.ledernett.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import no.ledernett.platform.Language;

/** The language picked on this browser (the header's picker sets the cookie), if any. */
public final class LanguageCookie {

    private LanguageCookie() {
    }

    public static Language read(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (Language.COOKIE.equals(c.getName())) {
                    return Language.of(c.getValue()).orElse(null);
                }
            }
        }
        return null;
    }
}
