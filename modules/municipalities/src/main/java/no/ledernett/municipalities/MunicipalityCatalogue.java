package no.ledernett.municipalities;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.ledernett.platform.Counties;
import no.ledernett.platform.County;

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
        Set<String> inUse = all.stream().map(Municipality::getCountyNumber).collect(Collectors.toSet());
        this.counties = Counties.all().stream().filter(c -> inUse.contains(c.number())).toList();
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

    /**
     * What a person typing into a municipality field probably means, best first: names (or Sami and
     * Kven names) that begin with the text before those that only contain it, then by name.
     */
    List<Municipality> suggestions(String text, int limit) {
        String lower = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<Municipality> found = matching(new MunicipalitySearch(lower, null, false), null);
        return found.stream()
                .sorted(Comparator.comparing((Municipality m) -> !startsWith(m, lower)))
                .limit(limit)
                .toList();
    }

    /**
     * The municipalities a typed text can stand for: a number, a chosen suggestion ("Lillestrøm
     * (3205)"), a whole name (two municipalities share some names, e.g. Herøy), or else a part of
     * one. One result means the text is understood; none or several, that it is not.
     */
    List<Municipality> resolve(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        Matcher chosen = CHOSEN.matcher(trimmed);
        String number = chosen.matches() ? chosen.group(1) : MunicipalityNumber.isWellFormed(trimmed) ? trimmed : null;
        if (number != null) {
            return sorted.stream().filter(m -> m.getNumber().equals(number)).toList();
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        List<Municipality> exact = sorted.stream().filter(m -> namesOf(m).contains(lower)).toList();
        return exact.isEmpty() ? matching(new MunicipalitySearch(lower, null, false), null) : exact;
    }

    private static final Pattern CHOSEN = Pattern.compile(".*\\((\\d{4})\\)");

    private static List<String> namesOf(Municipality m) {
        List<String> names = new ArrayList<>();
        names.add(m.getName().toLowerCase(Locale.ROOT));
        names.add(m.getDisplayName().toLowerCase(Locale.ROOT));
        if (m.getOtherNames() != null) {
            for (String other : m.getOtherNames().split("–")) {
                names.add(other.trim().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static boolean startsWith(Municipality m, String lower) {
        return namesOf(m).stream().anyMatch(n -> n.startsWith(lower)) || m.getNumber().startsWith(lower);
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
