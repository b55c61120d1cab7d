package no.ledernett.municipalities;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * All 357 municipalities, searched in memory. They are reference data that only a migration
 * changes, so one instance holds them for its lifetime: a list page then costs no statement and no
 * entity building for them (docs/performance.md, sixth round), and they sort as Norwegians sort
 * names (Æ, Ø, Å after Z; Aa as Å), whatever the database's collation.
 */
final class MunicipalityCatalogue {

    private final List<Municipality> sorted;
    private final Map<String, String> names;
    private final List<County> counties;

    MunicipalityCatalogue(Collection<Municipality> all) {
        Collator norwegian = Collator.getInstance(Locale.forLanguageTag("nb"));
        this.sorted = all.stream()
                .sorted(Comparator.comparing(Municipality::getName, norwegian).thenComparing(Municipality::getNumber))
                .toList();
        this.names = all.stream().collect(Collectors.toUnmodifiableMap(Municipality::getNumber, Municipality::getName));
        Map<String, String> byNumber = new TreeMap<>();
        all.forEach(m -> byNumber.putIfAbsent(m.getCountyNumber(), m.getCountyName()));
        this.counties = byNumber.entrySet().stream().map(e -> new County(e.getKey(), e.getValue())).toList();
    }

    /**
     * The municipalities that match, in name order: the text is part of the name, a Sami or Kven
     * name or the number (any case); the county is its two-digit number.
     *
     * @param clients the current clients' numbers, or null when the search does not ask for clients only
     */
    List<Municipality> matching(MunicipalitySearch search, Set<String> clients) {
        String text = search.text() == null ? "" : search.text().trim().toLowerCase(Locale.ROOT);
        String county = search.county() == null || search.county().isBlank() ? null : search.county().trim();
        return sorted.stream()
                .filter(m -> text.isEmpty() || contains(m.getName(), text) || contains(m.getOtherNames(), text) || m.getNumber().contains(text))
                .filter(m -> county == null || county.equals(m.getCountyNumber()))
                .filter(m -> clients == null || clients.contains(m.getNumber()))
                .toList();
    }

    Map<String, String> names() {
        return names;
    }

    List<County> counties() {
        return counties;
    }

    private static boolean contains(String value, String lowerCaseText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }
}
