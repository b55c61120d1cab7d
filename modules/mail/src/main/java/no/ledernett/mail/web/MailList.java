package no.ledernett.mail.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.mail.OutgoingMail;
import no.ledernett.mail.MailTexts;
import no.ledernett.mail.Outbox;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The outbox for staff: what was sent, what waits and what failed and why, searched by recipient or
 * subject and paged in the database; a mail given up can be sent again. Bodies may name people, so
 * the page is for staff only (web.xml, and {@link Outbox} checks again).
 */
@Named
@ViewScoped
public class MailList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How much of a body the list shows. */
    static final int PREVIEW = 2000;

    @Inject
    Outbox outbox;

    @Inject
    Viewer viewer;

    private String text;
    private OutgoingMail.Status status;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    public class Rows extends LazyDataModel<OutgoingMail> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) outbox.count(viewer, text, status);
        }

        @Override
        public List<OutgoingMail> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return outbox.search(viewer, text, status, new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(OutgoingMail row) {
            return String.valueOf(row.getId());
        }
    }

    public void resend(OutgoingMail mail) {
        try {
            outbox.resend(viewer, mail.getId());
            FacesContext faces = FacesContext.getCurrentInstance();
            String done = Texts.format(MailTexts.TEXTS, faces.getViewRoot().getLocale(), "mail.resent", mail.getRecipient());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
        } catch (InvalidInputException e) {
            FormMessages.show("mails", e);
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    /** A one-time link's secret in a body: the recipient's credential, not for staff's eyes (they hand over links of their own, audited). */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("token=[^\\s&]+");

    /** The start of the body, for a look without opening the mail; one-time links' secrets left out. */
    public String preview(OutgoingMail mail) {
        String body = mail.getBody() == null ? "" : TOKEN.matcher(mail.getBody()).replaceAll("token=…");
        return body.length() <= PREVIEW ? body : body.substring(0, PREVIEW) + " …";
    }

    public List<OutgoingMail.Status> getStatuses() {
        return List.of(OutgoingMail.Status.values());
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OutgoingMail.Status getStatus() {
        return status;
    }

    public void setStatus(OutgoingMail.Status status) {
        this.status = status;
    }
}
