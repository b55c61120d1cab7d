package no.ledernett.sessions;

import no.ledernett.platform.ConflictException;
import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ledernett.groups.Groups;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.groups.GroupView;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Rules;
import no.ledernett.platform.Audited;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Challenges: intake before a meeting, the challenge in focus, next steps. Every read goes
 * through {@link ChallengeAccess}: the text is shown only to the group's members and adviser.
 */
@ApplicationScoped
public class Challenges {

    @Inject
    jakarta.enterprise.event.Event<Audited> audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    Leaders leaders;

    @Inject
    @ConfigProperty(name = "ledernett.sessions.intake-opens-days", defaultValue = "14")
    int intakeOpensDays;

    @Inject
    @ConfigProperty(name = "ledernett.sessions.intake-closes-hours", defaultValue = "24")
    int intakeClosesHours;

    /** When intake opens and closes for a meeting. */
    public record Intake(LocalDateTime opens, LocalDateTime closes) implements Serializable {

        public boolean isOpen(LocalDateTime now) {
            return !now.isBefore(opens) && now.isBefore(closes);
        }
    }

    public int intakeClosesHours() {
        return intakeClosesHours;
    }

    public int intakeOpensDays() {
        return intakeOpensDays;
    }

    public Intake intake(GroupMeeting meeting) {
        LocalDateTime start = meeting.getDate().atTime(meeting.getStart());
        return new Intake(start.minusDays(intakeOpensDays), start.minusHours(intakeClosesHours));
    }

    private Set<Long> currentMembers(long groupId) {
        return members.currentIds(groupId);
    }

    /** Challenges of these meetings and these challenges by id, each with its owner's name, in one statement. */
    private List<Named> read(Collection<Long> meetingIds, Collection<Long> challengeIds) {
        return em.createQuery("SELECT c, l.name FROM Challenge c JOIN Leader l ON l.id = c.leaderId WHERE c.meetingId IN :m OR c.id IN :c "
                        + "ORDER BY c.submittedAt, c.id", Object[].class)
                .setParameter("m", meetingIds.isEmpty() ? List.of(-1L) : meetingIds).setParameter("c", challengeIds.isEmpty() ? List.of(-1L) : challengeIds)
                .getResultList().stream().map(r -> new Named((Challenge) r[0], (String) r[1])).toList();
    }

    private record Named(Challenge challenge, String name) {
    }

    private List<ChallengeView> views(Viewer viewer, GroupMeeting meeting, List<Named> rows, boolean mayRead) {
        List<ChallengeView> list = rows.stream().filter(r -> r.challenge().getMeetingId() == meeting.getId())
                .map(r -> view(r.challenge(), r.name(), mayRead, meeting)).toList();
        if (mayRead && !list.isEmpty()) {
            audit.fire(new Audited(viewer, "challenge.read", "meeting:" + meeting.getId()));
        }
        return list;
    }

    public List<ChallengeView> of(Viewer viewer, long meetingId) {
        GroupMeeting meeting = meetings.get(meetingId);
        GroupView group = groups.view(meeting.getGroupId());
        boolean mayRead = ChallengeAccess.mayRead(viewer, currentMembers(group.id()), group.adviserId());
        return views(viewer, meeting, read(List.of(meetingId), List.of()), mayRead);
    }

    /** What the meeting room shows of the challenges: this meeting's, last held meeting's next steps, and the focus advice. */
    public record Room(List<ChallengeView> challenges, List<ChallengeView> followUp, FocusAdvice advice) implements Serializable {
    }

