package no.ledernett.sessions.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.Advisers;
import no.ledernett.platform.NotFoundException;
import no.ledernett.sessions.CalendarFeeds;
import no.ledernett.sessions.CalendarLink;

/** Giving an adviser (or, by leader id, a leader) a secret calendar address, and revoking one. */
@Named
@ViewScoped
public class CalendarLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;

    @Inject
    Advisers advisers;

    private Long adviserId;
    private Long leaderId;
    private String url;
    private String revokeToken;
    private boolean revoked;

    public List<AdviserOption> getAdvisers() {
        return advisers.options(true);
    }

    public void forAdviser() {
        create(CalendarLink.Owner.ADVISER, adviserId);
    }

    public void forLeader() {
        create(CalendarLink.Owner.LEADER, leaderId);
    }

    private void create(CalendarLink.Owner owner, Long id) {
        revoked = false;
        if (id == null) {
            url = null;
            return;
        }
        try {
            String token = feeds.create(owner, id).getToken();
            ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
            url = ctx.getRequestScheme() + "://" + ctx.getRequestServerName() + ":" + ctx.getRequestServerPort()
                    + ctx.getRequestContextPath() + "/api/calendar/" + token;
        } catch (NotFoundException e) {
            url = null;
        }
    }

    public void revoke() {
        try {
            feeds.revoke(revokeToken == null ? "" : revokeToken.replaceAll(".*/", "").trim());
            revoked = true;
        } catch (NotFoundException e) {
            revoked = false;
        }
    }

    public Long getAdviserId() {
        return adviserId;
    }

    public void setAdviserId(Long adviserId) {
        this.adviserId = adviserId;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }

    public String getUrl() {
        return url;
    }

    public String getRevokeToken() {
        return revokeToken;
    }

    public void setRevokeToken(String revokeToken) {
        this.revokeToken = revokeToken;
    }

    public boolean isRevoked() {
        return revoked;
    }
}
