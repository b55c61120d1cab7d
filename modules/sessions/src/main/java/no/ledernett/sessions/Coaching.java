package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import no.ledernett.platform.Texts;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/**
 * Individual coaching courses: started by staff with an adviser the ranking offers, found and
 * listed, and the hours each commits its adviser to. Their sessions are {@link CoachingSessions},
 * the adviser's notes on them {@link CoachingNotes}.
 */
@ApplicationScoped
public class Coaching implements CommittedLoad {

    public record CourseInput(Long leaderId, Long adviserId, Long engagementId, String start, String end, Double hoursPerMonth) implements Serializable {
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
    Ranking ranking;

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
        List<Object[]> found = filtered("SELECT c, l.name, l.municipalityName", " ORDER BY c.start DESC, c.id DESC", text, adviserId, Object[].class)
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
        String where = " FROM CoachingCourse c, SessionLeader l WHERE l.id = c.leaderId"
                + (q.isEmpty() ? "" : " AND (LOWER(l.name) LIKE :q OR LOWER(l.municipalityName) LIKE :q)")
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

    @Override
    public List<LoadEntry> since(LocalDate day) {
        // The leader's municipality with each course: one statement, columns rather than entities (read by every ranking).
        String label = Texts.format(SessionsTexts.TEXTS, Texts.BOKMAL, "coaching.label");
        return em.createQuery("SELECT c.id, c.adviserId, l.municipalityNumber, c.hoursPerMonth, c.start, c.end FROM CoachingCourse c, SessionLeader l "
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
