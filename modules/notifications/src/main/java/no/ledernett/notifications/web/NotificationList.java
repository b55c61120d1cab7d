package no.ledernett.notifications.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.notifications.Notification;
import no.ledernett.notifications.NotificationTexts;
import no.ledernett.notifications.Notifications;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The signed-in user's own notifications, unread first, paged in the database; each opens the page where it is solved. */
@Named
@ViewScoped
public class NotificationList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    Viewer viewer;

    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    public class Rows extends LazyDataModel<Notification> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.count(viewer);
        }

        @Override
        public List<Notification> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return notifications.page(viewer, new PageRequest(first / pageSize, pageSize));
        }

        @Override
        public String getRowKey(Notification row) {
            return String.valueOf(row.getId());
        }
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public String text(Notification n) {
        return NotificationTexts.sentence(n.getKind(), n.getSubject(), n.getDetail(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public boolean unread(Notification n) {
        return n.getStatus() == Notification.Status.UNREAD;
    }

    /** Marks it read and goes where it is solved. */
    public void open(Notification n) throws IOException {
        try {
            Notification read = notifications.markRead(viewer, n.getId());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + read.getLink());
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    public void markRead(Notification n) {
        try {
            notifications.markRead(viewer, n.getId());
            done("list.markedRead");
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    public void markAllRead() {
        notifications.markAllRead(viewer);
        done("list.allMarkedRead");
    }

    private static void done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.format(NotificationTexts.TEXTS, faces.getViewRoot().getLocale(), key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
