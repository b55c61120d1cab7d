package no.ledernett.sessions;

import no.ledernett.platform.ConflictException;
import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledernett.matching.AdviserView;
import no.ledernett.matching.Advisers;
import no.ledernett.matching.CommittedLoad;
import no.ledernett.matching.LoadEntry;
import no.ledernett.matching.MeetingMode;
import no.ledernett.matching.Need;
import no.ledernett.matching.Ranking;
import no.ledernett.matching.RankingResult;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.LeaderView;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Audited;
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Individual coaching: courses, their sessions, the adviser's private notes, and the hours. */
@ApplicationScoped
public class Coaching implements CommittedLoad {

    public record CourseInput(Long leaderId, Long adviserId, Long engagementId, String start, String end, Double hoursPerMonth) implements Serializable {
    }

    public record SessionInput(String date, String start, String end, String mode, String place) implements Serializable {
    }

    /** A course as lists show it: names resolved, so a page of them costs three statements. */
    public record CourseSummary(long id, long leaderId, String leaderName, String municipalityName, long adviserId, String adviserName,
                                long engagementId, LocalDate start, LocalDate end, double hoursPerMonth, String status) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Leaders leaders;

    @Inject
    Advisers advisers;

    @Inject
    Engagements engagements;

    @Inject
    HoursLog hours;

    @Inject
    CoachingMail mail;

    @Inject
    Ranking ranking;

    @Inject
    jakarta.enterprise.event.Event<Audited> audit;

    @Inject
    @ConfigProperty(name = "ledernett.sessions.coaching-preparation-hours", defaultValue = "0.5")
    double preparationHours;

    /** Today is the consultancy's day, in Norway, whatever zone the server runs in. */
    java.time.Clock clock = java.time.Clock.system(IcsWriter.OSLO);

    /** Staff set up courses; to anyone else there is nothing here. */
    @Transactional
    public CoachingCourse create(Viewer viewer, CourseInput input) {
        if (!viewer.is(Viewer.Role.STAFF)) {
            throw new NotFoundException("Coaching course", 0);
        }
        Rules rules = new Rules().required("leaderId", input.leaderId()).required("adviserId", input.adviserId())
                .required("engagementId", input.engagementId()).required("hoursPerMonth", input.hoursPerMonth());
        LocalDate from = rules.date("start", input.start(), SessionsTexts.RULES, "format.date");
        LocalDate to = rules.date("end", input.end(), SessionsTexts.RULES, "format.date");
        if (from != null && to != null && to.isBefore(from)) {
            rules.add(Violation.of(SessionsTexts.RULES, "end", "period.order"));
        }
        if (input.hoursPerMonth() != null && (input.hoursPerMonth() <= 0 || input.hoursPerMonth() > 100)) {
            rules.add(Violation.of("hoursPerMonth", "range", 0, 100));
        }
        rules.check();
        LeaderView leader = find(() -> leaders.view(input.leaderId()), "leaderId", input.leaderId());
        AdviserView adviser = find(() -> advisers.view(input.adviserId()), "adviserId", input.adviserId());
        EngagementView engagement = find(() -> engagements.view(input.engagementId()), "engagementId", input.engagementId());
        if (leader.erased()) {
            rules.add(Violation.of(SessionsTexts.RULES, "leaderId", "coaching.erased"));
        }
        if (!engagement.municipality().number().equals(leader.municipalityNumber())) {
            rules.add(Violation.of(SessionsTexts.RULES, "engagementId", "coaching.otherMunicipality"));
        }
        if (engagement.kind() == EngagementKind.NETWORK_GROUPS) {
            rules.add(Violation.of(SessionsTexts.RULES, "engagementId", "coaching.notBought"));
        }
        if (!adviser.active()) {
            rules.add(Violation.of(SessionsTexts.RULES, "adviserId", "coaching.inactive"));
        } else {
            // Only an adviser the new-course form would offer: the API may not pick one the ranking excludes.
            rankAdvisers(leader.municipalityNumber(), from, to, input.hoursPerMonth()).excluded().stream()
                    .filter(e -> e.adviser().id() == adviser.id()).findFirst()
                    .ifPresent(e -> rules.add(Violation.of(SessionsTexts.RULES, "adviserId", "coaching.excluded." + e.exclusions().get(0).reason())));
        }
        rules.check();
        CoachingCourse course = new CoachingCourse(leader.id(), adviser.id(), engagement.id(), from, to, input.hoursPerMonth());
        em.persist(course);
        return course;
    }

    /**
     * The advisers ranked for a new course, as the group page's "find adviser" ranks them: for the
     * leader's municipality, the course's period and its hours a month; the best first, and those
     * excluded with their reasons. The new-course form offers the eligible ones and {@link #create} refuses the others.
     */
    public RankingResult rankAdvisers(String municipalityNumber, LocalDate start, LocalDate end, double hoursPerMonth) {
        return ranking.rank(new Need("coaching:new", "coaching", null, false, municipalityNumber, MeetingMode.IN_PERSON, null, start, end, hoursPerMonth));
    }

