package no.ledernett.accounts.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import no.ledernett.platform.Texts;

/** This module's screen texts, in the view's language. */
final class AccountTexts {

    static final String BUNDLE = "no.ledernett.accounts.web.Texts";

    private AccountTexts() {
    }

    static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Texts.BOKMAL : faces.getViewRoot().getLocale();
        return Texts.format(BUNDLE, locale, key, args);
    }
}
