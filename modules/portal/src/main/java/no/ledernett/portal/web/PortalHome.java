package no.ledernett.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.ReadTogether;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.portal.ContactPortal;
import no.ledernett.portal.LeaderPortal;
import no.ledernett.sessions.ChallengeView;
import no.ledernett.sessions.CoachingSessionView;

/** The portal's start page: a contact's municipality at a glance, or a leader's meetings and next steps. */
@Named
@ViewScoped
public class PortalHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactPortal contacts;

    @Inject
    LeaderPortal leaders;

    @Inject
    Viewer viewer;

    private ContactPortal.Overview overview;
    private List<LeaderPortal.MyMeeting> meetings;
    private List<ChallengeView> nextSteps;
    private List<CoachingSessionView> coaching;
    private String calendarUrl;

    /** Reads the start page together (one persistence context); the next steps come from the meetings read here. */
    @ReadTogether
    public void load() {
        if (isContact()) {
            overview = contacts.overview(viewer);
        } else {
            meetings = leaders.meetings(viewer);
            nextSteps = leaders.nextSteps(viewer, meetings);
            coaching = leaders.coachingSessions(viewer);
        }
    }

    public void done(long challengeId) {
        try {
            leaders.markDone(viewer, challengeId, true);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("steps", e);
        }
        load();
    }

    public void newCalendarLink() {
        String token = leaders.newCalendarLink(viewer);
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        calendarUrl = external.getRequestScheme() + "://" + external.getRequestServerName() + ":" + external.getRequestServerPort()
                + external.getRequestContextPath() + "/api/calendar/" + token;
        load();
    }

    public boolean isContact() {
        return viewer.is(Viewer.Role.CONTACT);
    }

    public ContactPortal.Overview getOverview() {
        return overview;
    }

    public List<LeaderPortal.MyMeeting> getMeetings() {
        return meetings;
    }

    public List<ChallengeView> getNextSteps() {
        return nextSteps;
    }

    public List<CoachingSessionView> getCoaching() {
        return coaching;
    }

    public String getCalendarUrl() {
        return calendarUrl;
    }
}
