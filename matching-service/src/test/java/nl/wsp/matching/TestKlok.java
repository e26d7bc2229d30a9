package nl.wsp.matching;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in tests: real time until a test sets it, then moved only by hand. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestKlok extends Clock {

    private volatile Instant vast;

    public void zet(Instant instant) {
        vast = instant;
    }

    public void verzet(Duration duur) {
        vast = instant().plus(duur);
    }

    public void loslaten() {
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
        return this;
    }
}
