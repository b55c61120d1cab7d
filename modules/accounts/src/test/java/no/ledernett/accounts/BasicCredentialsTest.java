package no.ledernett.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private final BasicCredentials credentials = new BasicCredentials();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void parallelRequestsWithTheSameHeaderShareOneCheck() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = pool.submit(() -> credentials.checkOnce("c3RhZmY6cHc=", () -> {
            checks.incrementAndGet();
            started.countDown();
            await(release);
            return "checked";
        }));
        started.await(5, TimeUnit.SECONDS);
        List<Future<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waiting.add(pool.submit(() -> credentials.checkOnce("c3RhZmY6cHc=", () -> {
                checks.incrementAndGet();
                return "checked again";
            })));
        }
        Thread.sleep(200);
        release.countDown();
        assertEquals("checked", first.get(5, TimeUnit.SECONDS));
        for (Future<String> f : waiting) {
            assertEquals("checked", f.get(5, TimeUnit.SECONDS));
        }
        assertEquals(1, checks.get());
    }

    @Test
    void anotherHeaderIsCheckedOnItsOwnAndLaterRequestsCheckAgain() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Future<String> slow = pool.submit(() -> credentials.checkOnce("YTpi", () -> {
            checks.incrementAndGet();
            await(release);
            return "a";
        }));
        assertEquals("b", pool.submit(() -> credentials.checkOnce("Yzpk", () -> {
            checks.incrementAndGet();
            return "b";
        })).get(5, TimeUnit.SECONDS));
        release.countDown();
        assertEquals("a", slow.get(5, TimeUnit.SECONDS));
        assertEquals("a2", credentials.checkOnce("YTpi", () -> {
            checks.incrementAndGet();
            return "a2";
        }));
        assertEquals(3, checks.get());
    }

    @Test
    void aFailedCheckFailsItsWaitersAndIsNotKept() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> failing = pool.submit(() -> credentials.checkOnce("ZTpm", () -> {
            started.countDown();
            await(release);
            throw new IllegalStateException("database down");
        }));
        started.await(5, TimeUnit.SECONDS);
        Future<String> waiter = pool.submit(() -> credentials.checkOnce("ZTpm", () -> "not run"));
        Thread.sleep(200);
        release.countDown();
        Exception e = assertThrows(Exception.class, () -> waiter.get(5, TimeUnit.SECONDS));
        assertEquals(IllegalStateException.class, e.getCause().getClass());
        assertThrows(Exception.class, () -> failing.get(5, TimeUnit.SECONDS));
        assertEquals("ok", credentials.checkOnce("ZTpm", () -> "ok"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
