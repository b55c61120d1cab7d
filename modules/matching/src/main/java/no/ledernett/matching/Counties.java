package no.ledernett.matching;

import java.util.Map;
import java.util.Set;

/**
 * The 15 counties of 2024 and which border each other (facts), for judging travel distance of
 * in-person work. A kommunenummer's first two digits are its county.
 */
public final class Counties {

    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("03", "Oslo"), Map.entry("11", "Rogaland"), Map.entry("15", "Møre og Romsdal"),
            Map.entry("18", "Nordland"), Map.entry("31", "Østfold"), Map.entry("32", "Akershus"),
            Map.entry("33", "Buskerud"), Map.entry("34", "Innlandet"), Map.entry("39", "Vestfold"),
            Map.entry("40", "Telemark"), Map.entry("42", "Agder"), Map.entry("46", "Vestland"),
            Map.entry("50", "Trøndelag"), Map.entry("55", "Troms"), Map.entry("56", "Finnmark"));

    private static final Map<String, Set<String>> NEIGHBOURS = Map.ofEntries(
            Map.entry("03", Set.of("32")),
            Map.entry("31", Set.of("32")),
            Map.entry("32", Set.of("03", "31", "33", "34")),
            Map.entry("33", Set.of("32", "34", "39", "40", "46")),
            Map.entry("34", Set.of("32", "33", "46", "15", "50")),
            Map.entry("39", Set.of("33", "40")),
            Map.entry("40", Set.of("33", "39", "42", "46", "11")),
            Map.entry("42", Set.of("40", "11")),
            Map.entry("11", Set.of("42", "40", "46")),
            Map.entry("46", Set.of("11", "40", "33", "34", "15")),
            Map.entry("15", Set.of("46", "34", "50")),
            Map.entry("50", Set.of("15", "34", "18")),
            Map.entry("18", Set.of("50", "55")),
            Map.entry("55", Set.of("18", "56")),
            Map.entry("56", Set.of("55")));

    private Counties() {
    }

    public static boolean exists(String county) {
        return NAMES.containsKey(county);
    }

    public static String name(String county) {
        return NAMES.getOrDefault(county, county);
    }

    public static Map<String, String> all() {
        return NAMES;
    }

    public static boolean areNeighbours(String a, String b) {
        return NEIGHBOURS.getOrDefault(a, Set.of()).contains(b);
    }

    public static String ofMunicipality(String municipalityNumber) {
        return municipalityNumber.substring(0, 2);
    }
}
