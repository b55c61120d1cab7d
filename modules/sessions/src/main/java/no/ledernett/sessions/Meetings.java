package no.ledernett.sessions;

import no.ledernett.platform.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.ledernett.groups.Groups;
import no.ledernett.groups.MeetingMethod;
import no.ledernett.groups.GroupView;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A group's meetings: generated from its plan, then moved or cancelled one by one. */
@ApplicationScoped
public class Meetings {

    @PersistenceContext
    EntityManager em;

    @Inject no.ledernett.platform.OperationsMetrics metrics;

    @Inject
    Groups groups;

    @Inject
    HoursLog hours;

    @Inject
    MeetingMail mail;

    @Inject
    @ConfigProperty(name = "ledernett.sessions.default-start", defaultValue = "09:00")
    String defaultStart;

    /** Today is the consultancy's day, in Norway, whatever zone the server runs in. */
    java.time.Clock clock = java.time.Clock.system(IcsWriter.OSLO);

    public List<GroupMeeting> of(long groupId) {
        groups.view(groupId);
        return em.createQuery("SELECT m FROM GroupMeeting m WHERE m.groupId = :g ORDER BY m.date, m.start", GroupMeeting.class)
                .setParameter("g", groupId).getResultList();
    }

    /** Every meeting in the series of this one (its group's), this one among them, in date order; one statement. */
    public List<GroupMeeting> seriesOf(long meetingId) {
        return em.createQuery("SELECT m FROM GroupMeeting m WHERE m.groupId = (SELECT x.groupId FROM GroupMeeting x WHERE x.id = :id) "
                + "ORDER BY m.date, m.start", GroupMeeting.class).setParameter("id", meetingId).getResultList();
    }

