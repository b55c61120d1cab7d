package no.ledernett.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.ledernett.platform.Language;

/**
 * Date patterns for the screen's language, for converters ({@code pattern="#{dates.numeric}"
 * locale="#{view.locale}"}) and for beans. Norwegian writes "18. november", English "18 November".
 */
@Named("dates")
@ApplicationScoped
public class Dates {

    private record Format(String pattern, Locale locale) {
    }

    // Lists format a date on every row: the few patterns and languages are parsed once.
    private final Map<Format, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    /** 18.11.2026 / 18 Nov 2026 */
    public String getNumeric() {
        return english() ? "d MMM yyyy" : "dd.MM.yyyy";
    }

    /** 18.11.2026 09:00 / 18 Nov 2026 09:00 */
    public String getNumericTime() {
        return getNumeric() + " HH:mm";
    }

    /** 18. november 2026 / 18 November 2026 */
    public String getLong() {
        return english() ? "d MMMM yyyy" : "d. MMMM yyyy";
    }

    /** onsdag 18. november / Wednesday 18 November */
    public String getDay() {
        return english() ? "EEEE d MMMM" : "EEEE d. MMMM";
    }

    /** onsdag 18. november 2026 / Wednesday 18 November 2026 */
    public String getDayYear() {
        return getDay() + " yyyy";
    }

    /** ons. 18.11.2026 / Wed 18 Nov 2026 */
    public String getShortDay() {
        return "EEE " + getNumeric();
    }

    /** 18. november kl. 09:00 / 18 November at 09:00 */
    public String getMoment() {
        return english() ? "d MMMM 'at' HH:mm" : "d. MMMM 'kl.' HH:mm";
    }

    /** november 2026 / November 2026: a month on its own, as in a load table or an invoice. */
    public String getMonth() {
        return "LLLL yyyy";
    }

    /** Formats with one of this bean's patterns in the screen's language. */
    public String format(TemporalAccessor value, String pattern) {
        return value == null ? "" : formatter(pattern, locale()).format(value);
    }

    private DateTimeFormatter formatter(String pattern, Locale locale) {
        return formatters.computeIfAbsent(new Format(pattern, locale), key -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static boolean english() {
        return Language.of(locale()) == Language.ENGLISH;
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Language.BOKMAL.locale() : faces.getViewRoot().getLocale();
    }
}
