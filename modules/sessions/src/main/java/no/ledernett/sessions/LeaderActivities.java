package no.ledernett.sessions;

import no.ledernett.platform.NorwegianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.LeaderActivity;
import no.ledernett.platform.Texts;

/**
 * A leader's meetings (those of their groups while they were in them) and coaching courses, for
 * the leader's page: dates, groups, advisers and states, never what anyone wrote. Three statements.
 */
@ApplicationScoped
public class LeaderActivities implements LeaderActivity {

    /** A long-standing member's page shows their latest meetings, not every one since the start. */
    static final int MAX_MEETINGS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    Advisers advisers;

    @Override
    public List<Entry> of(long leaderId, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        String meetings = Texts.format(SessionsTexts.TEXTS, locale, "leader.meetings");
        em.createQuery("SELECT gm, g.name FROM GroupMeeting gm, NetworkGroup g, Membership ms "
                        + "WHERE g.id = gm.groupId AND ms.group.id = g.id AND ms.leaderId = :l "
                        + "AND gm.date >= ms.joined AND (ms.left IS NULL OR gm.date <= ms.left) "
                        + "ORDER BY gm.date DESC, gm.start DESC, gm.id DESC", Object[].class)
                .setParameter("l", leaderId).setMaxResults(MAX_MEETINGS).getResultList()
                .forEach(r -> {
                    GroupMeeting m = (GroupMeeting) r[0];
                    entries.add(new Entry(meetings, m.getDate(), null,
                            r[1] + " – " + Texts.format(SessionsTexts.TEXTS, locale, "method." + m.getMethod()),
                            Texts.format(SessionsTexts.TEXTS, locale, "status." + m.getStatus()), "/admin/meetings/meeting.xhtml?id=" + m.getId()));
                });
        List<CoachingCourse> courses = em.createQuery("SELECT c FROM CoachingCourse c WHERE c.leaderId = :l ORDER BY c.start DESC, c.id DESC",
                CoachingCourse.class).setParameter("l", leaderId).getResultList();
        if (!courses.isEmpty()) {
            Map<Long, String> names = advisers.names(courses.stream().map(CoachingCourse::getAdviserId).distinct().toList());
            String coaching = Texts.format(SessionsTexts.TEXTS, locale, "leader.coaching");
            for (CoachingCourse c : courses) {
                entries.add(new Entry(coaching, c.getStart(), c.getEnd(),
                        Texts.format(SessionsTexts.TEXTS, locale, "leader.coaching.what", names.getOrDefault(c.getAdviserId(), "#" + c.getAdviserId())),
                        Texts.format(SessionsTexts.TEXTS, locale, c.getEnd() != null && c.getEnd().isBefore(NorwegianTime.today()) ? "leader.coaching.ended" : "leader.coaching.running"),
                        "/admin/coaching/course.xhtml?id=" + c.getId()));
            }
        }
        return entries;
    }
}
