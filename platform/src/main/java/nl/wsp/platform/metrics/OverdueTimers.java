package nl.wsp.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import nl.wsp.platform.PlatformConfig;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The due-but-unfired timers of the service as the gauge {@code wsp.timers.overdue}, one per {@link DueTimer} (tag
 * {@code timer}), read when Prometheus scrapes. A timer counts as overdue when its due time lies more than
 * {@code wsp.platform.timers.grace} (one tick of the slowest scheduler, 1 minute by default) behind the service's clock
 * and it has not fired: a healthy scheduler keeps the gauge at 0, a stuck one makes it grow.
 */
@Startup
@ApplicationScoped
public class OverdueTimers {

    private static final Logger LOG = Logger.getLogger(OverdueTimers.class);

    OverdueTimers(@Any Instance<DueTimer> timers, Clock clock, PlatformConfig config, MeterRegistry metrics) {
        Duration grace = config.timers().grace();
        Set<String> names = new HashSet<>();
        for (DueTimer timer : timers) {
            if (!names.add(timer.name())) {
                throw new IllegalStateException("two timers are named " + timer.name() + ": one gauge per name");
            }
            Gauge.builder("wsp.timers.overdue", timer, t -> overdue(t, clock, grace))
                    .description("timers whose due time passed more than the grace ago and that have not fired")
                    .tag("timer", timer.name())
                    .strongReference(true)
                    .register(metrics);
        }
    }

    private static double overdue(DueTimer timer, Clock clock, Duration grace) {
        try {
            return timer.dueAtOrBefore(clock.instant().minus(grace));
        } catch (RuntimeException e) {
            LOG.debugf("timer %s could not be counted: %s", timer.name(), e.getMessage());
            return Double.NaN;
        }
    }
}
