package no.ledernett.sessions;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ledernett.groups.Groups;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.groups.GroupView;
import no.ledernett.platform.Audited;
import no.ledernett.platform.Viewer;

/**
 * Challenges as each viewer may read them: a meeting's, the meeting room's, a leader's own, and
 * the focus advice. Every read goes through {@link ChallengeAccess}: the text is shown only to the
 * group's members and adviser. Writing them is {@link ChallengeIntake} (before a meeting) and
 * {@link FocusAndNextSteps} (in it and after).
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

    private Set<Long> currentMembers(long groupId) {
        return members.currentIds(groupId);
    }

    /** Challenges of these meetings and these challenges by id, each with its owner's name, in one statement. */
    private List<Named> read(Collection<Long> meetingIds, Collection<Long> challengeIds) {
        return em.createQuery("SELECT c, l.name FROM Challenge c JOIN SessionLeader l ON l.id = c.leaderId WHERE c.meetingId IN :m OR c.id IN :c "
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
        return new Room(list, followUp, FocusHistory.advice(meeting, series,
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
        return em.createQuery("SELECT c, l.name FROM Challenge c JOIN SessionLeader l ON l.id = c.leaderId WHERE c.leaderId = :l AND c.meetingId IN :m",
                        Object[].class).setParameter("l", leaderId).setParameter("m", byMeeting.keySet()).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Challenge) r[0]).getMeetingId(),
                        r -> view((Challenge) r[0], (String) r[1], true, byMeeting.get(((Challenge) r[0]).getMeetingId()))));
    }

    static ChallengeView view(Challenge c, String name, boolean mayRead, GroupMeeting meeting) {
        return new ChallengeView(c.getId(), c.getMeetingId(), c.getLeaderId(), name, !mayRead,
                mayRead ? c.title() : null, mayRead ? c.description() : null, mayRead ? c.helpWanted() : null,
                mayRead ? c.nextStep() : null, c.isNextStepDone(), c.getEnteredBy().name(), c.getSubmittedAt(),
                c.getId().equals(meeting.getFocusChallengeId()), c.getVersion());
    }

    /** The suggestion for the challenge in focus, with every member's focus history in the group. */
    public FocusAdvice focusAdvice(long meetingId) {
        List<GroupMeeting> series = meetings.seriesOf(meetingId);
        GroupMeeting meeting = series.stream().filter(m -> m.getId() == meetingId).findFirst().orElseGet(() -> meetings.get(meetingId));
        List<Challenge> rows = read(List.of(meetingId), focusIds(meeting, series)).stream().map(Named::challenge).toList();
        return FocusHistory.advice(meeting, series, rows.stream().filter(c -> c.getMeetingId() != meetingId).toList(),
                rows.stream().filter(c -> c.getMeetingId() == meetingId).toList(), members.of(meeting.getGroupId()));
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

    static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
