package no.ledernett.matching;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every adviser's committed work at one moment, summed month by month once and then read by many
 * rankings ({@link Workload#committed()} keeps it). Immutable, so requests share it.
 */
public final class CommittedWork {

    private final List<LoadEntry> entries;
    private final YearMonth first;
    private final Map<Long, double[]> monthly;
    private final Map<Long, Set<String>> served;
    private final Map<String, List<LoadEntry>> byReference;

    CommittedWork(List<LoadEntry> entries) {
        this.entries = List.copyOf(entries);
        YearMonth start = null;
        YearMonth end = null;
        for (LoadEntry e : entries) {
            YearMonth s = YearMonth.from(e.start());
            YearMonth t = YearMonth.from(e.end());
            start = start == null || s.isBefore(start) ? s : start;
            end = end == null || t.isAfter(end) ? t : end;
        }
        this.first = start;
        this.monthly = start == null ? Map.of() : Workload.sums(entries, start, end);
        Map<Long, Set<String>> byAdviser = new HashMap<>();
        for (LoadEntry e : entries) {
            byAdviser.computeIfAbsent(e.adviserId(), k -> new HashSet<>()).add(e.municipalityNumber());
        }
        byAdviser.replaceAll((adviser, numbers) -> Collections.unmodifiableSet(numbers));
        this.served = Collections.unmodifiableMap(byAdviser);
        Map<String, List<LoadEntry>> references = new HashMap<>();
        for (LoadEntry e : entries) {
            references.computeIfAbsent(e.reference(), k -> new ArrayList<>()).add(e);
        }
        this.byReference = references;
    }

    public List<LoadEntry> entries() {
        return entries;
    }

    /** Each adviser's committed hours per month from {@code from} to {@code to}, without the work named in {@code ignored}. */
    public Map<Long, Map<YearMonth, Double>> perMonth(YearMonth from, YearMonth to, Set<String> ignored) {
        int months = (int) from.until(to, ChronoUnit.MONTHS) + 1;
        if (months <= 0 || first == null) {
            return Map.of();
        }
        Map<Long, double[]> window = new HashMap<>();
        int offset = (int) first.until(from, ChronoUnit.MONTHS);
        monthly.forEach((adviser, sum) -> {
            double[] slice = new double[months];
            boolean any = false;
            for (int i = 0; i < months; i++) {
                int at = offset + i;
                if (at >= 0 && at < sum.length) {
                    slice[i] = sum[at];
                    any |= sum[at] != 0;
                }
            }
            if (any) {
                window.put(adviser, slice);
            }
        });
        if (!ignored.isEmpty()) {
            Workload.sums(named(ignored), from, to).forEach((adviser, sum) -> {
                double[] slice = window.get(adviser);
                for (int i = 0; slice != null && i < months; i++) {
                    slice[i] -= sum[i];
                }
            });
        }
        Map<Long, Map<YearMonth, Double>> load = new HashMap<>();
        window.forEach((adviser, slice) -> {
            Map<YearMonth, Double> byMonth = Workload.months(from, slice);
            if (!byMonth.isEmpty()) {
                load.put(adviser, byMonth);
            }
        });
        return load;
    }

    private List<LoadEntry> named(Set<String> references) {
        List<LoadEntry> named = new ArrayList<>();
        for (String reference : references) {
            named.addAll(byReference.getOrDefault(reference, List.of()));
        }
        return named;
    }

    /** The municipalities each adviser has worked with in the continuity period, without the work named in {@code ignored}. */
    public Map<Long, Set<String>> served(Set<String> ignored) {
        Set<Long> touched = new HashSet<>();
        for (LoadEntry e : named(ignored)) {
            touched.add(e.adviserId());
        }
        if (touched.isEmpty()) {
            return served;
        }
        Map<Long, Set<String>> result = new HashMap<>(served);
        for (Long adviser : touched) {
            Set<String> numbers = new HashSet<>();
            for (LoadEntry e : entries) {
                if (e.adviserId() == adviser && !ignored.contains(e.reference())) {
                    numbers.add(e.municipalityNumber());
                }
            }
            if (numbers.isEmpty()) {
                result.remove(adviser);
            } else {
                result.put(adviser, numbers);
            }
        }
        return result;
    }
}
