package no.ledernett.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.portal.LeaderPortal;
import org.omnifaces.util.Faces;

/** A leader's view of one meeting: write or edit their challenge while intake is open, rate the meeting afterwards. */
@Named
@ViewScoped
public class PortalMeeting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LeaderPortal leaders;

    @Inject
    Viewer viewer;

    private Long id;
    private LeaderPortal.MyMeeting meeting;
    private String title;
    private String description;
    private String helpWanted;
    private Integer rating;
    private String comment;

    public void load() {
        try {
            leaders.meeting(viewer, id == null ? -1 : id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Meeting not found");
            return;
        }
        meeting = leaders.meetings(viewer).stream().filter(m -> id.equals(m.meeting().id())).findFirst().orElse(null);
        if (meeting == null) {
            Faces.responseSendError(404, "Meeting not found");
            return;
        }
        if (title == null && meeting.mine() != null) {
            title = meeting.mine().title();
            description = meeting.mine().description();
            helpWanted = meeting.mine().helpWanted();
        }
    }

    public void save() {
        try {
            leaders.writeChallenge(viewer, id, title, description, helpWanted);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("challenge", e);
        } catch (NotFoundException e) {
            // Not (or no longer) this viewer's meeting: the service refused, nothing changed.
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
            return;
        }
        load();
    }

    public void rate() {
        try {
            leaders.rate(viewer, id, rating, comment);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("feedback", e);
        } catch (NotFoundException e) {
            // Not (or no longer) this viewer's meeting: the service refused, nothing changed.
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
            return;
        }
        load();
    }

    /** "18. november kl. 09:00", as people write it (in the screen's language). */
    public String when(java.time.LocalDateTime moment) {
        no.ledernett.platform.web.Dates dates = new no.ledernett.platform.web.Dates();
        return dates.format(moment, dates.getMoment());
    }

    public LeaderPortal.MyMeeting getMeeting() {
        return meeting;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHelpWanted() {
        return helpWanted;
    }

    public void setHelpWanted(String helpWanted) {
        this.helpWanted = helpWanted;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
