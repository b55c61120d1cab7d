package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import no.ledernett.platform.County;
import org.junit.jupiter.api.Test;

class MunicipalityCatalogueTest {

    private final MunicipalityCatalogue catalogue = new MunicipalityCatalogue(List.of(
            new Municipality("3901", "Horten", "39", "Vestfold", null),
            new Municipality("3212", "Nesodden", "32", "Akershus", null),
            new Municipality("3220", "Enebakk", "32", "Akershus", null),
            new Municipality("5021", "Ørland", "50", "Trøndelag", null),
            new Municipality("3218", "Ås", "32", "Akershus", null),
            new Municipality("5622", "Porsanger", "56", "Finnmark", "Porsáŋgu – Porsanki"),
            new Municipality("1554", "Averøy", "15", "Møre og Romsdal", null)));

    /** Some municipalities that people type the names of. */
    private final MunicipalityCatalogue typed = new MunicipalityCatalogue(List.of(
            new Municipality("1554", "Averøy", "15", "Møre og Romsdal", null),
            new Municipality("4626", "Øygarden", "46", "Vestland", null),
            new Municipality("3212", "Nesodden", "32", "Akershus", null),
            new Municipality("5622", "Porsanger", "56", "Finnmark", "Porsáŋgu – Porsanki"),
            new Municipality("3205", "Lillestrøm", "32", "Akershus", null),
            new Municipality("3405", "Lillehammer", "34", "Innlandet", null),
            new Municipality("1515", "Herøy", "15", "Møre og Romsdal", null),
            new Municipality("1818", "Herøy", "18", "Nordland", null)));

    private List<String> names(MunicipalitySearch search, Set<String> clients) {
        return catalogue.matching(search, clients).stream().map(Municipality::getName).toList();
    }

    @Test
    void sorts_as_norwegians_sort_names() {
        assertEquals(List.of("Averøy", "Enebakk", "Horten", "Nesodden", "Porsanger", "Ørland", "Ås"),
                names(MunicipalitySearch.all(), null));
    }

    @Test
    void finds_by_part_of_any_name_or_the_number_in_any_case() {
        assertEquals(List.of("Porsanger"), names(new MunicipalitySearch("  PORSÁŊ ", null, false), null));
        assertEquals(List.of("Porsanger"), names(new MunicipalitySearch("porsanki", null, false), null));
        assertEquals(List.of("Nesodden"), names(new MunicipalitySearch("3212", null, false), null));
        assertEquals(List.of("Averøy", "Ørland"), names(new MunicipalitySearch("ø", null, false), null));
        assertEquals(List.of(), names(new MunicipalitySearch("%", null, false), null));
    }

    @Test
    void filters_by_county_and_clients() {
        assertEquals(List.of("Enebakk", "Nesodden", "Ås"), names(new MunicipalitySearch(null, " 32 ", false), null));
        assertEquals(List.of("Ås"), names(new MunicipalitySearch(null, "32", true), Set.of("3218", "3901")));
        assertEquals(List.of("Horten", "Ås"), names(new MunicipalitySearch("", "", true), Set.of("3218", "3901")));
    }

    @Test
    void knows_names_and_counties_in_number_order() {
        assertEquals("Ørland", catalogue.names().get("5021"));
        assertEquals(List.of("15", "32", "39", "50", "56"), catalogue.counties().stream().map(County::number).toList());
        assertEquals("Møre og Romsdal", catalogue.counties().get(0).name());
    }

    private List<String> numbers(List<Municipality> found) {
        return found.stream().map(Municipality::getNumber).toList();
    }

    @Test
    void suggests_names_that_begin_with_the_text_before_those_that_contain_it() {
        assertEquals(List.of("3405", "3205"), numbers(typed.suggestions("Lille", 12)));
        assertEquals(List.of("4626", "1554", "1515", "1818"), numbers(typed.suggestions("øy", 12)), "Øygarden begins with it, the others only contain it");
        assertEquals(List.of("3205"), numbers(typed.suggestions("3205", 12)));
        assertEquals(List.of("3405"), numbers(typed.suggestions("lille", 1)));
    }

    @Test
    void understands_a_name_a_number_a_chosen_suggestion_or_a_unique_part_of_a_name() {
        assertEquals(List.of("3205"), numbers(typed.resolve("Lillestrøm")));
        assertEquals(List.of("3205"), numbers(typed.resolve(" lillestrøm ")));
        assertEquals(List.of("3205"), numbers(typed.resolve("3205")));
        assertEquals(List.of("3205"), numbers(typed.resolve("Lillestrøm (3205)")));
        assertEquals(List.of("5622"), numbers(typed.resolve("Porsanki")), "a Kven name");
        assertEquals(List.of("5622"), numbers(typed.resolve("Porsanger – Porsáŋgu – Porsanki (5622)")));
        assertEquals(List.of("3212"), numbers(typed.resolve("nesod")));
    }

    @Test
    void says_when_a_text_fits_no_municipality_or_several() {
        assertEquals(List.of(), numbers(typed.resolve("9999")));
        assertEquals(List.of(), numbers(typed.resolve("Atlantis")));
        assertEquals(List.of(), numbers(typed.resolve("  ")));
        assertEquals(List.of("1515", "1818"), numbers(typed.resolve("Herøy")), "two municipalities share the name");
        assertEquals(List.of("3405", "3205"), numbers(typed.resolve("Lille")));
    }
}
