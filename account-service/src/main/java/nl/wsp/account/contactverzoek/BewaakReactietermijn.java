package nl.wsp.account.contactverzoek;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The 24-hour watcher. Each run flags due, unanswered requests and appends {@code termijn-verstreken} in the same
 * transaction: the flag is the proof the event exists, so it is emitted exactly once — across restarts (the deadline is
 * in the table, not in memory) and across replicas ({@code FOR UPDATE SKIP LOCKED}, {@link TeMarkerenVerzoeken}). Time
 * comes from the injected clock.
 */
@ApplicationScoped
public class BewaakReactietermijn {

    private static final Logger LOG = Logger.getLogger(BewaakReactietermijn.class);

    private final ContactverzoekRepository verzoeken;
    private final TeMarkerenVerzoeken teMarkeren;
    private final Outbox outbox;
    private final Clock clock;
    private final int batch;

    BewaakReactietermijn(ContactverzoekRepository verzoeken, TeMarkerenVerzoeken teMarkeren, Outbox outbox, Clock clock,
                         @ConfigProperty(name = "wsp.contactverzoek.bewaking-batch", defaultValue = "200") int batch) {
        this.verzoeken = verzoeken;
        this.teMarkeren = teMarkeren;
        this.outbox = outbox;
        this.clock = clock;
        this.batch = batch;
    }

    @Scheduled(every = "${wsp.contactverzoek.bewaking-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void periodiek() {
        int totaal = 0;
        int n;
        do {
            n = controleer();
            totaal += n;
        } while (n == batch);
        if (totaal > 0) {
            LOG.infof("%d contactverzoek(en) over de reactietermijn van 24 uur", totaal);
        }
    }

    /** One batch: flags what is due now and returns how many. Tests call this directly with a test clock. */
    @Transactional
    public int controleer() {
        Instant nu = clock.instant();
        int gemarkeerd = 0;
        java.util.List<UUID> ids = teMarkeren.vergrendel(nu, batch);
        if (ids.isEmpty()) {
            return 0;
        }
        for (Contactverzoek v : verzoeken.list("id in ?1", ids)) {
            ContactverzoekTermijnVerstreken event = v.markeerTermijnVerstreken(nu);
            if (event != null) {
                outbox.append(ContactverzoekTermijnVerstreken.TOPIC, ContactverzoekTermijnVerstreken.TYPE, v.id().toString(), event);
                gemarkeerd++;
            }
        }
        return gemarkeerd;
    }
}