    /**
     * The meeting room's challenges in one statement, given what the room has read already: the
     * meeting's series (date order, with the meeting), its group and members.
     */
    public Room room(Viewer viewer, GroupMeeting meeting, List<GroupMeeting> series, GroupView group, List<MemberView> memberList) {
        Set<Long> current = memberList.stream().filter(MemberView::isCurrent).map(MemberView::leaderId).collect(Collectors.toSet());
        boolean mayRead = ChallengeAccess.mayRead(viewer, current, group.adviserId());
        GroupMeeting previous = previousHeld(meeting, series);
        List<Long> focusIds = focusIds(meeting, series);
        List<Named> rows = read(previous == null ? List.of(meeting.getId()) : List.of(meeting.getId(), previous.getId()), focusIds);
        List<ChallengeView> list = views(viewer, meeting, rows, mayRead);
        List<ChallengeView> followUp = previous == null ? List.of() : followUp(views(viewer, previous, rows, mayRead));
        Set<Long> focus = Set.copyOf(focusIds);
        return new Room(list, followUp, advice(meeting, series,
                rows.stream().filter(r -> focus.contains(r.challenge().getId())).map(Named::challenge).toList(),
                rows.stream().filter(r -> r.challenge().getMeetingId() == meeting.getId()).map(Named::challenge).toList(), memberList));
    }

    /** The held meeting before this one in its series, as {@link Meetings#previousHeld} finds it. */
    private static GroupMeeting previousHeld(GroupMeeting meeting, List<GroupMeeting> series) {
        GroupMeeting previous = null;
        for (GroupMeeting m : series) {
            if (m.getStatus() == MeetingStatus.HELD && m.getDate().isBefore(meeting.getDate())
                    && (previous == null || !m.getDate().isBefore(previous.getDate()))) {
                previous = m;
            }
        }
        return previous;
    }

    private static List<Long> focusIds(GroupMeeting meeting, List<GroupMeeting> series) {
        return series.stream().filter(m -> !m.getId().equals(meeting.getId()) && m.getFocusChallengeId() != null
                && m.getStatus() != MeetingStatus.CANCELLED).map(GroupMeeting::getFocusChallengeId).toList();
    }

