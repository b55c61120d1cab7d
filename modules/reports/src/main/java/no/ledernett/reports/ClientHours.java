package no.ledernett.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hours sold, used and remaining per client (municipality) and month, from each engagement's budget
 * and the hours logged on it month by month (summed in the database; see {@link ManagementFigures}).
 *
 * <ul>
 * <li>sold in a month: the budgets of the client's engagements that run that month;</li>
 * <li>used in a month: the hours logged that month on the client's engagements;</li>
 * <li>remaining at a month's end: of the engagements that run that month, their budgets less every
 * hour logged on them up to the month's end (below zero where a budget is overrun).</li>
 * </ul>
 * Over the whole period, a client's sold hours are the budgets of its engagements that run at some
 * time in it, used the hours logged in it, and remaining what is left of those budgets at its end.
 */
public final class ClientHours {

    /** One engagement with the hours logged on it per month, up to the period's end (earlier months included). */
    public record Engagement(long id, String municipality, String municipalityName, LocalDate start, LocalDate end, int budget,
                             Map<YearMonth, Double> hours) {

        boolean runs(YearMonth month) {
            return !start.isAfter(month.atEndOfMonth()) && !end.isBefore(month.atDay(1));
        }

        double hoursUpTo(YearMonth month) {
            return hours.entrySet().stream().filter(e -> !e.getKey().isAfter(month)).mapToDouble(Map.Entry::getValue).sum();
        }
    }

    public record ClientMonth(String municipality, String name, YearMonth month, int sold, double used, double remaining) implements Serializable {
    }

    public record Client(String municipality, String name, int sold, double used, double remaining) implements Serializable {
    }

    public record MonthTotal(YearMonth month, int sold, double used, double remaining) implements Serializable {
    }

    /** The section: per client and month, per client over the period, and every month's total. */
    public record Hours(List<ClientMonth> byClientAndMonth, List<Client> byClient, List<MonthTotal> byMonth) implements Serializable {

        /** Every client's period figures added up. */
        public Client total() {
            return new Client("", "", byClient.stream().mapToInt(Client::sold).sum(), round(byClient.stream().mapToDouble(Client::used).sum()),
                    round(byClient.stream().mapToDouble(Client::remaining).sum()));
        }
    }

    private ClientHours() {
    }

    public static Hours of(List<Engagement> engagements, YearMonth from, YearMonth to) {
        Map<String, List<Engagement>> byClient = new TreeMap<>();
        engagements.stream().sorted(Comparator.comparing(Engagement::municipalityName).thenComparing(Engagement::municipality))
                .forEach(e -> byClient.computeIfAbsent(e.municipalityName() + "\u0000" + e.municipality(), k -> new ArrayList<>()).add(e));
        List<ClientMonth> rows = new ArrayList<>();
        List<Client> clients = new ArrayList<>();
        Map<YearMonth, double[]> totals = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            totals.put(m, new double[3]);
        }
        byClient.values().forEach(list -> {
            Engagement first = list.get(0);
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                YearMonth month = m;
                int sold = list.stream().filter(e -> e.runs(month)).mapToInt(Engagement::budget).sum();
                double used = list.stream().mapToDouble(e -> e.hours().getOrDefault(month, 0.0)).sum();
                double remaining = list.stream().filter(e -> e.runs(month)).mapToDouble(e -> e.budget() - e.hoursUpTo(month)).sum();
                if (sold > 0 || used > 0) {
                    rows.add(new ClientMonth(first.municipality(), first.municipalityName(), month, sold, round(used), round(remaining)));
                    double[] t = totals.get(month);
                    t[0] += sold;
                    t[1] += used;
                    t[2] += remaining;
                }
            }
            int sold = list.stream().mapToInt(Engagement::budget).sum();
            double used = list.stream().mapToDouble(e -> e.hoursUpTo(to) - e.hoursUpTo(from.minusMonths(1))).sum();
            double remaining = list.stream().mapToDouble(e -> e.budget() - e.hoursUpTo(to)).sum();
            clients.add(new Client(first.municipality(), first.municipalityName(), sold, round(used), round(remaining)));
        });
        List<MonthTotal> byMonth = new ArrayList<>();
        totals.forEach((m, t) -> byMonth.add(new MonthTotal(m, (int) t[0], round(t[1]), round(t[2]))));
        return new Hours(rows, clients, byMonth);
    }

    static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
