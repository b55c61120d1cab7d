package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FocusSuggestionTest {

    private static FocusSuggestion.Candidate c(long leader, int times, int since, int order) {
        return new FocusSuggestion.Candidate(leader * 10, leader, times, since, order);
    }

    @Test
    void the_member_in_focus_least_often_is_suggested() {
        assertEquals(2, FocusSuggestion.suggest(List.of(c(1, 2, 1, 0), c(2, 0, 99, 1), c(3, 1, 3, 2))).orElseThrow().leaderId());
    }

    @Test
    void among_equals_the_one_who_waited_longest_then_who_submitted_first() {
        assertEquals(3, FocusSuggestion.suggest(List.of(c(1, 1, 2, 0), c(3, 1, 5, 1))).orElseThrow().leaderId());
        assertEquals(4, FocusSuggestion.suggest(List.of(c(5, 1, 5, 1), c(4, 1, 5, 0))).orElseThrow().leaderId());
    }

    @Test
    void nobody_submitted_means_no_suggestion() {
        assertTrue(FocusSuggestion.suggest(List.of()).isEmpty());
    }

    /**
     * Over a long series of meetings where a random subset submits each time, the suggestion
     * never picks someone who has been in focus more often than another member who submitted.
     */
    @Test
    void over_a_series_never_picks_someone_in_focus_more_often_than_another_submitter() {
        Random random = new Random(17);
        for (int series = 0; series < 200; series++) {
            Map<Long, Integer> times = new HashMap<>();
            Map<Long, Integer> last = new HashMap<>();
            for (int meeting = 0; meeting < 20; meeting++) {
                List<FocusSuggestion.Candidate> submitted = new ArrayList<>();
                for (long leader = 1; leader <= 7; leader++) {
                    if (random.nextDouble() < 0.7) {
                        submitted.add(c(leader, times.getOrDefault(leader, 0), meeting - last.getOrDefault(leader, -100), submitted.size()));
                    }
                }
                var chosen = FocusSuggestion.suggest(submitted);
                if (chosen.isEmpty()) {
                    continue;
                }
                for (var other : submitted) {
                    assertTrue(chosen.get().timesInFocus() <= other.timesInFocus(), "series " + series + " meeting " + meeting);
                }
                times.merge(chosen.get().leaderId(), 1, Integer::sum);
                last.put(chosen.get().leaderId(), meeting);
            }
        }
    }
}
