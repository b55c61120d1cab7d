package no.ledernett.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Violation;

/** Puts a service's verdict on a form: each broken rule beside its field, the rest on top. */
public final class FormMessages {

    private static final String APP_TEXTS = "no.ledernett.app.Messages";

    private FormMessages() {
    }

    public static void show(String formId, InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        UIComponent form = faces.getViewRoot().findComponent(formId);
        for (Violation v : e.violations()) {
            String clientId = form != null && form.findComponent(v.field()) != null ? formId + ":" + v.field() : null;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(locale), v.message(locale)));
        }
        faces.validationFailed();
        global(FacesMessage.SEVERITY_ERROR, "common.invalid");
    }

    public static void global(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.format(APP_TEXTS, faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    /** A message that survives the redirect after a successful save. */
    public static void flash(String key) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        global(FacesMessage.SEVERITY_INFO, key);
    }
}
