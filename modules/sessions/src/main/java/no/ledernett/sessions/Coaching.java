package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledernett.matching.Adviser;
import no.ledernett.matching.Advisers;
import no.ledernett.matching.CommittedLoad;
import no.ledernett.matching.LoadEntry;
import no.ledernett.municipalities.Engagement;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.Leader;
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
    jakarta.enterprise.event.Event<Audited> audit;

    @Inject
    @ConfigProperty(name = "ledernett.sessions.coaching-preparation-hours", defaultValue = "0.5")
    double preparationHours;

    @Transactional
    public CoachingCourse create(CourseInput input) {
        Rules rules = new Rules().required("leaderId", input.leaderId()).required("adviserId", input.adviserId())
                .required("engagementId", input.engagementId()).required("hoursPerMonth", input.hoursPerMonth());
        LocalDate from = date(rules, "start", input.start());
        LocalDate to = date(rules, "end", input.end());
        if (from != null && to != null && to.isBefore(from)) {
            rules.add(Violation.of(SessionsTexts.RULES, "end", "period.order"));
        }
        if (input.hoursPerMonth() != null && (input.hoursPerMonth() <= 0 || input.hoursPerMonth() > 100)) {
            rules.add(Violation.of("hoursPerMonth", "range", 0, 100));
        }
        rules.check();
        Leader leader = find(() -> leaders.get(input.leaderId()), "leaderId", input.leaderId());
        Adviser adviser = find(() -> advisers.get(input.adviserId()), "adviserId", input.adviserId());
        Engagement engagement = find(() -> engagements.get(input.engagementId()), "engagementId", input.engagementId());
        if (!engagement.getMunicipality().getNumber().equals(leader.getMunicipalityNumber())) {
            rules.add(Violation.of(SessionsTexts.RULES, "engagementId", "coaching.otherMunicipality"));
        }
        if (engagement.getKind() == EngagementKind.NETWORK_GROUPS) {
            rules.add(Violation.of(SessionsTexts.RULES, "engagementId", "coaching.notBought"));
        }
        if (!adviser.isActive()) {
            rules.add(Violation.of(SessionsTexts.RULES, "adviserId", "coaching.inactive"));
        }
        rules.check();
        CoachingCourse course = new CoachingCourse(leader.getId(), adviser.getId(), engagement.getId(), from, to, input.hoursPerMonth());
        em.persist(course);
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
        Map<Long, String> adviserNames = advisers.byIds(found.stream().map(r -> ((CoachingCourse) r[0]).getAdviserId()).distinct().toList())
                .stream().collect(Collectors.toMap(Adviser::getId, Adviser::getName));
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
        Leader leader = leaders.get(c.getLeaderId());
        return new CourseSummary(c.getId(), c.getLeaderId(), leader.getName(), leader.getMunicipality().getName(), c.getAdviserId(),
                advisers.get(c.getAdviserId()).getName(), c.getEngagementId(), c.getStart(), c.getEnd(), c.getHoursPerMonth(), c.getStatus());
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

    /** Plans a session; in person needs a place, by phone a number, by video a link. */
    @Transactional
    public CoachingSession plan(long courseId, SessionInput input) {
        course(courseId);
        Rules rules = new Rules().maxLength("place", input.place(), 300);
        LocalDate day = date(rules, "date", input.date());
        LocalTime from = time(rules, "start", input.start());
        LocalTime to = time(rules, "end", input.end());
        if (from != null && to != null && !to.isAfter(from)) {
            rules.add(Violation.of(SessionsTexts.RULES, "end", "time.order"));
        }
        CoachingMode mode = null;
        try {
            mode = CoachingMode.valueOf(input.mode() == null ? "" : input.mode().trim());
        } catch (IllegalArgumentException e) {
            rules.add(Violation.of(SessionsTexts.RULES, "mode", "coaching.mode"));
        }
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
        CoachingSession session = new CoachingSession(courseId, day, from, to, mode, input.place().trim());
        em.persist(session);
        return session;
    }

    @Transactional
    public CoachingSession held(long sessionId) {
        CoachingSession session = session(sessionId);
        if (session.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        session.held();
        hours.logCoaching(session, course(session.getCourseId()), preparationHours);
        return session;
    }

    @Transactional
    public CoachingSession cancel(long sessionId) {
        CoachingSession session = session(sessionId);
        if (session.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "status", "meeting.notPlanned"));
        }
        session.cancel();
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
        new Rules().maxLength("notes", notes, 8000).check();
        ownedBy(viewer, sessionId).writeNotes(notes == null || notes.isBlank() ? null : notes);
        audit.fire(new Audited(viewer, "notes.write", "coaching-session:" + sessionId));
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

    private static LocalDate date(Rules rules, String field, String value) {
        if (value == null || value.isBlank()) {
            rules.required(field, value);
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            rules.add(Violation.of(SessionsTexts.RULES, field, "format.date"));
            return null;
        }
    }

    private static LocalTime time(Rules rules, String field, String value) {
        if (value == null || value.isBlank()) {
            rules.required(field, value);
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            rules.add(Violation.of(SessionsTexts.RULES, field, "format.start"));
            return null;
        }
    }
}
