package no.ledernett.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositionTest {

    static final long SKOLE = 1;
    static final long HELSE = 3;
    static final long NAV = 5;
    static final Map<Long, String> SECTORS = Map.of(SKOLE, "Skole", HELSE, "Helse og omsorg", NAV, "NAV og sosial");

    private static List<Composition.Member> rektorer(int n) {
        List<Composition.Member> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new Composition.Member(i, "Rektor " + i, SKOLE, null));
        }
        return list;
    }

    private static List<Composition.Warning.Kind> kinds(List<Composition.Warning> warnings) {
        return warnings.stream().map(Composition.Warning::kind).toList();
    }

    @Test
    void six_to_eight_members_of_the_right_sector_need_no_advice() {
        for (int n = 6; n <= 8; n++) {
            assertEquals(List.of(), Composition.advise(GroupKind.SUBJECT_SPECIFIC, SKOLE, rektorer(n), SECTORS));
        }
    }

    @Test
    void too_small_and_too_large_groups_are_flagged() {
        assertEquals(List.of(Composition.Warning.Kind.TOO_SMALL), kinds(Composition.advise(GroupKind.SUBJECT_SPECIFIC, SKOLE, rektorer(5), SECTORS)));
        assertEquals(List.of(Composition.Warning.Kind.TOO_LARGE), kinds(Composition.advise(GroupKind.SUBJECT_SPECIFIC, SKOLE, rektorer(9), SECTORS)));
        assertEquals(List.of(Composition.Warning.Kind.TOO_SMALL), kinds(Composition.advise(GroupKind.CROSS_DISCIPLINARY, null, List.of(), SECTORS)));
    }

    @Test
    void a_subject_specific_group_names_members_from_another_sector() {
        List<Composition.Member> members = rektorer(6);
        members.add(new Composition.Member(99, "Sykepleier Sara", HELSE, null));
        members.add(new Composition.Member(98, "Ukjent Ulf", null, null));
        List<Composition.Warning> warnings = Composition.advise(GroupKind.SUBJECT_SPECIFIC, SKOLE, members, SECTORS);
        assertEquals(List.of(Composition.Warning.Kind.OTHER_SECTOR), kinds(warnings));
        assertEquals("Sykepleier Sara, Ukjent Ulf", warnings.get(0).args().get(0));
    }

    @Test
    void a_cross_disciplinary_group_warns_when_one_sector_has_more_than_half() {
        List<Composition.Member> members = new ArrayList<>(rektorer(4));
        members.add(new Composition.Member(10, "A", HELSE, null));
        members.add(new Composition.Member(11, "B", NAV, null));
        members.add(new Composition.Member(12, "C", HELSE, null));
        assertEquals(List.of(Composition.Warning.Kind.DOMINANT_SECTOR), kinds(Composition.advise(GroupKind.CROSS_DISCIPLINARY, null, members, SECTORS)));
        members.add(new Composition.Member(13, "D", NAV, null));
        assertEquals(List.of(), kinds(Composition.advise(GroupKind.CROSS_DISCIPLINARY, null, members, SECTORS)), "exactly half is fine");
    }

    @Test
    void a_member_with_their_own_manager_is_flagged_by_name() {
        List<Composition.Member> members = rektorer(5);
        members.add(new Composition.Member(50, "Skolesjef Siv", SKOLE, null));
        members.set(0, new Composition.Member(1, "Rektor 1", SKOLE, 50L));
        List<Composition.Warning> warnings = Composition.advise(GroupKind.SUBJECT_SPECIFIC, SKOLE, members, SECTORS);
        assertEquals(List.of(Composition.Warning.Kind.WITH_MANAGER), kinds(warnings));
        assertEquals(List.of("Rektor 1", "Skolesjef Siv"), warnings.get(0).args());
    }

    @Test
    void a_manager_outside_the_group_is_no_concern() {
        List<Composition.Member> members = rektorer(6);
        members.set(0, new Composition.Member(1, "Rektor 1", SKOLE, 777L));
        assertTrue(Composition.advise(GroupKind.SUBJECT_SPECIFIC, SKOLE, members, SECTORS).isEmpty());
    }
}
