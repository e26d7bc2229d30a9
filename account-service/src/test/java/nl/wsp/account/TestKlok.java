package nl.wsp.account;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in tests: runs with real time until a test sets it, then stands still where the test puts it. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestKlok extends Clock {

    private volatile Instant vast;

    public void zetOp(Instant moment) {
        vast = moment;
    }

    public void verzet(Duration duur) {
        vast = instant().plus(duur);
    }

    /** Back to real time. */
    public void loopWeer() {
        vast = null;
    }

    @Override
    public Instant instant() {
        Instant v = vast;
        return v != null ? v : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
