package no.ledernett.sessions.web;

import jakarta.enterprise.event.Observes;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.GroupMeeting;
import no.ledernett.sessions.Meetings;

/** Moves a planned meeting (date, time, place) or cancels it, from the meeting room; the members and adviser are told by mail. */
@Named
@ViewScoped
public class ChangeMeeting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Viewer viewer;

    @Inject
    MeetingRoom room;

    private LocalDate moveDate;
    private String moveStart;
    private String moveEnd;
    private String movePlace;
    private long version;

    /** The move form starts from the meeting as the room read it, and remembers the version it was read at. */
    void fill(@Observes MeetingRoom.Loaded loaded) {
        GroupMeeting meeting = loaded.meeting();
        moveDate = meeting.getDate();
        moveStart = meeting.getStart().toString();
        moveEnd = meeting.getEnd().toString();
        movePlace = meeting.getPlace();
        version = meeting.getVersion();
    }

    /** Moves the meeting (date, time, place); the members and adviser get mail with the updated invitation. */
    public void move() {
        change(() -> meetings.move(viewer, room.getId(), version, moveDate == null ? null : moveDate.toString(), moveStart, moveEnd, movePlace));
    }

    /** Cancels the meeting, after the confirmation that names it; the members and adviser are told. */
    public void cancel() {
        change(() -> meetings.cancel(viewer, room.getId(), version));
    }

    /**
     * Makes a change to the meeting at the version the room read and shows the outcome: saved and read
     * again, or why not. Changed by someone else since: what was typed stays in the form.
     */
    private void change(Runnable action) {
        if (FormMessages.attempt("change", "common.gone", action)) {
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
            room.reload();
        }
    }

    public LocalDate getMoveDate() {
        return moveDate;
    }

    public void setMoveDate(LocalDate moveDate) {
        this.moveDate = moveDate;
    }

    public String getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(String moveStart) {
        this.moveStart = moveStart;
    }

    public String getMoveEnd() {
        return moveEnd;
    }

    public void setMoveEnd(String moveEnd) {
        this.moveEnd = moveEnd;
    }

    public String getMovePlace() {
        return movePlace;
    }

    public void setMovePlace(String movePlace) {
        this.movePlace = movePlace;
    }
}
