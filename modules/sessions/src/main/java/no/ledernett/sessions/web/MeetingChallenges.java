package no.ledernett.sessions.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.ChallengeInput;
import no.ledernett.sessions.ChallengeIntake;
import no.ledernett.sessions.FocusAndNextSteps;

/**
 * The challenges in the meeting room: the one in focus (peer coaching), each owner's next step,
 * the previous meeting's next steps followed up, and a challenge registered on a participant's
 * behalf.
 */
@Named
@ViewScoped
public class MeetingChallenges implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChallengeIntake intake;

    @Inject
    FocusAndNextSteps focusAndNextSteps;

    @Inject
    Viewer viewer;

    @Inject
    MeetingRoom room;

    private Map<Long, String> nextSteps = new HashMap<>();
    private Long onBehalfOf;
    private String title;
    private String description;
    private String helpWanted;

    public void choose(long challengeId) {
        try {
            focusAndNextSteps.chooseFocus(viewer, room.getId(), challengeId);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("challenges", e);
        } catch (NotFoundException e) {
            // Not (or no longer) this viewer's meeting: the service refused, nothing changed.
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
            return;
        }
        room.reload();
    }

    public void saveNextStep(long challengeId) {
        if (FormMessages.attempt("challenges", "common.conflict", () -> focusAndNextSteps.recordNextStep(viewer, challengeId, nextSteps.get(challengeId)))) {
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
            nextSteps.remove(challengeId);
        }
        room.reload();
    }

    public void done(long challengeId, boolean value) {
        FormMessages.attempt("followup", "common.conflict", () -> focusAndNextSteps.markNextStepDone(viewer, challengeId, value));
        room.reload();
    }

    public void enterChallenge() {
        if (FormMessages.attempt("intake", "common.conflict",
                () -> intake.submit(viewer, room.getId(), new ChallengeInput(onBehalfOf, title, description, helpWanted)))) {
            title = null;
            description = null;
            helpWanted = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        }
        room.reload();
    }

    public Map<Long, String> getNextSteps() {
        return nextSteps;
    }

    public Long getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(Long onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
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
}
