package no.ledernett.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds up every module's report of committed hours, counting each piece of work once. */
@ApplicationScoped
public class Workload {

    /** How far back work with a municipality still counts as continuity. */
    static final int CONTINUITY_YEARS = 3;

    @Inject
    @Any
    Instance<CommittedLoad> sources;

    public List<LoadEntry> entries(LocalDate since) {
        Map<String, LoadEntry> byReference = new LinkedHashMap<>();
        for (CommittedLoad source : sources) {
            for (LoadEntry entry : source.since(since)) {
                // A module that owns the work reports it after matching published it; the later report wins.
                byReference.put(entry.adviserId() + "|" + entry.reference(), entry);
            }
        }
        return new ArrayList<>(byReference.values());
    }

    /** Committed hours per adviser and month, from a month on. */
    public Map<Long, Map<YearMonth, Double>> perMonth(List<LoadEntry> entries, YearMonth from, YearMonth to) {
        // Every ranking adds up all committed work month by month: sum into an array per adviser, and
        // build each adviser's map once (a map update per entry and month was the ranking's hot spot).
        int months = (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        Map<Long, double[]> sums = new HashMap<>();
        for (LoadEntry e : entries) {
            YearMonth first = YearMonth.from(e.start()).isBefore(from) ? from : YearMonth.from(e.start());
            YearMonth last = YearMonth.from(e.end()).isAfter(to) ? to : YearMonth.from(e.end());
            if (months <= 0 || first.isAfter(last)) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(e.adviserId(), k -> new double[months]);
            int end = (int) from.until(last, java.time.temporal.ChronoUnit.MONTHS);
            for (int i = (int) from.until(first, java.time.temporal.ChronoUnit.MONTHS); i <= end; i++) {
                sum[i] += e.hoursPerMonth();
            }
        }
        Map<Long, Map<YearMonth, Double>> load = new HashMap<>();
        sums.forEach((adviser, sum) -> {
            Map<YearMonth, Double> byMonth = new HashMap<>();
            for (int i = 0; i < sum.length; i++) {
                if (sum[i] != 0) {
                    byMonth.put(from.plusMonths(i), sum[i]);
                }
            }
            load.put(adviser, byMonth);
        });
        return load;
    }

    public Map<Long, Set<String>> municipalitiesServed(List<LoadEntry> entries) {
        Map<Long, Set<String>> served = new HashMap<>();
        for (LoadEntry e : entries) {
            served.computeIfAbsent(e.adviserId(), k -> new HashSet<>()).add(e.municipalityNumber());
        }
        return served;
    }

    public static LocalDate continuitySince(LocalDate today) {
        return today.minusYears(CONTINUITY_YEARS);
    }
}
