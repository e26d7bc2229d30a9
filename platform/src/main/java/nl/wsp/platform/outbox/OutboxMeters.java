package nl.wsp.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox lag as gauges, read from the table when Prometheus scrapes: {@code wsp.outbox.pending} (rows not yet
 * published) and {@code wsp.outbox.oldest.pending.age} (seconds since the oldest of them occurred, 0 when none waits).
 * Registered once per service, whatever the number of beans that use the outbox. When the database cannot be reached
 * both read NaN: the scrape still answers, and the rule on the lag stays silent rather than claiming 0.
 */
@Startup
@ApplicationScoped
public class OutboxMeters {

    private final AgroalDataSource dataSource;
    private final Clock clock;

    OutboxMeters(AgroalDataSource dataSource, Clock clock, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.clock = clock;
        Gauge.builder("wsp.outbox.pending", this, OutboxMeters::pending)
                .description("outbox rows committed and not yet acknowledged by Kafka")
                .register(metrics);
        Gauge.builder("wsp.outbox.oldest.pending.age", this, OutboxMeters::oldestPendingAgeSeconds)
                .description("age of the oldest unpublished outbox row: the outbox lag")
                .baseUnit("seconds")
                .register(metrics);
    }

    double pending() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    double oldestPendingAgeSeconds() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT occurred_at FROM outbox_event WHERE published_at IS NULL ORDER BY position LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return 0;
            }
            Timestamp oldest = rs.getTimestamp(1);
            Duration age = Duration.between(oldest.toInstant(), Instant.now(clock));
            return age.isNegative() ? 0 : age.toMillis() / 1000.0;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
