package no.ledernett.sessions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.ledernett.sessions.AttendanceRegister;
import no.ledernett.sessions.FeedbackBox;

/** Attendance figures and the feedback average of one group, for its meeting plan page. */
@Named
@RequestScoped
public class GroupAttendance {

    @Inject
    AttendanceRegister attendance;

    @Inject
    FeedbackBox feedback;

    public List<AttendanceRegister.Figures> figures(long groupId) {
        return attendance.figures(groupId);
    }

    public FeedbackBox.Summary feedback(long groupId) {
        return feedback.forGroup(groupId);
    }

    public long percent(double rate) {
        return Math.round(rate * 100);
    }
}
