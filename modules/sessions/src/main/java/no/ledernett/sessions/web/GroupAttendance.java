package no.ledernett.sessions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    // The page asks for these several times while rendering; once per request is enough.
    private final Map<Long, List<AttendanceRegister.Figures>> figures = new HashMap<>();
    private final Map<Long, FeedbackBox.Summary> summaries = new HashMap<>();

    public List<AttendanceRegister.Figures> figures(long groupId) {
        return figures.computeIfAbsent(groupId, attendance::figures);
    }

    public FeedbackBox.Summary feedback(long groupId) {
        return summaries.computeIfAbsent(groupId, feedback::forGroup);
    }

    public long percent(double rate) {
        return Math.round(rate * 100);
    }
}
