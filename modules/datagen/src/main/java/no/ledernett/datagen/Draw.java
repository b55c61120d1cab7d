package no.ledernett.datagen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Everything the seed decides, from one {@link Random} shared by every part of the data set, so
 * the same seed gives the same rows only while the parts draw in the same order: numbers, names,
 * e-mail addresses (unique across the whole set) and phone numbers.
 */
final class Draw {

    private static final String[] FIRST = {
        "Anne", "Kari", "Ingrid", "Marit", "Liv", "Hilde", "Silje", "Ida", "Nora", "Ragnhild", "Tone", "Randi", "Marianne", "Camilla",
        "Hanne", "Kristin", "Eli", "Sigrid", "Astrid", "Line", "Guro", "Maja", "Solveig", "Turid", "Berit", "Heidi", "Elisabeth", "Mona",
        "Ole", "Lars", "Per", "Jon", "Knut", "Arne", "Bjørn", "Geir", "Morten", "Trond", "Terje", "Rune", "Espen", "Øyvind", "Håkon",
        "Eirik", "Sindre", "Magnus", "Henrik", "Jørgen", "Kjetil", "Stian", "Tor Arne", "Gunnar", "Svein", "Odd", "Nils", "Harald",
        "Aslak", "Ánde", "Ellen", "Inga"};
    private static final String[] LAST = {
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen",
        "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen",
        "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide",
        "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen",
        "Solheim", "Vik", "Haugland", "Lunde", "Rød", "Eira", "Sara", "Bakke", "Myklebust", "Aasen", "Tveit", "Fjeld", "Nygård",
        "Brekke", "Sæther", "Ødegård", "Holm"};

    final Random random;
    private final double scale;
    private final Set<String> emails = new HashSet<>();

    Draw(long seed, double scale) {
        this.random = new Random(seed);
        this.scale = scale;
    }

    int n(int full, int min) {
        return Math.max(min, (int) Math.round(full * scale));
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    static String slug(String s) {
        String t = s.toLowerCase().replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("á", "a").replace("č", "c")
                .replace("š", "s").replace("ŋ", "n").replace("đ", "d").replace("ŧ", "t").replace("ž", "z");
        t = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).replaceAll("[^a-z0-9]+", "-");
        return t.replaceAll("^-+|-+$", "");
    }

    String email(String name, String domain) {
        String base = slug(name).replace('-', '.');
        String e = base + "@" + domain;
        for (int i = 2; !emails.add(e); i++) {
            e = base + i + "@" + domain;
        }
        return e;
    }

    String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    String phone() {
        return String.format("+47 %02d %02d %02d %02d", between(20, 99), between(0, 99), between(0, 99), between(0, 99));
    }

    static LocalDate weekday(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return d.plusDays(2);
        }
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return d.plusDays(1);
        }
        return d;
    }
}
