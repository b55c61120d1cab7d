package no.ledernett.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 15 counties of the 2024 structure and which of them border each other: reference data
 * (counties.csv beside this class) that the municipalities list and the matching of advisers both
 * name counties from, so a county is spelt one way everywhere. A kommunenummer's first two digits
 * are its county.
 */
public final class Counties {

    private static final String SOURCE = "counties.csv";

    private static final Map<String, County> BY_NUMBER;
    private static final Map<String, Set<String>> NEIGHBOURS;
    private static final List<County> ALL;

    static {
        Map<String, County> counties = new LinkedHashMap<>();
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (String[] row : rows()) {
            counties.put(row[0], new County(row[0], row[1]));
            neighbours.put(row[0], Set.copyOf(Arrays.asList(row[2].trim().split("\\s+"))));
        }
        BY_NUMBER = Map.copyOf(counties);
        NEIGHBOURS = Map.copyOf(neighbours);
        ALL = counties.values().stream().sorted(Comparator.comparing(County::number)).toList();
    }

    private Counties() {
    }

    /** Every county, in number order. */
    public static List<County> all() {
        return ALL;
    }

    public static boolean exists(String number) {
        return number != null && BY_NUMBER.containsKey(number);
    }

    /** The county's name, or the number itself when no county has it. */
    public static String name(String number) {
        County county = number == null ? null : BY_NUMBER.get(number);
        return county == null ? number : county.name();
    }

    /** Whether two counties share a border (for judging the travel of in-person work). */
    public static boolean areNeighbours(String a, String b) {
        return a != null && NEIGHBOURS.getOrDefault(a, Set.of()).contains(b);
    }

    /** The county of a four-digit municipality number. */
    public static String ofMunicipality(String municipalityNumber) {
        return municipalityNumber.substring(0, 2);
    }

    private static List<String[]> rows() {
        try (InputStream in = Counties.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing beside " + Counties.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(";", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
