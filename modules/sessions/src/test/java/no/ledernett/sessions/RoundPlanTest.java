package no.ledernett.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundPlanTest {

    @Test
    void equal_slots_from_the_meeting_length_and_the_number_present() {
        assertEquals(18, RoundPlan.slotMinutes(150, 7));
        assertEquals(32, RoundPlan.slotMinutes(150, 4));
        assertEquals(0, RoundPlan.slotMinutes(150, 0));
        assertEquals(0, RoundPlan.slotMinutes(15, 3));
    }

    @Test
    void the_order_rotates_from_meeting_to_meeting() {
        List<String> members = List.of("Anne", "Bjørn", "Cecilie", "Dag");
        assertEquals(members, RoundPlan.order(members, 0));
        assertEquals(List.of("Bjørn", "Cecilie", "Dag", "Anne"), RoundPlan.order(members, 1));
        assertEquals(List.of("Anne", "Bjørn", "Cecilie", "Dag"), RoundPlan.order(members, 4));
        assertEquals(List.of(), RoundPlan.order(List.of(), 3));
    }

    @Test
    void everyone_goes_first_once_in_as_many_meetings_as_there_are_members() {
        List<Integer> members = List.of(1, 2, 3, 4, 5, 6, 7);
        assertEquals(7, java.util.stream.IntStream.range(0, 7).mapToObj(i -> RoundPlan.order(members, i).get(0)).distinct().count());
    }

    @Test
    void peer_coaching_phases_fill_the_meeting() {
        List<PeerCoachingPhases.Phase> phases = PeerCoachingPhases.plan(150);
        assertEquals(130, phases.stream().mapToInt(PeerCoachingPhases.Phase::minutes).sum());
        assertEquals(List.of("presents", "questions", "reflections", "nextStep", "takeHome"), phases.stream().map(PeerCoachingPhases.Phase::key).toList());
    }
}
