package no.ledernett.sessions.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.CalendarFeeds;
import no.ledernett.sessions.CalendarLink;
import org.omnifaces.util.Faces;

/**
 * One adviser's or leader's calendar links, opened from their page: made with one click, listed
 * with when they were made and last fetched, and revoked one by one after a confirmation.
 */
@Named
@ViewScoped
public class CalendarLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;

    @Inject
    Advisers advisers;

    @Inject
    Leaders leaders;

    private Long adviser;
    private Long leader;
    private CalendarLink.Owner owner;
    private long ownerId;
    private String ownerName;
    private List<CalendarLink> links = List.of();
    private Long chosenAdviser;
    private String url;

    public void load() {
        try {
            if (leader != null) {
                owner = CalendarLink.Owner.LEADER;
                ownerId = leader;
                ownerName = leaders.names(List.of(leader)).get(leader);
                if (ownerName == null) {
                    throw new NotFoundException("Leader", leader);
                }
            } else if (adviser != null) {
                owner = CalendarLink.Owner.ADVISER;
                ownerId = adviser;
                ownerName = advisers.view(adviser).name();
            }
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        reload();
    }

    private void reload() {
        links = owner == null ? List.of() : feeds.of(owner, ownerId);
    }

    /** The page of the chosen adviser's links. */
    public void show() {
        if (chosenAdviser != null) {
            Faces.redirect(Faces.getRequestContextPath() + "/admin/meetings/calendar.xhtml?adviser=%s", chosenAdviser);
        }
    }

    public void create() {
        try {
            String token = feeds.create(owner, ownerId).getToken();
            ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
            url = ctx.getRequestScheme() + "://" + ctx.getRequestServerName() + ":" + ctx.getRequestServerPort()
                    + ctx.getRequestContextPath() + "/api/calendar/" + token;
        } catch (NotFoundException e) {
            url = null;
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
        reload();
    }

    public void revoke(CalendarLink link) {
        try {
            feeds.revoke(owner, ownerId, link.getId());
            url = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
        reload();
    }

    public List<AdviserOption> getAdvisers() {
        return advisers.options(true);
    }

    public boolean isForLeader() {
        return owner == CalendarLink.Owner.LEADER;
    }

    public boolean isChosen() {
        return owner != null;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public List<CalendarLink> getLinks() {
        return links;
    }

    public String getUrl() {
        return url;
    }

    public Long getAdviser() {
        return adviser;
    }

    public void setAdviser(Long adviser) {
        this.adviser = adviser;
    }

    public Long getLeader() {
        return leader;
    }

    public void setLeader(Long leader) {
        this.leader = leader;
    }

    public Long getChosenAdviser() {
        return chosenAdviser;
    }

    public void setChosenAdviser(Long chosenAdviser) {
        this.chosenAdviser = chosenAdviser;
    }
}
