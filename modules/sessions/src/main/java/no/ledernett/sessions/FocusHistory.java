package no.ledernett.sessions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledernett.groups.MemberView;

/**
 * Who has been in focus in a group, how often and how lately, and from that the suggestion for
 * this meeting's challenge in focus ({@link FocusSuggestion}).
 */
final class FocusHistory {

    private FocusHistory() {
    }

    /**
     * The focus advice from the series, the earlier focus challenges, this meeting's submitted
     * challenges (in order of submission) and the group's members.
     */
    static FocusAdvice advice(GroupMeeting meeting, List<GroupMeeting> series, List<Challenge> earlierFocus, List<Challenge> submitted,
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
}
