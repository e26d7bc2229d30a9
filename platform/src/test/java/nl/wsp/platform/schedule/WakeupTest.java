package nl.wsp.platform.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wake-up never loses a request and never multiplies one: requests made while a run is under way give exactly one
 * more run after it, and the work never runs on the caller's thread.
 */
class WakeupTest {

    @Test
    void requestsWhileTheWorkRunsGiveExactlyOneMoreRunAfterIt() throws Exception {
        Semaphore doorgaan = new Semaphore(0);
        CountDownLatch eersteLoopt = new CountDownLatch(1);
        List<String> runs = new CopyOnWriteArrayList<>();
        AtomicInteger nummer = new AtomicInteger();
        Wakeup wakeup = new Wakeup("test-wakeup", () -> {
            int n = nummer.incrementAndGet();
            runs.add("run " + n);
            eersteLoopt.countDown();
            doorgaan.acquireUninterruptibly();
        });
        try {
            wakeup.now();
            assertThat(eersteLoopt.await(30, TimeUnit.SECONDS)).isTrue();
            wakeup.now();
            wakeup.now();
            wakeup.now();
            doorgaan.release(); // run 1 ends; the three requests made during it are one queued run
            waitUntil(() -> nummer.get() == 2);
            assertThat(wakeup.waiting()).as("nothing queued behind run 2").isZero();
            wakeup.now(); // a request during run 2: one more after it
            assertThat(wakeup.waiting()).isEqualTo(1);
            doorgaan.release(); // run 2 ends
            waitUntil(() -> nummer.get() == 3);
            assertThat(wakeup.waiting()).isZero();
            doorgaan.release(); // run 3 ends
        } finally {
            wakeup.close();
        }

        assertThat(runs).containsExactly("run 1", "run 2", "run 3");
    }

    @Test
    void theWorkRunsOnTheWakeupsThreadNeverTheCallers() throws Exception {
        CountDownLatch gelopen = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();
        try (Wakeup wakeup = new Wakeup("test-wakeup-thread", () -> {
            threads.add(Thread.currentThread().getName());
            gelopen.countDown();
        })) {
            wakeup.now();
            assertThat(gelopen.await(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(threads).containsExactly("test-wakeup-thread");
    }

    @Test
    void aTimedRequestKeepsTheEarlierOneAndAClosedWakeupRunsNothing() throws Exception {
        CountDownLatch gelopen = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Wakeup wakeup = new Wakeup("test-wakeup-timed", () -> {
            runs.incrementAndGet();
            gelopen.countDown();
        });
        wakeup.in(Duration.ZERO);
        wakeup.in(Duration.ofDays(1)); // later than the one set: ignored, so the first still runs
        assertThat(gelopen.await(30, TimeUnit.SECONDS)).isTrue();
        wakeup.close();
        wakeup.now();
        wakeup.in(Duration.ZERO);

        assertThat(runs.get()).isEqualTo(1);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 3_000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
