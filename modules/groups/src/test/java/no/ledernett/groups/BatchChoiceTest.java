package no.ledernett.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import no.ledernett.groups.BatchChoice.Candidate;
import no.ledernett.matching.Proposals;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.Test;

class BatchChoiceTest {

    private static final Candidate OPEN = new Candidate(1, "Rektorer A", null, GroupStatus.PLANNED);
    private static final Candidate ACTIVE = new Candidate(2, "Rektorer B", null, GroupStatus.ACTIVE);
    private static final Candidate TAKEN = new Candidate(3, "Rektorer C", 7L, GroupStatus.ACTIVE);
    private static final Candidate DONE = new Candidate(4, "Rektorer D", null, GroupStatus.COMPLETED);
    private static final Map<Long, Candidate> FOUND = List.of(OPEN, ACTIVE, TAKEN, DONE).stream()
            .collect(Collectors.toMap(Candidate::id, Function.identity()));

    private static List<String> refusals(Viewer viewer, List<Long> chosen) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BatchChoice.check(viewer, chosen, FOUND));
        return e.violations().stream().map(v -> v.field() + ":" + v.rule() + ":" + v.message(Locale.ENGLISH)).toList();
    }

    @Test
    void the_chosen_groups_go_once_each_in_the_order_chosen() {
        assertEquals(List.of(ACTIVE, OPEN), BatchChoice.check(Viewer.staff(), List.of(2L, 1L, 2L), FOUND));
    }

    @Test
    void an_empty_choice_is_refused() {
        assertEquals(List.of("groupIds:batch.empty:Choose at least one group to propose an adviser for."), refusals(Viewer.staff(), List.of()));
        assertThrows(InvalidInputException.class, () -> BatchChoice.check(Viewer.staff(), null, FOUND));
    }

    @Test
    void every_group_that_cannot_go_is_named_and_nothing_goes() {
        assertEquals(List.of("groupIds:batch.unknown:These groups do not exist, or you have no access to them: 99, null.",
                        "groupIds:batch.hasAdviser:These groups already have an adviser: «Rektorer C».",
                        "groupIds:batch.notRunning:These groups are neither planned nor active: «Rektorer D»."),
                refusals(Viewer.staff(), Arrays.asList(1L, 99L, 3L, null, 4L)));
    }

    @Test
    void only_staff_act_on_groups_and_others_learn_nothing_about_which_exist() {
        assertEquals(List.of("groupIds:batch.unknown:These groups do not exist, or you have no access to them: 1, 99."),
                refusals(Viewer.adviser(7), List.of(1L, 99L)));
        assertEquals(1, refusals(Viewer.contact("4601"), List.of(2L)).size());
        assertEquals(1, refusals(null, List.of(2L)).size());
    }

    @Test
    void a_choice_larger_than_one_proposal_takes_is_refused_before_anything_is_read() {
        List<Long> many = new ArrayList<>(LongStream.rangeClosed(1, Proposals.MAX_NEEDS + 1).boxed().toList());
        assertEquals(List.of("groupIds:batch.tooMany"), refusals(Viewer.staff(), many).stream().map(r -> r.substring(0, r.lastIndexOf(':'))).toList());
    }
}
