package no.ledernett.sessions;

import no.ledernett.platform.NorwegianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ledernett.groups.LeaderMembership;
import no.ledernett.groups.Members;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.LeaderActivity;
import no.ledernett.platform.Texts;

/**
 * A leader's meetings (those of their groups while they were in them) and coaching courses, for
 * the leader's page: dates, groups, advisers and states, never what anyone wrote. Four statements.
 */
@ApplicationScoped
public class LeaderActivities implements LeaderActivity {

    /** A long-standing member's page shows their latest meetings, not every one since the start. */
    static final int MAX_MEETINGS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    Advisers advisers;

    @Inject
    Members members;

    @Override
    public List<Entry> of(long leaderId, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        String meetings = Texts.format(SessionsTexts.TEXTS, locale, "leader.meetings");
        List<LeaderMembership> memberships = members.ofLeader(leaderId);
        Map<Long, String> groupNames = new HashMap<>();
        memberships.forEach(ms -> groupNames.put(ms.groupId(), ms.groupName()));
        for (GroupMeeting m : meetingsWhileMember(memberships)) {
            entries.add(new Entry(meetings, m.getDate(), null,
                    groupNames.get(m.getGroupId()) + " – " + Texts.format(SessionsTexts.TEXTS, locale, "method." + m.getMethod()),
                    Texts.format(SessionsTexts.TEXTS, locale, "status." + m.getStatus()), "/admin/meetings/meeting.xhtml?id=" + m.getId()));
        }
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

    /**
     * The meetings of the leader's groups held while they were in them, newest first: one statement
     * over the periods the groups module gave (none without a membership).
     */
    private List<GroupMeeting> meetingsWhileMember(List<LeaderMembership> memberships) {
        if (memberships.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < memberships.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("(gm.groupId = :g").append(i).append(" AND gm.date >= :j").append(i)
                    .append(memberships.get(i).left() == null ? "" : " AND gm.date <= :l" + i).append(')');
        }
        TypedQuery<GroupMeeting> query = em.createQuery("SELECT gm FROM GroupMeeting gm WHERE " + where
                + " ORDER BY gm.date DESC, gm.start DESC, gm.id DESC", GroupMeeting.class);
        for (int i = 0; i < memberships.size(); i++) {
            LeaderMembership ms = memberships.get(i);
            query.setParameter("g" + i, ms.groupId()).setParameter("j" + i, ms.joined());
            if (ms.left() != null) {
                query.setParameter("l" + i, ms.left());
            }
        }
        return query.setMaxResults(MAX_MEETINGS).getResultList();
    }
}
