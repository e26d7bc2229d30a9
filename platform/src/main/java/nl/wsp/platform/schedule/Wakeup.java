package nl.wsp.platform.schedule;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wakes a polling worker early: {@link #now()} after a commit that gave it work, {@link #in(Duration)} when its next piece of
 * work falls due. The work runs on one thread of its own, never on the caller's (a commit's thread returns at once);
 * requests while a run is queued merge into that run, a request while one runs queues exactly one more, and of the
 * timed requests only the earliest is kept. The worker's own poll stays as the fallback — a wake-up lost in a crash,
 * or work committed by another replica, is found by the next poll — so a wake-up is never the only way work is done,
 * and the work itself must be safe to run concurrently with the poll (every worker that uses this claims its rows with
 * {@code FOR UPDATE SKIP LOCKED} or an advisory lock). See docs/adr/0018-wake-up-instead-of-polling.md.
 */
public final class Wakeup implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Wakeup.class);

    private final String name;
    private final Runnable work;
    private final ScheduledThreadPoolExecutor thread;
    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledFuture<?> alarm;
    private long alarmAt = Long.MAX_VALUE;
    private volatile boolean closed;

    public Wakeup(String name, Runnable work) {
        this.name = name;
        this.work = work;
        this.thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        this.thread.setRemoveOnCancelPolicy(true); // a replaced alarm leaves the queue
    }

    /** Runs the work soon, once however often this is called before it starts. */
    public void now() {
        if (closed || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                queued.set(false);
                run();
            });
        } catch (RejectedExecutionException e) {
            queued.set(false); // closed meanwhile
        }
    }

    /** Runs the work after {@code delay}, unless an earlier timed run is already set (that one then stays). */
    public synchronized void in(Duration delay) {
        if (closed) {
            return;
        }
        long at = System.nanoTime() + Math.max(0, delay.toNanos());
        if (alarm != null && !alarm.isDone() && alarmAt <= at) {
            return;
        }
        if (alarm != null) {
            alarm.cancel(false);
        }
        alarmAt = at;
        try {
            alarm = thread.schedule(this::run, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            alarm = null; // closed meanwhile
        }
    }

    private void run() {
        if (closed) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            // the poll retries; a failed early run must not end this thread's later ones
            LOG.warnf("%s: an early run failed, the next poll retries: %s", name, e.getMessage());
        }
    }

    /** Runs queued or set and not yet started (for tests). */
    int waiting() {
        return thread.getQueue().size();
    }

    /** No more early runs: the poll (itself paused at shutdown) is all that is left. */
    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
    }
}
