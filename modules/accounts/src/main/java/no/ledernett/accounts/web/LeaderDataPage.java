package no.ledernett.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.ledernett.accounts.PersonalData;
import no.ledernett.municipalities.LeaderView;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Faces;

/** A leader's personal data on request: download everything as JSON, or erase it after confirmation. */
@Named
@ViewScoped
public class LeaderDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Leaders leaders;

    @Inject
    PersonalData personalData;

    @Inject
    Viewer viewer;

    private Long leaderId;
    private LeaderView leader;
    private boolean erased;

    public void load() {
        try {
            leader = leaders.view(leaderId == null ? -1 : leaderId);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Leader not found");
        }
    }

    public void erase() {
        personalData.erase(leaderId, viewer);
        erased = true;
        FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        load();
    }

    public LeaderView getLeader() {
        return leader;
    }

    public boolean isErased() {
        return erased;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }
}
