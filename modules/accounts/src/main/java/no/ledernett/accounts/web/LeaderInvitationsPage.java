package no.ledernett.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.ledernett.accounts.LeaderInvitations;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A municipality's leaders and their invitations to the portal, on screen: for staff (any
 * municipality, chosen on the page or given in the address) and for a contact (always their own,
 * whatever a form sends: the service checks). Invite everyone not yet invited, or one; send new
 * links to those who have not taken theirs up.
 */
@Named
@ViewScoped
public class LeaderInvitationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LeaderInvitations invitations;

    @Inject
    Viewer viewer;

    private String municipality;
    private String text;
    /** Read again on every render; not kept in the session store of the cluster. */
    private transient Rows rows;
    private transient LeaderInvitations.InvitationSummary summary;

    public class Rows extends LazyDataModel<LeaderInvitations.InvitationRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return isChosen() ? (int) invitations.count(viewer, getMunicipality(), text) : 0;
        }

        @Override
        public List<LeaderInvitations.InvitationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return isChosen() ? invitations.rows(viewer, getMunicipality(), text, new PageRequest(first / pageSize, pageSize)) : List.of();
        }

        @Override
        public String getRowKey(LeaderInvitations.InvitationRow row) {
            return String.valueOf(row.leaderId());
        }
    }

    public Rows getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
    }

    public LeaderInvitations.InvitationSummary getSummary() {
        if (summary == null && isChosen()) {
            summary = invitations.summary(viewer, getMunicipality());
        }
        return summary;
    }

    public void inviteAll() {
        act("invitations.done", () -> invitations.invite(viewer, getMunicipality(), null));
    }

    public void resendAll() {
        act("invitations.resent", () -> invitations.resend(viewer, getMunicipality(), null));
    }

    public void invite(long leaderId) {
        act("invitations.done", () -> invitations.invite(viewer, getMunicipality(), List.of(leaderId)));
    }

    public void resend(long leaderId) {
        act("invitations.resent", () -> invitations.resend(viewer, getMunicipality(), List.of(leaderId)));
    }

    private void act(String doneKey, java.util.function.Supplier<LeaderInvitations.InvitationOutcome> step) {
        FormMessages.attemptToGet("invitations", "common.gone", step).ifPresent(outcome -> {
            String done = AccountTexts.text(doneKey, outcome.invited() + outcome.resent(), outcome.skipped());
            jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
            rows = null;
            summary = null;
        });
    }

    /** Whether a municipality is chosen: always for a contact (their own), for staff once they pick one. */
    public boolean isChosen() {
        return MunicipalityNumber.isWellFormed(getMunicipality());
    }

    public boolean isStaff() {
        return viewer.is(Viewer.Role.STAFF);
    }

    /** A contact's own municipality, whatever was sent; the one staff chose. */
    public String getMunicipality() {
        return viewer.is(Viewer.Role.CONTACT) ? viewer.municipality() : municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
        rows = null;
        summary = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