    /**
     * A leader's own challenges in these meetings, by meeting id, in one statement whatever the
     * number of meetings. A leader always reads their own text; that is not logged as reading.
     */
    public Map<Long, ChallengeView> ownFor(long leaderId, List<GroupMeeting> meetingList) {
        if (meetingList.isEmpty()) {
            return Map.of();
        }
        Map<Long, GroupMeeting> byMeeting = byId(meetingList, GroupMeeting::getId);
        return em.createQuery("SELECT c, l.name FROM Challenge c JOIN Leader l ON l.id = c.leaderId WHERE c.leaderId = :l AND c.meetingId IN :m",
                        Object[].class).setParameter("l", leaderId).setParameter("m", byMeeting.keySet()).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Challenge) r[0]).getMeetingId(),
                        r -> view((Challenge) r[0], (String) r[1], true, byMeeting.get(((Challenge) r[0]).getMeetingId()))));
    }

    private static ChallengeView view(Challenge c, String name, boolean mayRead, GroupMeeting meeting) {
        return new ChallengeView(c.getId(), c.getMeetingId(), c.getLeaderId(), name, !mayRead,
                mayRead ? c.title() : null, mayRead ? c.description() : null, mayRead ? c.helpWanted() : null,
                mayRead ? c.nextStep() : null, c.isNextStepDone(), c.getEnteredBy().name(), c.getSubmittedAt(),
                c.getId().equals(meeting.getFocusChallengeId()), c.getVersion());
    }

    /** Writes (or rewrites) a leader's challenge for a meeting. Participants only while intake is open. */
    @Transactional
    public ChallengeView submit(Viewer viewer, long meetingId, ChallengeInput input) {
        input.check();
        GroupMeeting meeting = meetings.get(meetingId);
        GroupView group = groups.view(meeting.getGroupId());
        Set<Long> current = currentMembers(group.id());
        Rules rules = new Rules();
        if (!current.contains(input.leaderId())) {
            rules.add(Violation.of(SessionsTexts.RULES, "leaderId", "challenge.notMember"));
        } else if (!ChallengeAccess.mayWrite(viewer, input.leaderId(), current, group.adviserId())) {
            throw new NotFoundException("Meeting", meetingId);
        }
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            rules.add(Violation.of(SessionsTexts.RULES, "meetingId", "meeting.notPlanned"));
        } else if (viewer.role() == Viewer.Role.PARTICIPANT && !intake(meeting).isOpen(LocalDateTime.now(IcsWriter.OSLO))) {
            rules.add(Violation.of(SessionsTexts.RULES, "meetingId", "intake.closed"));
        }
        rules.check();
        Challenge challenge = em.createQuery("SELECT c FROM Challenge c WHERE c.meetingId = :m AND c.leaderId = :l", Challenge.class)
                .setParameter("m", meetingId).setParameter("l", input.leaderId()).getResultStream().findFirst()
                .orElseGet(() -> {
                    Challenge created = new Challenge(meetingId, input.leaderId(), viewer.role());
                    em.persist(created);
                    return created;
                });
        challenge.write(input.title().trim(), blank(input.description()), blank(input.helpWanted()));
        em.flush();
        audit.fire(new Audited(viewer, "challenge.write", "challenge:" + challenge.getId()));
        return view(challenge, names(List.of(input.leaderId())).get(input.leaderId()),
                ChallengeAccess.mayRead(viewer, current, group.adviserId()), meeting);
    }

    /** The suggestion for the challenge in focus, with every member's focus history in the group. */
    public FocusAdvice focusAdvice(long meetingId) {
        List<GroupMeeting> series = meetings.seriesOf(meetingId);
        GroupMeeting meeting = series.stream().filter(m -> m.getId() == meetingId).findFirst().orElseGet(() -> meetings.get(meetingId));
        List<Challenge> rows = read(List.of(meetingId), focusIds(meeting, series)).stream().map(Named::challenge).toList();
        return advice(meeting, series, rows.stream().filter(c -> c.getMeetingId() != meetingId).toList(),
                rows.stream().filter(c -> c.getMeetingId() == meetingId).toList(), members.of(meeting.getGroupId()));
    }

    /**
     * The focus advice from the series, the earlier focus challenges, this meeting's submitted
     * challenges (in order of submission) and the group's members.
     */
    private static FocusAdvice advice(GroupMeeting meeting, List<GroupMeeting> series, List<Challenge> earlierFocus, List<Challenge> submitted,
                                      List<MemberView> memberList) {
        Map<Long, Long> ownerOfFocus = new HashMap<>();
        earlierFocus.forEach(c -> ownerOfFocus.put(c.getId(), c.getLeaderId()));
        Map<Long, Integer> times = new HashMap<>();
        Map<Long, Integer> lastIndex = new HashMap<>();
        int position = -1;
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).getId().equals(meeting.getId())) {
                position = i;
            }
        }
        for (int i = 0; i < series.size(); i++) {
            GroupMeeting m = series.get(i);
            Long owner = m.getFocusChallengeId() == null || m.getId().equals(meeting.getId()) || m.getStatus() == MeetingStatus.CANCELLED
                    ? null : ownerOfFocus.get(m.getFocusChallengeId());
            if (owner != null) {
                times.merge(owner, 1, Integer::sum);
                lastIndex.merge(owner, i, Math::max);
            }
        }
        List<FocusSuggestion.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            Challenge c = submitted.get(i);
            candidates.add(new FocusSuggestion.Candidate(c.getId(), c.getLeaderId(), times.getOrDefault(c.getLeaderId(), 0),
                    lastIndex.containsKey(c.getLeaderId()) ? position - lastIndex.get(c.getLeaderId()) : Integer.MAX_VALUE / 2, i));
        }
        var suggestion = FocusSuggestion.suggest(candidates);
        Set<Long> submitters = submitted.stream().map(Challenge::getLeaderId).collect(Collectors.toSet());
        List<FocusAdvice.History> history = memberList.stream().filter(MemberView::isCurrent)
                .map(m -> new FocusAdvice.History(m.leaderId(), m.name(), times.getOrDefault(m.leaderId(), 0), submitters.contains(m.leaderId())))
                .sorted(Comparator.comparingInt(FocusAdvice.History::timesInFocus).thenComparing(FocusAdvice.History::name)).toList();
        Map<Long, String> names = history.stream().collect(Collectors.toMap(FocusAdvice.History::leaderId, FocusAdvice.History::name));
        return new FocusAdvice(suggestion.map(FocusSuggestion.Candidate::challengeId).orElse(null),
                suggestion.map(s -> names.get(s.leaderId())).orElse(null), history,
                history.stream().filter(h -> h.timesInFocus() == 0).map(FocusAdvice.History::name).toList());
    }

    /** The adviser's choice of the challenge in focus (peer coaching). */
    @Transactional
    public GroupMeeting chooseFocus(Viewer viewer, long meetingId, Long challengeId) {
        GroupMeeting meeting = meetings.changeable(viewer, meetingId);
        GroupView group = groups.view(meeting.getGroupId());
        mustRead(viewer, group, "challengeId");
        if (challengeId != null) {
            Challenge c = em.find(Challenge.class, challengeId);
            if (c == null || c.getMeetingId() != meetingId) {
                throw new InvalidInputException(Violation.of(SessionsTexts.RULES, "challengeId", "challenge.otherMeeting"));
            }
        }
        meeting.focusOn(challengeId);
        return meeting;
    }

    /** Records the next step the owner of a challenge takes away. */
    @Transactional
    public ChallengeView recordNextStep(Viewer viewer, long challengeId, String text) {
        return recordNextStep(viewer, challengeId, text, null);
    }

    /** As above, refused with a conflict when the challenge changed since the given version was read. */
    @Transactional
    public ChallengeView recordNextStep(Viewer viewer, long challengeId, String text, Long version) {
        Challenge c = writable(viewer, challengeId);
        mustRead(viewer, groups.view(meetings.get(c.getMeetingId()).getGroupId()), "nextStep");
        new Rules().required("nextStep", text).maxLength("nextStep", text, 2000).check();
        if (version != null && version != c.getVersion()) {
            throw new ConflictException("Challenge", challengeId);
        }
        c.nextStep(text.trim());
        // Written now, so the answer carries the version a next update must name.
        em.flush();
        return reread(viewer, c);
    }

    /** The owner (or staff, or the adviser) marks a next step as done at the follow-up. */
    @Transactional
    public ChallengeView markNextStepDone(Viewer viewer, long challengeId, boolean done) {
        Challenge c = writable(viewer, challengeId);
        c.nextStepDone(done);
        return reread(viewer, c);
    }

    /** Next steps from the last held meeting, to ask what happened. */
    public List<ChallengeView> followUp(Viewer viewer, long meetingId) {
        GroupMeeting previous = meetings.previousHeld(meetings.get(meetingId));
        if (previous == null) {
            return List.of();
        }
        return followUp(of(viewer, previous.getId()));
    }

    private static List<ChallengeView> followUp(List<ChallengeView> previous) {
        return previous.stream().filter(c -> c.confidential() || c.nextStep() != null).toList();
    }

    /**
     * Choosing the challenge in focus and writing a next step are for those who read the
     * challenges (the group's adviser): staff, who may change the meeting but never read its
     * challenges, are told so plainly rather than allowed to act blind.
     */
    private void mustRead(Viewer viewer, GroupView group, String field) {
        if (!ChallengeAccess.mayRead(viewer, currentMembers(group.id()), group.adviserId())) {
            throw new InvalidInputException(Violation.of(SessionsTexts.RULES, field, "challenge.unreadable"));
        }
    }

    private Challenge writable(Viewer viewer, long challengeId) {
        Challenge c = em.find(Challenge.class, challengeId);
        if (c == null) {
            throw new NotFoundException("Challenge", challengeId);
        }
        GroupView group = groups.view(meetings.get(c.getMeetingId()).getGroupId());
        if (!ChallengeAccess.mayWrite(viewer, c.getLeaderId(), currentMembers(group.id()), group.adviserId())) {
            throw new NotFoundException("Challenge", challengeId);
        }
        return c;
    }

    private ChallengeView reread(Viewer viewer, Challenge c) {
        GroupMeeting meeting = meetings.get(c.getMeetingId());
        GroupView group = groups.view(meeting.getGroupId());
        return view(c, names(List.of(c.getLeaderId())).get(c.getLeaderId()),
                ChallengeAccess.mayRead(viewer, currentMembers(group.id()), group.adviserId()), meeting);
    }

    private Map<Long, String> names(List<Long> ids) {
        return leaders.names(ids.stream().distinct().toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
