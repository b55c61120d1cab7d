package no.ledernett.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
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

    /**
     * Runs what a form asked for and, when the service refuses, says why: each broken rule beside its
     * field (as {@link #show}), someone else's change on top, and a thing no longer there (or not the
     * viewer's) on top in the words of {@code notFoundKey}. Whether it was done.
     */
    public static boolean attempt(String formId, String notFoundKey, Runnable step) {
        return attemptToGet(formId, notFoundKey, () -> {
            step.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #attempt}, for a step that answers with what it made or changed; empty when it was refused. */
    public static <T> Optional<T> attemptToGet(String formId, String notFoundKey, Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (InvalidInputException e) {
            show(formId, e);
        } catch (ConflictException e) {
            global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        } catch (NotFoundException e) {
            global(FacesMessage.SEVERITY_ERROR, notFoundKey);
        }
        return Optional.empty();
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
