package no.ledernett.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;
import no.ledernett.platform.Language;

/**
 * Numbers as the screen's language writes them: "14,89" and "1 250" in Norwegian, "14.89" in
 * English, never a double's raw digits ({@code 14.889999999999999}). One place for hours, budgets,
 * scores and percentages: {@code #{numbers.format(x)}}, also as an {@code f:param}.
 */
@Named("numbers")
@ApplicationScoped
public class Numbers {

    /** Up to two decimals, as hours and scores are read. */
    public String format(Number value) {
        return format(value, locale());
    }

    /** Rounded to a whole number. */
    public String whole(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getIntegerInstance(locale());
        return format.format(Math.round(value.doubleValue()));
    }

    /** For beans and texts outside a page, in a given language. */
    public static String format(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        // NumberFormat is not safe to share between threads, and cheap to make.
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return format.format(value.doubleValue());
    }

    /** Kroner as the screen's language writes them: 1 450,00 kr, or NOK 1,450.00 in English. */
    public String kroner(java.math.BigDecimal amount) {
        return amount == null ? "" : kroner(amount, locale());
    }

    public static String kroner(java.math.BigDecimal amount, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        NumberFormat format = NumberFormat.getNumberInstance(english ? Locale.UK : locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return english ? "NOK\u00a0" + format.format(amount) : format.format(amount) + "\u00a0kr";
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Language.BOKMAL.locale() : faces.getViewRoot().getLocale();
    }
}
