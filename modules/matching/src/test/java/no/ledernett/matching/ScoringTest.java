package no.ledernett.matching;

import static no.ledernett.matching.Fixtures.HELSE;
import static no.ledernett.matching.Fixtures.JAN;
import static no.ledernett.matching.Fixtures.JUN;
import static no.ledernett.matching.Fixtures.SKOLE;
import static no.ledernett.matching.Fixtures.adviser;
import static no.ledernett.matching.Fixtures.crossDisciplinary;
import static no.ledernett.matching.Fixtures.schoolLeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ledernett.platform.Language;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private final Scoring scoring = new Scoring(MatchingSettings.DEFAULTS);

    private static List<Exclusion.Reason> reasons(Evaluation e) {
        return e.exclusions().stream().map(Exclusion::reason).toList();
    }

    @Test
    void a_required_subject_competence_excludes_advisers_below_solid_level() {
        Need need = schoolLeaders("4601", true, 4);
        assertEquals(List.of(Exclusion.Reason.LACKS_COMPETENCE), reasons(scoring.evaluate(need, adviser(1, "46", 40, Map.of(SKOLE, 1)))));
        assertEquals(List.of(Exclusion.Reason.LACKS_COMPETENCE), reasons(scoring.evaluate(need, adviser(2, "46", 40, Map.of(HELSE, 3)))));
        assertTrue(scoring.evaluate(need, adviser(3, "46", 40, Map.of(SKOLE, 2))).eligible());
    }

    @Test
    void without_the_requirement_competence_only_scores() {
        Need need = schoolLeaders("4601", false, 4);
        Evaluation none = scoring.evaluate(need, adviser(1, "46", 40, Map.of()));
        Evaluation expert = scoring.evaluate(need, adviser(2, "46", 40, Map.of(SKOLE, 3)));
        assertTrue(none.eligible());
        assertEquals(0, part(none, Criterion.COMPETENCE).points());
        assertEquals(40, part(expert, Criterion.COMPETENCE).points());
        assertTrue(expert.score() > none.score());
    }

    @Test
    void cross_disciplinary_work_values_breadth() {
        Need need = crossDisciplinary("4601", 4);
        Evaluation narrow = scoring.evaluate(need, adviser(1, "46", 40, Map.of(SKOLE, 3)));
        Evaluation broad = scoring.evaluate(need, adviser(2, "46", 40, Map.of(SKOLE, 2, HELSE, 2, 4L, 2, 5L, 3)));
        assertEquals(10, part(narrow, Criterion.COMPETENCE).points());
        assertEquals(40, part(broad, Criterion.COMPETENCE).points());
    }

    @Test
    void no_capacity_in_any_month_of_the_period_excludes() {
        AdviserProfile busyInMarch = Fixtures.with(adviser(1, "46", 20, Map.of(SKOLE, 3)), Map.of(YearMonth.of(2027, 3), 18.0));
        Evaluation e = scoring.evaluate(schoolLeaders("4601", false, 4), busyInMarch);
        assertEquals(List.of(Exclusion.Reason.NO_CAPACITY), reasons(e));
        assertEquals("2027-03", e.exclusions().get(0).args().get(2));
        assertTrue(scoring.evaluate(schoolLeaders("4601", false, 2), busyInMarch).eligible(), "exactly full is allowed");
    }

    @Test
    void capacity_left_after_taking_the_need_scores() {
        Evaluation e = scoring.evaluate(schoolLeaders("4601", false, 10), adviser(1, "46", 40, Map.of()));
        assertEquals(0.75, part(e, Criterion.CAPACITY).fit(), 1e-9);
        assertEquals(15, part(e, Criterion.CAPACITY).points(), 1e-9);
    }

    @Test
    void inactive_and_away_advisers_are_excluded_with_every_reason_given() {
        AdviserProfile a = adviser(1, "46", 0, Map.of());
        AdviserProfile inactiveAway = new AdviserProfile(1, "Per", "rådgiver", false, "46", EnumSet.of(Language.BOKMAL), Map.of(),
                List.of(new Absence(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30), "permisjon")), 0, Map.of(), Set.of());
        assertEquals(List.of(Exclusion.Reason.INACTIVE, Exclusion.Reason.LACKS_COMPETENCE, Exclusion.Reason.NO_CAPACITY, Exclusion.Reason.AWAY),
                reasons(scoring.evaluate(schoolLeaders("4601", true, 4), inactiveAway)));
        assertFalse(scoring.evaluate(schoolLeaders("4601", false, 4), a).eligible());
    }

    @Test
    void a_short_absence_does_not_exclude() {
        AdviserProfile holiday = new AdviserProfile(1, "Kari", "rådgiver", true, "46", EnumSet.of(Language.BOKMAL), Map.of(),
                List.of(new Absence(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 28), "ferie")), 40, Map.of(), Set.of());
        assertTrue(scoring.evaluate(schoolLeaders("4601", false, 4), holiday).eligible());
        assertEquals(181, schoolLeaders("4601", false, 4).days());
        assertEquals(14, holiday.absences().get(0).daysWithin(JAN, JUN));
    }

    @Test
    void distance_counts_for_in_person_work_only() {
        Need inPerson = schoolLeaders("4601", false, 4);
        assertEquals(15, part(scoring.evaluate(inPerson, adviser(1, "46", 40, Map.of())), Criterion.DISTANCE).points());
        assertEquals(7.5, part(scoring.evaluate(inPerson, adviser(1, "11", 40, Map.of())), Criterion.DISTANCE).points());
        assertEquals(0, part(scoring.evaluate(inPerson, adviser(1, "56", 40, Map.of())), Criterion.DISTANCE).points());
        assertEquals(15, part(scoring.evaluate(crossDisciplinary("4601", 4), adviser(1, "56", 40, Map.of())), Criterion.DISTANCE).points());
    }

    @Test
    void continuity_and_written_form_score() {
        Need nynorsk = new Need("group:1", "Vestland", null, false, "4621", MeetingMode.VIDEO, Language.NYNORSK, JAN, JUN, 4);
        AdviserProfile known = new AdviserProfile(1, "Kari", "rådgiver", true, "46", EnumSet.of(Language.NYNORSK), Map.of(), List.of(), 40,
                Map.of(), Set.of("4621"));
        AdviserProfile stranger = adviser(2, "46", 40, Map.of());
        assertEquals(15, part(scoring.evaluate(nynorsk, known), Criterion.CONTINUITY).points());
        assertEquals(10, part(scoring.evaluate(nynorsk, known), Criterion.LANGUAGE).points());
        assertEquals(0, part(scoring.evaluate(nynorsk, stranger), Criterion.CONTINUITY).points());
        assertEquals(0, part(scoring.evaluate(nynorsk, stranger), Criterion.LANGUAGE).points());
    }

    @Test
    void the_score_is_the_sum_of_its_parts() {
        Evaluation e = scoring.evaluate(schoolLeaders("4601", true, 8), adviser(1, "46", 40, Map.of(SKOLE, 2)));
        assertEquals(e.parts().stream().mapToDouble(ScorePart::points).sum(), e.score(), 0.01);
        assertEquals(5, e.parts().size());
    }

    private static ScorePart part(Evaluation e, Criterion c) {
        return e.parts().stream().filter(p -> p.criterion() == c).findFirst().orElseThrow();
    }
}
