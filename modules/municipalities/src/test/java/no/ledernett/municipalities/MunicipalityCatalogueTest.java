package no.ledernett.municipalities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
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
}
