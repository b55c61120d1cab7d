package no.ledernett.sessions.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.platform.Texts;
import no.ledernett.platform.web.Dates;
import no.ledernett.sessions.SessionsTexts;

/**
 * The warning on the screen where hours were just logged on a day outside their engagement's
 * period: logged all the same (the work was done), but what was bought does not cover them.
 */
final class OutsidePeriod {

    private OutsidePeriod() {
    }

    static void warnIfOutside(Dates dates, EngagementView engagement, LocalDate day) {
        if (!engagement.outside(day)) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.format(SessionsTexts.TEXTS, faces.getViewRoot().getLocale(), "hours.outsideEngagement",
                dates.format(day, dates.getNumeric()), dates.format(engagement.start(), dates.getNumeric()),
                dates.format(engagement.end(), dates.getNumeric()));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }
}
