package nl.wsp.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.time.TimeSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The retention of the outbox: a published row is a copy of an event already on Kafka, so it goes
 * {@code wsp.privacy.bewaartermijn.outbox} (default P30D, docs/bewaartermijnen.md) after its publication by the injected
 * clock; an unpublished row never. Every service's outbox, once: the copies hold what the events hold (an adviser's
 * name, a vacancy's text), and no service needs them after the relay is done. Durable by construction (the due moment
 * is each row's own {@code published_at}); safe on several replicas (rows taken with {@code SKIP LOCKED}).
 */
@ApplicationScoped
public class OutboxOpschoning {

    public static final int BATCH = 5_000;

    private final EntityManager em;
    private final Clock clock;
    private final Period bewaartermijn;

    OutboxOpschoning(EntityManager em, Clock clock,
                     @ConfigProperty(name = "wsp.privacy.bewaartermijn.outbox", defaultValue = "P30D") Period bewaartermijn) {
        this.em = em;
        this.clock = clock;
        this.bewaartermijn = bewaartermijn;
    }

    @Scheduled(every = "${wsp.privacy.opschonen.interval:1h}", delayed = "${wsp.privacy.opschonen.vertraging:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void volgensSchema() {
        ruimOp();
    }

    /** Deletes every published row past the period, batch by batch; answers how many went. */
    public int ruimOp() {
        int totaal = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(this::ruimPartijOp);
            totaal += n;
        } while (n == BATCH);
        return totaal;
    }

    private int ruimPartijOp() {
        OffsetDateTime grens = clock.instant().atZone(TimeSource.ZONE).minus(bewaartermijn).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        return em.createNativeQuery("""
                        DELETE FROM outbox_event WHERE id IN (
                            SELECT id FROM outbox_event WHERE published_at < ?1 LIMIT ?2 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, grens).setParameter(2, BATCH).executeUpdate();
    }
}
