package nl.wsp.reporting;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in tests: set by hand, so time-dependent rules are tested without waiting. */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerstelbareKlok extends Clock {

    private volatile Instant nu = Instant.parse("2019-07-02T10:00:00Z");

    public void zet(Instant instant) {
        nu = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(nu, zone);
    }

    @Override
    public Instant instant() {
        return nu;
    }
}
