package no.ledernett.reports;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.ledernett.matching.Utilisation.AdviserLoad;

/**
 * Advisers' capacity against the hours they have committed to, month by month over the coming
 * months: per adviser, and in total. An inactive adviser still committed counts with no capacity.
 */
public record Capacity(List<YearMonth> months, List<Adviser> advisers, List<Month> byMonth) implements Serializable {

    /** One adviser: capacity a month, and committed hours in each of {@link #months()}. */
    public record Adviser(long id, String name, String homeCounty, int monthlyCapacity, List<Double> committed) implements Serializable {

        public double average() {
            return ClientHours.round(committed.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }

        public double peak() {
            return committed.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        /** Committed of capacity over all the months, in whole per cent; null without capacity. */
        public Integer percent() {
            return Capacity.percent(committed.stream().mapToDouble(Double::doubleValue).sum(), (double) monthlyCapacity * committed.size());
        }

        /** Months where more is committed than the capacity. */
        public long monthsOver() {
            return committed.stream().filter(h -> h > monthlyCapacity).count();
        }
    }

    public record Month(YearMonth month, int capacity, double committed) implements Serializable {

        public Integer percent() {
            return Capacity.percent(committed, capacity);
        }

        public double free() {
            return ClientHours.round(capacity - committed);
        }
    }

    /** The advisers of a county (their home county; null: all), or one adviser (null: all), from {@code from} on. */
    public static Capacity of(List<AdviserLoad> loads, YearMonth from, int months, String county, Long adviserId) {
        List<YearMonth> list = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            list.add(from.plusMonths(i));
        }
        List<Adviser> advisers = loads.stream()
                .filter(a -> (county == null || county.equals(a.homeCounty())) && (adviserId == null || adviserId == a.id()))
                .map(a -> new Adviser(a.id(), a.name(), a.homeCounty(), a.monthlyCapacity(), a.committed())).toList();
        List<Month> byMonth = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            int at = i;
            byMonth.add(new Month(list.get(i), advisers.stream().mapToInt(Adviser::monthlyCapacity).sum(),
                    ClientHours.round(advisers.stream().mapToDouble(a -> a.committed().get(at)).sum())));
        }
        return new Capacity(list, advisers, byMonth);
    }

    static Integer percent(double part, double whole) {
        return whole <= 0 ? null : (int) Math.round(100 * part / whole);
    }
}
