package nl.wsp.vacancy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The service's clock in tests: the real time until a test sets it, then only moved by hand. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private final AtomicReference<Instant> nu = new AtomicReference<>();

    public void zetOp(Instant instant) {
        nu.set(instant);
    }

    public void verzet(Duration duur) {
        nu.updateAndGet(i -> (i == null ? Instant.now() : i).plus(duur));
    }

    public void loopMee() {
        nu.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant vast = nu.get();
        return vast != null ? vast : Instant.now();
    }
}
