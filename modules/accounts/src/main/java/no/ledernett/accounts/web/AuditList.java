package no.ledernett.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.accounts.AuditLog;
import no.ledernett.platform.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log for staff: newest first, filtered by who and by action. */
@Named
@ViewScoped
public class AuditList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    private String who;
    private String action;
    /** Not kept in the session (Payara stores it after every request): the page is read again on every render. */
    private transient Rows rows;

    public class Rows extends LazyDataModel<AuditRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.search(who, action, PageRequest.of(0, 1)).total();
        }

        @Override
        public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.search(who, action, new PageRequest(first / pageSize, pageSize)).items().stream().map(AuditRow::of).toList();
        }

        @Override
        public String getRowKey(AuditRow row) {
            return String.valueOf(row.id());
        }
    }

    public List<String> getActions() {
        return List.of("sign-in", "sign-in.failed", "sign-out", "challenge.read", "challenge.write", "notes.read", "notes.write", "password.set",
                "user.", "gdpr.", "written-form.set", "mail.resend");
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
