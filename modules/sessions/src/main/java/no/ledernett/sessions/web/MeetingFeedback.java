package no.ledernett.sessions.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.ledernett.groups.MemberView;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.FeedbackBox;
import no.ledernett.sessions.Presence;

/** An attendee's rating of a held meeting, entered by staff on their behalf until the portal lets leaders do it themselves. */
@Named
@ViewScoped
public class MeetingFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackBox feedback;

    @Inject
    Viewer viewer;

    @Inject
    MeetingRoom room;

    private Long feedbackFrom;
    private Integer rating;
    private String feedbackComment;

    /** A refusal means not (or no longer) this viewer's meeting: nothing changed. */
    public void rate() {
        if (FormMessages.attempt("feedback", "common.gone", () -> feedback.rate(viewer, room.getId(), feedbackFrom, rating, feedbackComment))) {
            room.feedbackGiven();
            feedbackFrom = null;
            rating = null;
            feedbackComment = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        }
    }

    /** Who can rate: the members marked present. */
    public List<MemberView> getAttendees() {
        return room.getMembers().stream().filter(m -> room.getMarks().get(m.leaderId()) == Presence.PRESENT).toList();
    }

    public Long getFeedbackFrom() {
        return feedbackFrom;
    }

    public void setFeedbackFrom(Long feedbackFrom) {
        this.feedbackFrom = feedbackFrom;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getFeedbackComment() {
        return feedbackComment;
    }

    public void setFeedbackComment(String feedbackComment) {
        this.feedbackComment = feedbackComment;
    }
}