    /** The meetings of these groups from a day on, in date order, in one statement. */
    public List<GroupMeeting> ofGroups(java.util.Collection<Long> groupIds, LocalDate from) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM GroupMeeting m WHERE m.groupId IN :g AND m.date >= :from ORDER BY m.date, m.start, m.id", GroupMeeting.class)
                .setParameter("g", groupIds).setParameter("from", from).getResultList();
    }

    /**
     * Planned meetings from a day on, up to and including {@code to} (null: no end), soonest
     * first; {@code adviserId} limits them to that adviser's groups (null: every group).
     */
    public List<GroupMeeting> planned(LocalDate from, LocalDate to, Long adviserId, int max) {
        String jpql = "SELECT m FROM GroupMeeting m" + (adviserId == null ? "" : ", SessionGroup g") + " WHERE m.status = :planned AND m.date >= :from"
                + (to == null ? "" : " AND m.date <= :to") + (adviserId == null ? "" : " AND g.id = m.groupId AND g.adviserId = :a")
                + " ORDER BY m.date, m.start, m.id";
        var query = em.createQuery(jpql, GroupMeeting.class).setParameter("planned", MeetingStatus.PLANNED).setParameter("from", from);
        if (to != null) {
            query.setParameter("to", to);
        }
        if (adviserId != null) {
            query.setParameter("a", adviserId);
        }
        return query.setMaxResults(max).getResultList();
    }

    /**
     * Planned meetings that start at or after {@code from} and before {@code to}, counted in one
     * statement; {@code adviserId} limits them to that adviser's groups (null: every group).
     */
    public long countPlanned(java.time.LocalDateTime from, java.time.LocalDateTime to, Long adviserId) {
        String where = "m.status = :planned AND (m.date > :fromDay OR (m.date = :fromDay AND m.start >= :fromTime)) "
                + "AND (m.date < :toDay OR (m.date = :toDay AND m.start < :toTime))";
        var query = adviserId == null
                ? em.createQuery("SELECT COUNT(m) FROM GroupMeeting m WHERE " + where, Long.class)
                : em.createQuery("SELECT COUNT(m) FROM GroupMeeting m, SessionGroup g WHERE g.id = m.groupId AND g.adviserId = :a AND " + where, Long.class)
                        .setParameter("a", adviserId);
        return query.setParameter("planned", MeetingStatus.PLANNED).setParameter("fromDay", from.toLocalDate()).setParameter("fromTime", from.toLocalTime())
                .setParameter("toDay", to.toLocalDate()).setParameter("toTime", to.toLocalTime()).getSingleResult();
    }

    /**
     * Meetings for the search across everything: on a day, or the planned ones from a day on of the
     * groups whose name matches; id, date, start, number in the series, group name; one statement.
     * {@code adviserId} limits them to that adviser's groups (null: every group).
     */
    public List<Object[]> find(LocalDate on, String groupName, LocalDate from, Long adviserId, int max) {
        String where = on != null ? "m.date = :on" : "m.status = :planned AND m.date >= :from AND LOWER(g.name) LIKE :q";
        var query = em.createQuery("SELECT m.id, m.date, m.start, m.numberInSeries, g.name FROM GroupMeeting m, SessionGroup g WHERE g.id = m.groupId AND "
                + where + (adviserId == null ? "" : " AND g.adviserId = :a") + " ORDER BY m.date, m.start, m.id", Object[].class);
        if (on != null) {
            query.setParameter("on", on);
        } else {
            query.setParameter("planned", MeetingStatus.PLANNED).setParameter("from", from).setParameter("q", no.ledernett.platform.SearchSource.pattern(groupName));
        }
        if (adviserId != null) {
            query.setParameter("a", adviserId);
        }
        return query.setMaxResults(max).getResultList();
    }

    public GroupMeeting get(long id) {
        GroupMeeting meeting = em.find(GroupMeeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    /**
     * The meeting, if this viewer may change it: staff any meeting, an adviser their own groups'
     * meetings. Anyone else is told it does not exist, as for an unknown id, so a foreign id reveals
     * nothing. Every change below asks this first, whatever page or endpoint it comes from.
     */
    public GroupMeeting changeable(Viewer viewer, long id) {
        GroupMeeting meeting = get(id);
        if (!ChangeAccess.mayChange(viewer, groups.view(meeting.getGroupId()).adviserId())) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    /** Creates the group's planned meetings, moving any that fall on a public holiday or weekend and skipping its blackout periods. */
    @Transactional
    public List<GroupMeeting> schedule(Viewer viewer, long groupId) {
        GroupView group = groups.view(groupId);
        if (!ChangeAccess.mayChange(viewer, group.adviserId())) {
            throw new NotFoundException("Group", groupId);
        }
        if (!of(groupId).isEmpty()) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "groupId", "meetings.exist"));
        }
        LocalTime start = LocalTime.parse(defaultStart);
        LocalTime end = start.plusMinutes(group.meetingMinutes());
        // Every meeting keeps the plan's mode and its place: a room in person, the link by video.
        List<GroupMeeting> created = new ArrayList<>();
        int n = 1;
        for (LocalDate day : MeetingSchedule.dates(group.start(), group.interval(), group.plannedMeetings(), group.blackouts())) {
            GroupMeeting meeting = new GroupMeeting(groupId, n++, day, start, end, group.defaultMethod(), group.mode(), group.location());
            em.persist(meeting);
            created.add(meeting);
        }
        em.flush();
        mail.scheduled(group, created);
        return created;
    }

    @Transactional
    public GroupMeeting move(long id, long version, String date, String start, String end, String place) {
        GroupMeeting meeting = get(id);
        if (version != meeting.getVersion()) {
            throw new ConflictException("Meeting", id);
        }
        Rules rules = new Rules().maxLength("place", place, 300);
        MeetingTime time = MeetingTime.read(rules, date, start, end);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            rules.add(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        rules.check();
        meeting.move(time.day(), time.start(), time.end(), place == null || place.isBlank() ? null : place.trim());
        mail.changed(groups.view(meeting.getGroupId()), meeting);
        return meeting;
    }

    /**
     * Moves a meeting as the screens and the API do: only staff and the group's adviser, and only
     * from the version the caller read (a stale one is a conflict, nothing changed).
     */
    @Transactional
    public GroupMeeting move(Viewer viewer, long id, long version, String date, String start, String end, String place) {
        changeable(viewer, id);
        return move(id, version, date, start, end, place);
    }

    /** Cancels a meeting the caller saw at this version; a meeting changed since is a conflict. */
    @Transactional
    public GroupMeeting cancel(Viewer viewer, long id, long version) {
        GroupMeeting meeting = changeable(viewer, id);
        if (version != meeting.getVersion()) {
            throw new ConflictException("Meeting", id);
        }
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        meeting.cancel();
        mail.changed(groups.view(meeting.getGroupId()), meeting);
        return meeting;
    }

    /**
     * Adds an extra meeting to a group's series, numbered after the last one, with the group's
     * method; its members and adviser get an invitation. A blank place is a video meeting.
     */
    @Transactional
    public GroupMeeting add(Viewer viewer, long groupId, String date, String start, String end, String place) {
        GroupView group = groups.view(groupId);
        if (!ChangeAccess.mayChange(viewer, group.adviserId())) {
            throw new NotFoundException("Group", groupId);
        }
        Rules rules = new Rules().maxLength("place", place, 300);
        MeetingTime time = MeetingTime.read(rules, date, start, end);
        rules.check();
        int last = em.createQuery("SELECT COALESCE(MAX(m.numberInSeries), 0) FROM GroupMeeting m WHERE m.groupId = :g", Integer.class)
                .setParameter("g", groupId).getSingleResult();
        GroupMeeting meeting = new GroupMeeting(groupId, last + 1, time.day(), time.start(), time.end(), group.defaultMethod(),
                place == null || place.isBlank() ? null : place.trim());
        em.persist(meeting);
        em.flush();
        mail.added(group, meeting);
        return meeting;
    }

    @Transactional
    public GroupMeeting useMethod(long id, MeetingMethod method) {
        GroupMeeting meeting = get(id);
        meeting.useMethod(method);
        return meeting;
    }

    /** The meeting before this one in its group's series that was held, if any. */
    public GroupMeeting previousHeld(GroupMeeting meeting) {
        return em.createQuery("SELECT m FROM GroupMeeting m WHERE m.groupId = :g AND m.status = :held AND m.date < :d ORDER BY m.date DESC",
                        GroupMeeting.class)
                .setParameter("g", meeting.getGroupId()).setParameter("held", MeetingStatus.HELD).setParameter("d", meeting.getDate())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * Marks the meeting held and logs its hours. Not before its day (in Oslo): hours are invoiced,
     * and a meeting that has not taken place yet must not show as work done.
     */
    @Transactional
    public GroupMeeting markHeld(Viewer viewer, long id) {
        GroupMeeting meeting = changeable(viewer, id);
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        if (meeting.getDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "date", "held.notYet"));
        }
        if (meeting.getStatus() != MeetingStatus.HELD) metrics.meetingHeld();
        meeting.held();
        hours.logMeeting(meeting, groups.view(meeting.getGroupId()));
        return meeting;
    }
}
