package no.ledernett.app;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Gives every view the language {@link LanguageChoice} picks, instead of the browser's Accept-Language. */
public class LanguageViewHandler extends ViewHandlerWrapper {

    /** The application-scoped bean's proxy, looked up once (a CDI lookup per request showed in profiles). */
    private volatile LanguageChoice choice;

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getRequest() instanceof HttpServletRequest) {
            LanguageChoice known = choice;
            if (known == null) {
                known = CDI.current().select(LanguageChoice.class).get();
                choice = known;
            }
            return known.getCurrent().locale();
        }
        return super.calculateLocale(context);
    }
}
