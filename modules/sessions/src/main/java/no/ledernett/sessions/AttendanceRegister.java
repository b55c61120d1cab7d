package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/** Who came to which meeting, and no-show figures per group and leader. */
@ApplicationScoped
public class AttendanceRegister {

    /** One leader's attendance over a group's held meetings. */
    /** @param noShowRate share of held meetings missed without notice */
    public record Figures(long leaderId, String name, int present, int absent, int excused, double noShowRate) implements Serializable {

        static Figures of(long leaderId, String name, int present, int absent, int excused) {
            int total = present + absent + excused;
            return new Figures(leaderId, name, present, absent, excused, total == 0 ? 0 : Math.round(1000.0 * absent / total) / 1000.0);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    Members members;

    public Map<Long, Presence> of(long meetingId) {
        meetings.get(meetingId);
        Map<Long, Presence> marks = new HashMap<>();
        em.createQuery("SELECT a FROM Attendance a WHERE a.meetingId = :m", Attendance.class).setParameter("m", meetingId)
                .getResultList().forEach(a -> marks.put(a.getLeaderId(), a.getPresence()));
        return marks;
    }

    /** Marks attendance for members of the meeting's group. */
    @Transactional
    public Map<Long, Presence> mark(Viewer viewer, long meetingId, Map<Long, Presence> marks) {
        GroupMeeting meeting = meetings.changeable(viewer, meetingId);
        Set<Long> current = members.of(meeting.getGroupId()).stream().map(MemberView::leaderId).collect(Collectors.toSet());
        for (Long leader : marks.keySet()) {
            if (!current.contains(leader)) {
                throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "leaderId", "challenge.notMember"));
            }
        }
        Map<Long, Attendance> existing = em.createQuery("SELECT a FROM Attendance a WHERE a.meetingId = :m", Attendance.class)
                .setParameter("m", meetingId).getResultList().stream().collect(Collectors.toMap(Attendance::getLeaderId, a -> a));
        marks.forEach((leader, presence) -> {
            Attendance a = existing.get(leader);
            if (a == null) {
                a = new Attendance(meetingId, leader);
                em.persist(a);
            }
            a.mark(presence);
        });
        return of(meetingId);
    }

    /** Attendance figures per member over the group's held meetings. */
    public List<Figures> figures(long groupId) {
        return figures(groupId, members.of(groupId));
    }

    /** The same for the group's members the caller has read already: one statement. */
    public List<Figures> figures(long groupId, List<MemberView> people) {
        Map<Long, Map<Presence, Integer>> counts = new HashMap<>();
        em.createQuery("SELECT a.leaderId, a.presence, COUNT(a) FROM Attendance a, GroupMeeting m WHERE a.meetingId = m.id "
                        + "AND m.groupId = :g AND m.status = :held GROUP BY a.leaderId, a.presence", Object[].class)
                .setParameter("g", groupId).setParameter("held", MeetingStatus.HELD).getResultList()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new EnumMap<>(Presence.class))
                        .put((Presence) r[1], ((Number) r[2]).intValue()));
        return people.stream().map(p -> {
            Map<Presence, Integer> c = counts.getOrDefault(p.leaderId(), Map.of());
            return Figures.of(p.leaderId(), p.name(), c.getOrDefault(Presence.PRESENT, 0), c.getOrDefault(Presence.ABSENT, 0),
                    c.getOrDefault(Presence.EXCUSED, 0));
        }).sorted(Comparator.comparing(Figures::name)).toList();
    }
}
