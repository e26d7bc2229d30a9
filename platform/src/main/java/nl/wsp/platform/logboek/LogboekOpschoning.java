package nl.wsp.platform.logboek;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The retention of the processing log: rows whose action ended more than {@code wsp.privacy.bewaartermijn.logboek}
 * ago by the injected clock go. Durable by construction: the due moment is each row's own {@code eindtijd}, so a
 * restart or a missed run loses nothing; replica-safe, since each run takes its rows with {@code SKIP LOCKED}. Runs
 * only in a service whose database has the table (it lists {@code db/platform/logboek} in its Flyway locations).
 */
@ApplicationScoped
public class LogboekOpschoning {

    static final int BATCH = 5_000;

    private final Verwerkingslogboek logboek;
    private final EntityManager em;
    private volatile Boolean heeftTabel;

    LogboekOpschoning(Verwerkingslogboek logboek, EntityManager em) {
        this.logboek = logboek;
        this.em = em;
    }

    @Scheduled(every = "${wsp.privacy.opschonen.interval:1h}", delayed = "${wsp.privacy.opschonen.vertraging:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void schoonOp() {
        if (heeftTabel()) {
            while (logboek.ruimOp(BATCH) == BATCH) {
                // more than a batch past its period
            }
        }
    }

    @Transactional
    boolean heeftTabel() {
        if (heeftTabel == null) {
            heeftTabel = em.createNativeQuery("SELECT to_regclass('verwerkingslogboek') IS NOT NULL").getSingleResult()
                    .equals(Boolean.TRUE);
        }
        return heeftTabel;
    }
}
