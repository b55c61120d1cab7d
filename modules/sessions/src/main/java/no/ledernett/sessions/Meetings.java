package no.ledernett.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.ledernett.groups.Groups;
import no.ledernett.groups.MeetingMethod;
import no.ledernett.groups.NetworkGroup;
import no.ledernett.matching.MeetingMode;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
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

    public List<GroupMeeting> of(long groupId) {
        groups.get(groupId);
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

    /** Planned meetings from a day on, across all groups, soonest first. */
    public List<GroupMeeting> upcoming(LocalDate from, int max) {
        return em.createQuery("SELECT m FROM GroupMeeting m WHERE m.date >= :d AND m.status = :planned ORDER BY m.date, m.start, m.id", GroupMeeting.class)
                .setParameter("d", from).setParameter("planned", MeetingStatus.PLANNED).setMaxResults(max).getResultList();
    }

    /** Upcoming meetings of one adviser's groups. */
    public List<GroupMeeting> upcomingFor(long adviserId, LocalDate from, int max) {
        return em.createQuery("SELECT m FROM GroupMeeting m, NetworkGroup g WHERE g.id = m.groupId AND g.adviserId = :a AND m.date >= :d "
                        + "AND m.status = :planned ORDER BY m.date, m.start, m.id", GroupMeeting.class)
                .setParameter("a", adviserId).setParameter("d", from).setParameter("planned", MeetingStatus.PLANNED).setMaxResults(max).getResultList();
    }

    public GroupMeeting get(long id) {
        GroupMeeting meeting = em.find(GroupMeeting.class, id);
        if (meeting == null) {
            throw new NotFoundException("Meeting", id);
        }
        return meeting;
    }

    /** Creates the group's planned meetings, moving any that fall on a public holiday or weekend. */
    @Transactional
    public List<GroupMeeting> schedule(long groupId) {
        NetworkGroup group = groups.get(groupId);
        if (!of(groupId).isEmpty()) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "groupId", "meetings.exist"));
        }
        LocalTime start = LocalTime.parse(defaultStart);
        LocalTime end = start.plusMinutes(group.getMeetingMinutes());
        String place = group.getMode() == MeetingMode.VIDEO ? null : group.getLocation();
        List<GroupMeeting> created = new ArrayList<>();
        int n = 1;
        for (LocalDate day : MeetingSchedule.dates(group.getStart(), group.getInterval(), group.getPlannedMeetings())) {
            GroupMeeting meeting = new GroupMeeting(groupId, n++, day, start, end, group.getDefaultMethod(), place);
            em.persist(meeting);
            created.add(meeting);
        }
        em.flush();
        mail.scheduled(group, created);
        return created;
    }

    @Transactional
    public GroupMeeting move(long id, String date, String start, String end, String place) {
        GroupMeeting meeting = get(id);
        Rules rules = new Rules().maxLength("place", place, 300);
        LocalDate day = parse(rules, "date", date, LocalDate::parse);
        LocalTime from = parse(rules, "start", start, LocalTime::parse);
        LocalTime to = parse(rules, "end", end, LocalTime::parse);
        if (from != null && to != null && !to.isAfter(from)) {
            rules.add(Violation.of(SessionsTexts.RULES, "end", "time.order"));
        }
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            rules.add(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        rules.check();
        meeting.move(day, from, to, place == null || place.isBlank() ? null : place.trim());
        mail.changed(groups.get(meeting.getGroupId()), meeting);
        return meeting;
    }

    @Transactional
    public GroupMeeting cancel(long id) {
        GroupMeeting meeting = get(id);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        meeting.cancel();
        mail.changed(groups.get(meeting.getGroupId()), meeting);
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

    @Transactional
    public GroupMeeting markHeld(long id) {
        GroupMeeting meeting = get(id);
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        if (meeting.getStatus() != MeetingStatus.HELD) metrics.meetingHeld();
        meeting.held();
        hours.logMeeting(meeting, groups.get(meeting.getGroupId()));
        return meeting;
    }

    interface Parser<T> {
        T parse(String s);
    }

    private static <T> T parse(Rules rules, String field, String value, Parser<T> parser) {
        if (value == null || value.isBlank()) {
            rules.required(field, value);
            return null;
        }
        try {
            return parser.parse(value.trim());
        } catch (DateTimeParseException e) {
            rules.add(Violation.of(SessionsTexts.RULES, field, "format." + field));
            return null;
        }
    }
}
