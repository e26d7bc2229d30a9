package nl.wsp.testsupport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The one test clock of every service: it replaces the frame's clock ({@code nl.wsp.platform.time.TimeSource}) in
 * each {@code @QuarkusTest}. It runs with real time until a test puts it somewhere ({@link #zetOp}); from then on it
 * stands still and moves only when a test moves it ({@link #verzet}), until {@link #loopWeer}.
 * <p>
 * A service whose tests expect one fixed moment from the start sets {@code wsp.test.klok.start} (an ISO instant)
 * in its {@code %test} configuration.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestKlok extends Clock {

    private volatile Instant vast;

    @PostConstruct
    void start() {
        Optional<Instant> start = ConfigProvider.getConfig().getOptionalValue("wsp.test.klok.start", String.class).map(Instant::parse);
        vast = start.orElse(null);
    }

    /** Stops the clock at {@code moment}. */
    public void zetOp(Instant moment) {
        vast = moment;
    }

    /** Moves the clock by {@code duur} from where it stands (or from now, when it runs), and stops it there. */
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

    /** This clock seen from another zone: it follows every later move of this one. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestKlok bron = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return bron.withZone(other);
            }

            @Override
            public Instant instant() {
                return bron.instant();
            }
        };
    }
}
