package no.ledernett.matching;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adds up every module's report of committed hours, counting each piece of work once.
 *
 * <p>Every ranking needs every adviser's committed hours, which means reading every running group,
 * coaching course and published commitment and adding them up month by month: most of a ranking's
 * time (docs/performance.md). The sum is kept as a {@link CommittedWork} snapshot and read again when
 * committed work changes on this instance ({@link #changed()}, called by the entities' listener at
 * the change and again after its transaction ends), when the day changes, and at the latest after
 * {@code ledernett.matching.load-cache-seconds}, which bounds how late a change made on another
 * instance of a cluster shows here.
 */
@ApplicationScoped
public class Workload {

    /** How far back work with a municipality still counts as continuity. */
    static final int CONTINUITY_YEARS = 3;

    @Inject
    @Any
    Instance<CommittedLoad> sources;

    @Inject
    @ConfigProperty(name = "ledernett.matching.load-cache-seconds", defaultValue = "10")
    long cacheSeconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemDefaultZone();

    private final AtomicLong generation = new AtomicLong();

    private volatile Kept kept;

    private record Kept(CommittedWork work, long generation, LocalDate day, long until) {
    }

    /** All committed work that still counts today (for continuity: the last {@value #CONTINUITY_YEARS} years). */
    public CommittedWork committed() {
        LocalDate today = LocalDate.now(clock);
        long now = clock.millis();
        Kept k = kept;
        if (k != null && k.generation() == generation.get() && k.day().equals(today) && now < k.until()) {
            return k.work();
        }
        long before = generation.get();
        CommittedWork work = new CommittedWork(entries(continuitySince(today)));
        // A change that happened while reading may be missing from what was read: use it, do not keep it.
        if (cacheSeconds > 0 && generation.get() == before) {
            kept = new Kept(work, before, today, now + cacheSeconds * 1000);
        }
        return work;
    }

    /**
     * Committed work changed on this instance: read it again from now, and again once the change's
     * transaction has ended, so that a ranking read between the change and its commit is not kept.
     */
    public void changed() {
        generation.incrementAndGet();
        try {
            // Once per transaction, however many groups or courses it changes (publishing a proposal changes hundreds).
            if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                    && transactions.getResource(Workload.class) == null) {
                transactions.putResource(Workload.class, Boolean.TRUE);
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        generation.incrementAndGet();
                    }
                });
            }
        } catch (IllegalStateException e) {
            // The transaction is ending already; the increment above is enough.
        }
    }

    List<LoadEntry> entries(LocalDate since) {
        return entries(since, null);
    }

    /**
     * The same, with matching's own published commitments already read by the caller (null: read them here too), so
     * a caller that reads them together with something else saves their statement.
     */
    List<LoadEntry> entries(LocalDate since, List<LoadEntry> published) {
        Map<String, LoadEntry> byReference = new LinkedHashMap<>();
        for (CommittedLoad source : sources) {
            List<LoadEntry> reported = published != null && source instanceof PublishedCommitments ? published : source.since(since);
            for (LoadEntry entry : reported) {
                // A module that owns the work reports it after matching published it; the later report wins.
                byReference.put(entry.adviserId() + "|" + entry.reference(), entry);
            }
        }
        return new ArrayList<>(byReference.values());
    }

    /** Committed hours per adviser and month, from a month on, added up afresh (what {@link CommittedWork} keeps must equal it). */
    Map<Long, Map<YearMonth, Double>> perMonth(List<LoadEntry> entries, YearMonth from, YearMonth to) {
        Map<Long, double[]> sums = sums(entries, from, to);
        Map<Long, Map<YearMonth, Double>> load = new HashMap<>();
        sums.forEach((adviser, sum) -> load.put(adviser, months(from, sum)));
        return load;
    }

    /** Sums into an array per adviser, one slot per month from {@code from} to {@code to}. */
    static Map<Long, double[]> sums(List<LoadEntry> entries, YearMonth from, YearMonth to) {
        int months = (int) from.until(to, ChronoUnit.MONTHS) + 1;
        Map<Long, double[]> sums = new HashMap<>();
        for (LoadEntry e : entries) {
            YearMonth first = YearMonth.from(e.start()).isBefore(from) ? from : YearMonth.from(e.start());
            YearMonth last = YearMonth.from(e.end()).isAfter(to) ? to : YearMonth.from(e.end());
            if (months <= 0 || first.isAfter(last)) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(e.adviserId(), k -> new double[months]);
            int end = (int) from.until(last, ChronoUnit.MONTHS);
            for (int i = (int) from.until(first, ChronoUnit.MONTHS); i <= end; i++) {
                sum[i] += e.hoursPerMonth();
            }
        }
        return sums;
    }

    static Map<YearMonth, Double> months(YearMonth from, double[] sum) {
        Map<YearMonth, Double> byMonth = new HashMap<>();
        for (int i = 0; i < sum.length; i++) {
            // Sums that were taken apart again leave rounding dust, not hours.
            if (Math.abs(sum[i]) > 1e-9) {
                byMonth.put(from.plusMonths(i), sum[i]);
            }
        }
        return byMonth;
    }

    public static LocalDate continuitySince(LocalDate today) {
        return today.minusYears(CONTINUITY_YEARS);
    }
}
