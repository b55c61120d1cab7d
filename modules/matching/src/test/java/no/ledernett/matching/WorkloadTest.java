package no.ledernett.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static LoadEntry work(long adviser, double hours, String start, String end) {
        return new LoadEntry(adviser, "4601", "group:" + start, "x", hours, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void adds_up_each_advisers_hours_month_by_month_within_the_period_only() {
        Map<Long, Map<YearMonth, Double>> load = new Workload().perMonth(List.of(
                        work(1, 4, "2026-01-15", "2026-12-31"),   // runs past the period on both sides
                        work(1, 2.5, "2026-03-01", "2026-03-31"), // one month
                        work(2, 6, "2025-01-01", "2026-01-31"),   // ends before the period
                        work(3, 1, "2027-01-01", "2027-06-30")),  // starts after it
                YearMonth.of(2026, 2), YearMonth.of(2026, 4));
        assertEquals(Map.of(YearMonth.of(2026, 2), 4.0, YearMonth.of(2026, 3), 6.5, YearMonth.of(2026, 4), 4.0), load.get(1L));
        assertEquals(null, load.get(2L));
        assertEquals(null, load.get(3L));
    }

    private static LoadEntry work(long adviser, String municipality, String reference, double hours, String start, String end) {
        return new LoadEntry(adviser, municipality, reference, "x", hours, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void kept_work_gives_the_same_months_as_adding_up_and_leaves_out_the_work_being_ranked() {
        List<LoadEntry> entries = List.of(
                work(1, "4601", "group:1", 4, "2024-01-15", "2026-12-31"),
                work(1, "4601", "coaching:7", 2.5, "2026-03-01", "2026-03-31"),
                work(1, "3201", "group:2", 3, "2026-02-01", "2027-06-30"),
                work(2, "0301", "group:3", 6, "2025-01-01", "2026-01-31"));
        CommittedWork kept = new CommittedWork(entries);
        YearMonth from = YearMonth.of(2026, 1);
        YearMonth to = YearMonth.of(2026, 8);
        assertEquals(new Workload().perMonth(entries, from, to), kept.perMonth(from, to, Set.of()));
        assertEquals(new Workload().perMonth(entries.subList(1, 4), from, to), kept.perMonth(from, to, Set.of("group:1")));
        // A period before or after all the work.
        assertEquals(Map.of(), kept.perMonth(YearMonth.of(2020, 1), YearMonth.of(2020, 6), Set.of()));
        assertEquals(Map.of(), kept.perMonth(YearMonth.of(2030, 1), YearMonth.of(2030, 6), Set.of()));
        assertEquals(Map.of(1L, Set.of("4601", "3201"), 2L, Set.of("0301")), kept.served(Set.of()));
        assertEquals(Map.of(1L, Set.of("4601"), 2L, Set.of("0301")), kept.served(Set.of("group:2")));
        assertEquals(Map.of(1L, Set.of("4601", "3201")), kept.served(Set.of("group:3")));
    }

    /** A workload whose sources are a list the test changes, counting how often they are read. */
    private static final class CountingWorkload extends Workload {
        final List<LoadEntry> rows = new ArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        CountingWorkload(long seconds) {
            cacheSeconds = seconds;
            clock = new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("Europe/Oslo");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
        }

        @Override
        public List<LoadEntry> entries(LocalDate since) {
            reads.incrementAndGet();
            return List.copyOf(rows);
        }
    }

    @Test
    void committed_work_is_read_once_until_it_changes_the_time_is_up_or_the_day_turns() {
        CountingWorkload workload = new CountingWorkload(10);
        workload.rows.add(work(1, "4601", "group:1", 4, "2026-01-01", "2027-12-31"));
        CommittedWork first = workload.committed();
        assertSame(first, workload.committed());
        assertEquals(1, workload.reads.get());

        workload.rows.add(work(1, "4601", "group:2", 2, "2026-01-01", "2027-12-31"));
        workload.changed();
        CommittedWork second = workload.committed();
        assertNotSame(first, second);
        assertEquals(6.0, second.perMonth(YearMonth.of(2027, 1), YearMonth.of(2027, 1), Set.of()).get(1L).get(YearMonth.of(2027, 1)));
        assertEquals(2, workload.reads.get());

        workload.now = workload.now.plus(Duration.ofSeconds(9));
        assertSame(second, workload.committed());
        workload.now = workload.now.plus(Duration.ofSeconds(2));
        assertNotSame(second, workload.committed());
        assertEquals(3, workload.reads.get());

        workload.now = Instant.parse("2026-11-27T22:59:59Z");
        CommittedWork late = workload.committed();
        workload.now = Instant.parse("2026-11-27T23:00:01Z"); // midnight in Oslo
        assertNotSame(late, workload.committed());
    }

    @Test
    void with_no_time_to_keep_it_every_request_reads() {
        CountingWorkload workload = new CountingWorkload(0);
        workload.committed();
        workload.committed();
        assertEquals(2, workload.reads.get());
    }
}
