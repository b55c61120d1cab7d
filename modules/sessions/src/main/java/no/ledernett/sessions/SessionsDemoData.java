package no.ledernett.sessions;

import no.ledernett.platform.NorwegianTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import java.util.Comparator;
import no.ledernett.groups.GroupSearch;
import no.ledernett.groups.GroupSummary;
import no.ledernett.groups.Groups;
import no.ledernett.matching.AdviserOption;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.EngagementKind;
import no.ledernett.municipalities.EngagementView;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.LeaderRow;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.DemoDataRequested;
import no.ledernett.platform.Viewer;

/** Past meetings of the Bergen school leaders' group with challenges, focus history and next steps, and the ones to come. */
@ApplicationScoped
public class SessionsDemoData {

    private static final Logger LOG = Logger.getLogger(SessionsDemoData.class.getName());

    /** The demo data is written by the system itself, with staff's reach (made per call: no Viewer field in a bean made once). */
    private static Viewer system() {
        return Viewer.staff();
    }

    private static final String[][] CHALLENGES = {
        {"Lærer som ikke følger opp felles regler", "Ønsker hjelp til å forberede en krevende samtale."},
        {"Sykefravær i ett team", "Hvordan få oversikt uten å mistenkeliggjøre?"},
        {"Foreldre som går rett til kommunalsjefen", "Hvordan få saker tilbake til skolen?"},
        {"Ny avdelingsleder i gammelt kollegium", "Hvordan støtte uten å overstyre?"},
        {"Budsjettkutt neste høst", "Hvordan involvere ansatte tidlig?"},
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    Challenges challenges;

    @Inject
    ChallengeIntake intake;

    @Inject
    FocusAndNextSteps focusAndNextSteps;

    @Inject
    Members members;

    @Inject
    AttendanceRegister attendance;

    @Inject
    FeedbackBox feedback;

    @Inject
    Coaching coaching;

    @Inject
    CoachingSessions coachingSessions;

    @Inject
    Groups groups;

    @Inject
    Engagements engagements;

    @Inject
    Leaders leaders;

    @Inject
    Advisers advisers;

    @Transactional
    void load(@Observes @Priority(400) DemoDataRequested request) {
        if (em.createQuery("SELECT COUNT(m) FROM GroupMeeting m", Long.class).getSingleResult() > 0) {
            return;
        }
        // Bergen's first group (by id), through the groups module's search.
        GroupSummary group = groups.list(new GroupSearch(null, "4601", null, null, null, null), PageRequest.of(0, PageRequest.MAX_SIZE)).stream()
                .min(Comparator.comparingLong(GroupSummary::id)).orElse(null);
        if (group == null) {
            return;
        }
        List<GroupMeeting> series = meetings.schedule(system(), group.id());
        List<Long> people = members.of(group.id()).stream().filter(MemberView::isCurrent).map(MemberView::leaderId).toList();
        Viewer staff = Viewer.staff();
        int n = 0;
        for (GroupMeeting m : series) {
            if (!m.getDate().isBefore(NorwegianTime.today())) {
                break;
            }
            for (int i = 0; i < 3 && i < people.size(); i++) {
                String[] c = CHALLENGES[(n + i) % CHALLENGES.length];
                intake.submit(staff, m.getId(), new ChallengeInput(people.get((n + i) % people.size()), c[0], c[1], null));
            }
            ChallengeView chosen = challenges.of(staff, m.getId()).stream()
                    .filter(c -> c.id() == challenges.focusAdvice(m.getId()).suggestedChallengeId()).findFirst().orElseThrow();
            if (group.adviserId() != null) {
                // The group's adviser chose the focus and wrote the next step: staff, who cannot read the challenges, may not.
                Viewer adviser = Viewer.adviser(group.adviserId());
                focusAndNextSteps.chooseFocus(adviser, m.getId(), chosen.id());
                focusAndNextSteps.recordNextStep(adviser, chosen.id(), "Ta samtalen innen to uker, med et konkret forslag.");
            }
            Map<Long, Presence> marks = new java.util.HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                marks.put(people.get(i), i == (n % people.size()) ? Presence.EXCUSED : Presence.PRESENT);
            }
            attendance.mark(system(), m.getId(), marks);
            meetings.markHeld(system(), m.getId());
            for (int i = 0; i < 4 && i < people.size(); i++) {
                if (marks.get(people.get(i)) == Presence.PRESENT) {
                    feedback.rate(system(), m.getId(), people.get(i), 3 + (i + n) % 3, null);
                }
            }
            n++;
        }
        LOG.info("Demo data loaded: " + series.size() + " meetings, " + n + " of them held");
        coachingCourse();
    }

    /** One Bergen leader in individual coaching: two sessions held, one to come. */
    private void coachingCourse() {
        // Bergen's first coaching engagement, its newest leader and the first active adviser, each by id, through their modules.
        MunicipalityNumber bergen = new MunicipalityNumber("4601");
        List<Long> engagement = engagements.views(bergen).stream().filter(e -> e.kind() == EngagementKind.INDIVIDUAL_COACHING)
                .map(EngagementView::id).sorted().toList();
        List<Long> leader = leaders.rows(bergen, null, PageRequest.of(0, PageRequest.MAX_SIZE)).stream().map(LeaderRow::id)
                .sorted(Comparator.reverseOrder()).limit(1).toList();
        List<Long> adviser = advisers.options(true).stream().map(AdviserOption::id).sorted().limit(1).toList();
        if (engagement.isEmpty() || leader.isEmpty() || adviser.isEmpty()) {
            return;
        }
        LocalDate today = NorwegianTime.today();
        // The first adviser (the demo's own, Hanne) if the ranking allows it, which create requires; else the best one it offers.
        List<Long> eligible = coaching.rankAdvisers("4601", today.minusMonths(2), today.plusMonths(4), 2.0).eligible().stream()
                .map(e -> e.adviser().id()).toList();
        if (eligible.isEmpty()) {
            return;
        }
        long coach = eligible.contains(adviser.get(0)) ? adviser.get(0) : eligible.get(0);
        CoachingCourse course = coaching.create(system(), new Coaching.CourseInput(leader.get(0), coach, engagement.get(0),
                today.minusMonths(2).toString(), today.plusMonths(4).toString(), 2.0));
        for (int weeks : new int[] {-6, -2, 2}) {
            CoachingSession session = coachingSessions.plan(system(), course.getId(), new CoachingSessions.SessionInput(today.plusWeeks(weeks).toString(), "09:00", "10:00",
                    weeks == -6 ? "IN_PERSON" : "VIDEO", weeks == -6 ? "Rådhuset, møterom 3" : "https://meet.example.no/lederlopet"));
            if (weeks < 0) {
                coachingSessions.held(system(), session.getId());
            }
        }
    }
}
