package no.ledernett.sessions.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import no.ledernett.platform.Attention;
import no.ledernett.platform.AttentionSource;
import no.ledernett.platform.Viewer;
import no.ledernett.sessions.AdviserScope;
import no.ledernett.sessions.ChallengeIntake;
import no.ledernett.sessions.Meetings;

/**
 * For the start page: the meetings still to come this week, and those whose challenge intake
 * closes within {@link #INTAKE_DAYS} days (time to remind leaders who have not written theirs). Staff
 * see every group's, an adviser their own groups'.
 */
@ApplicationScoped
public class MeetingsAttention implements AttentionSource {

    static final int INTAKE_DAYS = 3;

    @Inject
    Meetings meetings;

    @Inject
    ChallengeIntake intake;

    @Override
    public List<Attention> attention(Viewer viewer, LocalDate today, Locale locale) {
        if (!viewer.is(Viewer.Role.STAFF) && !viewer.is(Viewer.Role.ADVISER)) {
            return List.of();
        }
        Long adviser = AdviserScope.limitTo(viewer);
        LocalDateTime nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay();
        long thisWeek = meetings.countPlanned(today.atStartOfDay(), nextMonday, adviser);
        // Intake closes a set number of hours before a meeting starts: meetings starting that long after now, in the next few days.
        LocalDateTime firstClosing = no.ledernett.platform.NorwegianTime.now().plusHours(intake.closesHours());
        long closing = meetings.countPlanned(firstClosing, firstClosing.plusDays(INTAKE_DAYS), adviser);
        return List.of(new Attention(MeetingsSection.TEXTS, "attention.thisWeek", thisWeek,
                        "/admin/meetings/index.xhtml?from=" + today + "&to=" + nextMonday.toLocalDate().minusDays(1), false, 10),
                new Attention(MeetingsSection.TEXTS, "attention.intakeClosing", closing, "/admin/meetings/index.xhtml", false, 11));
    }
}