    /** The course, if this viewer may change it: staff any, an adviser their own; to anyone else it does not exist. */
    public CoachingCourse changeable(Viewer viewer, long courseId) {
        CoachingCourse course = course(courseId);
        if (!ChangeAccess.mayChange(viewer, course.getAdviserId())) {
            throw new NotFoundException("Coaching course", courseId);
        }
        return course;
    }

    public CoachingCourse course(long id) {
        CoachingCourse course = em.find(CoachingCourse.class, id);
        if (course == null) {
            throw new NotFoundException("Coaching course", id);
        }
        return course;
    }

    /** Courses whose leader or municipality matches the text, newest first; paged in the database. */
    public Page<CourseSummary> search(String text, Long adviserId, PageRequest paging) {
        long total = count(text, adviserId);
        List<Object[]> found = filtered("SELECT c, l.name, l.municipality.name", " ORDER BY c.start DESC, c.id DESC", text, adviserId, Object[].class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        Map<Long, String> adviserNames = advisers.names(found.stream().map(r -> ((CoachingCourse) r[0]).getAdviserId()).distinct().toList());
        List<CourseSummary> items = found.stream().map(r -> {
            CoachingCourse c = (CoachingCourse) r[0];
            return new CourseSummary(c.getId(), c.getLeaderId(), (String) r[1], (String) r[2], c.getAdviserId(),
                    adviserNames.getOrDefault(c.getAdviserId(), "#" + c.getAdviserId()), c.getEngagementId(), c.getStart(), c.getEnd(),
                    c.getHoursPerMonth(), c.getStatus());
        }).toList();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    public long count(String text, Long adviserId) {
        return filtered("SELECT COUNT(c)", "", text, adviserId, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, String text, Long adviserId, Class<T> type) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        String where = " FROM CoachingCourse c, Leader l WHERE l.id = c.leaderId"
                + (q.isEmpty() ? "" : " AND (LOWER(l.name) LIKE :q OR LOWER(l.municipality.name) LIKE :q)")
                + (adviserId == null ? "" : " AND c.adviserId = :a");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (!q.isEmpty()) {
            query.setParameter("q", "%" + q + "%");
        }
        if (adviserId != null) {
            query.setParameter("a", adviserId);
        }
        return query;
    }

    public CourseSummary summary(long courseId) {
        CoachingCourse c = course(courseId);
        LeaderView leader = leaders.view(c.getLeaderId());
        return new CourseSummary(c.getId(), c.getLeaderId(), leader.name(), leader.municipalityName(), c.getAdviserId(),
                advisers.view(c.getAdviserId()).name(), c.getEngagementId(), c.getStart(), c.getEnd(), c.getHoursPerMonth(), c.getStatus());
    }

    /** Whether this viewer may read and write the course's private notes: its own adviser only. */
    public boolean keepsNotes(Viewer viewer, long courseId) {
        return viewer != null && viewer.role() == Viewer.Role.ADVISER && viewer.adviserId() != null
                && viewer.adviserId() == course(courseId).getAdviserId();
    }

    public List<CoachingSession> sessions(long courseId) {
        course(courseId);
        return em.createQuery("SELECT s FROM CoachingSession s WHERE s.courseId = :c ORDER BY s.date, s.start", CoachingSession.class)
                .setParameter("c", courseId).getResultList();
    }

    public CoachingSession session(long id) {
        CoachingSession session = em.find(CoachingSession.class, id);
        if (session == null) {
            throw new NotFoundException("Coaching session", id);
        }
        return session;
    }

    /** Plans a session; in person needs a place, by phone a number, by video a link. The leader and the adviser get an invitation. */
    @Transactional
    public CoachingSession plan(Viewer viewer, long courseId, SessionInput input) {
        CoachingCourse course = changeable(viewer, courseId);
        Slot slot = checked(input);
        CoachingSession session = new CoachingSession(courseId, slot.day(), slot.start(), slot.end(), slot.mode(), slot.place());
        em.persist(session);
        em.flush(); // its id is in the invitation's UID and the mail's key
        mail.planned(course, session);
        return session;
    }

    /**
     * Moves a planned session, or changes how it is held, from the version the caller read (a stale
     * one is a conflict, nothing changed). The leader and the adviser get the change with the updated event.
     */
    @Transactional
    public CoachingSession move(Viewer viewer, long sessionId, long version, SessionInput input) {
        CoachingSession session = session(sessionId);
        CoachingCourse course = changeable(viewer, session.getCourseId());
        if (version != session.getVersion()) {
            throw new ConflictException("Coaching session", sessionId);
        }
        if (session.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        Slot slot = checked(input);
        session.move(slot.day(), slot.start(), slot.end(), slot.mode(), slot.place());
        mail.changed(course, session);
        return session;
    }

    /** A session's time and place as given, checked. */
    private record Slot(LocalDate day, LocalTime start, LocalTime end, CoachingMode mode, String place) {
    }

    private static Slot checked(SessionInput input) {
        Rules rules = new Rules().maxLength("place", input.place(), 300);
        MeetingTime time = MeetingTime.read(rules, input.date(), input.start(), input.end());
        CoachingMode mode = rules.required("mode", input.mode())
                .oneOf("mode", input.mode(), CoachingMode.class, SessionsTexts.RULES, "coaching.mode", null);
        if (mode != null && (input.place() == null || input.place().isBlank())) {
            rules.add(Violation.of(SessionsTexts.RULES, "place", "coaching.place." + mode));
        }
        if (mode == CoachingMode.PHONE && input.place() != null && !input.place().isBlank()) {
            rules.phone("place", input.place());
        }
        if (mode == CoachingMode.VIDEO && input.place() != null && !input.place().isBlank() && !input.place().trim().startsWith("https://")) {
            rules.add(Violation.of(SessionsTexts.RULES, "place", "coaching.link"));
        }
        rules.check();
        return new Slot(time.day(), time.start(), time.end(), mode, input.place().trim());
    }

    @Transactional
    public CoachingSession held(Viewer viewer, long sessionId) {
        CoachingSession session = session(sessionId);
        changeable(viewer, session.getCourseId());
        if (session.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        // Not before its day (in Oslo): the hours are invoiced, and a session to come is no work done.
        if (session.getDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "date", "held.notYet"));
        }
        session.held();
        hours.logCoaching(session, course(session.getCourseId()), preparationHours);
        return session;
    }

    /**
     * The leader did not come. The adviser kept the time free and prepared, and the leader gave no
     * notice, so the session is billed as if held: its time and the preparation, under its own label.
     */
    @Transactional
    public CoachingSession noShow(Viewer viewer, long sessionId) {
        CoachingSession session = session(sessionId);
        changeable(viewer, session.getCourseId());
        if (session.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        if (session.getDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "date", "noShow.notYet"));
        }
        session.noShow();
        hours.logCoaching(session, course(session.getCourseId()), preparationHours);
        return session;
    }

    @Transactional
    public CoachingSession cancel(Viewer viewer, long sessionId) {
        CoachingSession session = session(sessionId);
        changeable(viewer, session.getCourseId());
        if (session.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        session.cancel();
        mail.changed(course(session.getCourseId()), session);
        return session;
    }

    /** The adviser's private notes: for the course's own adviser only; to anyone else the session has none. */
    public String notes(Viewer viewer, long sessionId) {
        CoachingSession session = ownedBy(viewer, sessionId);
        audit.fire(new Audited(viewer, "notes.read", "coaching-session:" + sessionId));
        return session.notes();
    }

    @Transactional
    public void writeNotes(Viewer viewer, long sessionId, String notes) {
        writeNotes(viewer, sessionId, notes, null);
    }

    /** The notes with their session's version, which an update over the API must name. */
    public Notes versionedNotes(Viewer viewer, long sessionId) {
        CoachingSession session = ownedBy(viewer, sessionId);
        audit.fire(new Audited(viewer, "notes.read", "coaching-session:" + sessionId));
        return new Notes(session.notes(), session.getVersion());
    }

    /** Writes the notes unless the session changed since the given version was read; answers the new version. */
    @Transactional
    public long writeNotes(Viewer viewer, long sessionId, String notes, Long version) {
        new Rules().maxLength("notes", notes, 8000).check();
        CoachingSession session = ownedBy(viewer, sessionId);
        if (version != null && version != session.getVersion()) {
            throw new ConflictException("Coaching session", sessionId);
        }
        session.writeNotes(notes == null || notes.isBlank() ? null : notes);
        audit.fire(new Audited(viewer, "notes.write", "coaching-session:" + sessionId));
        em.flush();
        return session.getVersion();
    }

    /** An adviser's notes on one session and the version they were read at. */
    public record Notes(String text, long version) {
    }

    private CoachingSession ownedBy(Viewer viewer, long sessionId) {
        CoachingSession session = session(sessionId);
        CoachingCourse course = course(session.getCourseId());
        if (!keepsNotes(viewer, course.getId())) {
            throw new NotFoundException("Notes", sessionId);
        }
        return session;
    }

    @Override
    public List<LoadEntry> since(LocalDate day) {
        // The leader's municipality with each course: one statement, columns rather than entities (read by every ranking).
        String label = Texts.format(SessionsTexts.TEXTS, Texts.BOKMAL, "coaching.label");
        return em.createQuery("SELECT c.id, c.adviserId, l.municipality.number, c.hoursPerMonth, c.start, c.end FROM CoachingCourse c, Leader l "
                        + "WHERE l.id = c.leaderId AND c.status = 'ACTIVE' AND c.end >= :d", Object[].class).setParameter("d", day).getResultList().stream()
                .map(r -> new LoadEntry(((Number) r[1]).longValue(), (String) r[2], "coaching:" + r[0], label, ((Number) r[3]).doubleValue(),
                        (LocalDate) r[4], (LocalDate) r[5]))
                .toList();
    }

    private static <T> T find(java.util.function.Supplier<T> lookup, String field, Object id) {
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, field, "unknown", id));
        }
    }
}
