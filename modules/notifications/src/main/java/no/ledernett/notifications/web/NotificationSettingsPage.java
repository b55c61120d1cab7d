package no.ledernett.notifications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.ledernett.notifications.NotificationKind;
import no.ledernett.notifications.NotificationTexts;
import no.ledernett.notifications.Notifications;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;

/** The signed-in user's choice, per kind of notification, of being told in the app and by e-mail. */
@Named
@ViewScoped
public class NotificationSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One kind's two switches, as the form edits them. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final NotificationKind kind;
        private boolean inApp;
        private boolean byMail;

        Row(NotificationKind.Choice choice) {
            this.kind = choice.kind();
            this.inApp = choice.inApp();
            this.byMail = choice.byMail();
        }

        public NotificationKind getKind() {
            return kind;
        }

        public boolean isInApp() {
            return inApp;
        }

        public void setInApp(boolean inApp) {
            this.inApp = inApp;
        }

        public boolean isByMail() {
            return byMail;
        }

        public void setByMail(boolean byMail) {
            this.byMail = byMail;
        }
    }

    @Inject
    Notifications notifications;

    @Inject
    Viewer viewer;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = new ArrayList<>(notifications.choices(viewer).stream().map(Row::new).toList());
    }

    public List<Row> getRows() {
        return rows;
    }

    public void save() {
        try {
            rows = new ArrayList<>(notifications.choose(viewer, rows.stream().map(r -> new NotificationKind.Choice(r.kind, r.inApp, r.byMail)).toList())
                    .stream().map(Row::new).toList());
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = Texts.format(NotificationTexts.TEXTS, faces.getViewRoot().getLocale(), "settings.saved");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (InvalidInputException e) {
            FormMessages.show("settings", e);
        }
    }
}
