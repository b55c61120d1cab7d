package no.ledernett.municipalities.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.ledernett.municipalities.MunicipalityChoice;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.Texts;

/**
 * A municipality field's text to its number and back: people type a name ("Lillestrøm"), a
 * number ("3205") or pick a suggestion ("Lillestrøm (3205)"); beans and services get the four
 * digits they always had, and the field shows the name again. A CDI bean (used as
 * {@code converter="#{municipalityConverter}"}) so that it is injected and holds no state of its own.
 */
@Named
@ApplicationScoped
public class MunicipalityConverter implements Converter<String> {

    static final String TEXTS = "no.ledernett.municipalities.web.Texts";

    @Inject
    MunicipalityDirectory directory;

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<MunicipalityChoice> found = directory.resolve(text);
        if (found.size() == 1) {
            return found.get(0).number();
        }
        Locale locale = context.getViewRoot().getLocale();
        String message = found.isEmpty()
                ? Texts.format(TEXTS, locale, "picker.unknown", text.trim())
                : Texts.format(TEXTS, locale, "picker.ambiguous", text.trim(),
                        found.stream().limit(5).map(MunicipalityChoice::label).collect(Collectors.joining(", ")));
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String number) {
        if (number == null) {
            return "";
        }
        if (MunicipalityNumber.isWellFormed(number)) {
            List<MunicipalityChoice> found = directory.resolve(number);
            if (found.size() == 1) {
                return found.get(0).label();
            }
        }
        return number;
    }
}
