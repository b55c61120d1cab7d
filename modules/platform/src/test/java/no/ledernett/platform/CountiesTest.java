package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountiesTest {

    @Test
    void knows_the_fifteen_counties_of_2024_by_number() {
        assertEquals(15, Counties.all().size());
        assertEquals("Vestland", Counties.name("46"));
        assertEquals("Møre og Romsdal", Counties.name("15"));
        assertEquals("Østfold", Counties.name("31"));
        assertEquals(new County("03", "Oslo"), Counties.all().get(0));
        assertEquals(Counties.all().stream().map(County::number).sorted().toList(), Counties.all().stream().map(County::number).toList(),
                "in number order");
    }

    @Test
    void a_number_no_county_has_is_no_county_and_names_itself() {
        assertFalse(Counties.exists("99"));
        assertFalse(Counties.exists("12"), "Hordaland is no county since 2020");
        assertFalse(Counties.exists(null));
        assertTrue(Counties.exists("03"));
        assertEquals("99", Counties.name("99"));
    }

    @Test
    void neighbours_border_each_other_both_ways_and_only_real_counties() {
        assertTrue(Counties.areNeighbours("46", "11"));
        assertTrue(Counties.areNeighbours("32", "03"));
        assertFalse(Counties.areNeighbours("03", "46"));
        assertFalse(Counties.areNeighbours("46", "46"), "a county is not its own neighbour");
        assertFalse(Counties.areNeighbours("99", "46"));
        for (County a : Counties.all()) {
            for (County b : Counties.all()) {
                assertEquals(Counties.areNeighbours(a.number(), b.number()), Counties.areNeighbours(b.number(), a.number()),
                        a.name() + " and " + b.name());
            }
        }
        List<String> lonely = Counties.all().stream()
                .filter(a -> Counties.all().stream().noneMatch(b -> Counties.areNeighbours(a.number(), b.number())))
                .map(County::name).toList();
        assertEquals(List.of(), lonely, "every county borders another (and a typo in counties.csv would leave one alone)");
    }

    @Test
    void a_municipality_number_begins_with_its_county() {
        assertEquals("46", Counties.ofMunicipality("4601"));
        assertEquals("03", Counties.ofMunicipality("0301"));
    }
}
