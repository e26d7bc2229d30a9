package nl.wsp.vacancy.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Delivers broadcasts to the partners' webhooks: a CloudEvent in structured JSON mode, signed (see {@link Handtekening}),
 * retried with exponential backoff until the endpoint answers 2xx; every attempt goes into the delivery log.
 * A worker claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and pushes their next attempt past a lease, then
 * sends outside any transaction: replicas never send the same attempt twice, and a worker that dies mid-send leaves
 * the delivery to be retried when the lease runs out. Delivery is at least once: receivers deduplicate on the event id.
 */
@ApplicationScoped
public class WebhookBezorger {

    private static final Logger LOG = Logger.getLogger(WebhookBezorger.class);

    private final EntityManager em;
    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient http;

    WebhookBezorger(EntityManager em, WebhookConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    record Klus(UUID afleveringId, String url, String geheim, String payload, int pogingen, UUID eventId, String eventType) {
    }

    record Uitkomst(Klus klus, Instant op, Integer httpStatus, String fout, int duurMs) {
        boolean gelukt() {
            return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
        }
    }

    @Scheduled(every = "${wsp.webhooks.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tik() {
        while (bezorg() == config.batchGrootte()) {
            // more may be due
        }
    }

    /** Makes one attempt for each due delivery (up to a batch); returns how many it attempted. */
    public int bezorg() {
        List<Klus> klussen = QuarkusTransaction.requiringNew().call(this::claim);
        for (Klus klus : klussen) {
            Uitkomst uitkomst = verstuur(klus);
            QuarkusTransaction.requiringNew().run(() -> registreer(uitkomst));
        }
        return klussen.size();
    }

    @SuppressWarnings("unchecked")
    List<Klus> claim() {
        Instant nu = clock.instant();
        List<Object[]> rijen = em.createNativeQuery("""
                        UPDATE webhook_aflevering f SET volgende_poging = ?2
                        FROM webhook_abonnement a
                        WHERE a.id = f.abonnement_id AND f.id IN (
                            SELECT id FROM webhook_aflevering
                            WHERE status = 'wachtend' AND volgende_poging <= ?1
                            ORDER BY volgende_poging LIMIT ?3 FOR UPDATE SKIP LOCKED)
                        RETURNING f.id, a.url, a.geheim, f.payload, f.pogingen, f.event_id, f.event_type""")
                .setParameter(1, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(nu.plus(config.claimDuur()), ZoneOffset.UTC))
                .setParameter(3, config.batchGrootte())
                .getResultList();
        List<Klus> klussen = new ArrayList<>(rijen.size());
        for (Object[] r : rijen) {
            klussen.add(new Klus((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                    (UUID) r[5], (String) r[6]));
        }
        return klussen;
    }

    private Uitkomst verstuur(Klus klus) {
        Instant op = clock.instant();
        long start = System.nanoTime();
        byte[] body = klus.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(klus.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                    .header("User-Agent", "WSP-vacancy-service/1.0")
                    .header(Handtekening.HEADER, Handtekening.van(klus.geheim(), body))
                    .header("WSP-Delivery", klus.afleveringId().toString())
                    .header("WSP-Attempt", Integer.toString(klus.pogingen() + 1))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Uitkomst(klus, op, response.statusCode(), null, duur(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Uitkomst(klus, op, null, "onderbroken", duur(start));
        } catch (Exception e) {
            String fout = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Uitkomst(klus, op, null, fout.length() > 500 ? fout.substring(0, 500) : fout, duur(start));
        }
    }

    void registreer(Uitkomst uitkomst) {
        Klus klus = uitkomst.klus();
        WebhookAflevering aflevering = em.find(WebhookAflevering.class, klus.afleveringId());
        WebhookPoging poging = new WebhookPoging();
        poging.afleveringId = aflevering.id;
        poging.nummer = aflevering.pogingen + 1;
        poging.op = uitkomst.op();
        poging.httpStatus = uitkomst.httpStatus();
        poging.fout = uitkomst.fout();
        poging.duurMs = uitkomst.duurMs();
        em.persist(poging);
        aflevering.pogingen = poging.nummer;
        Instant nu = clock.instant();
        if (uitkomst.gelukt()) {
            aflevering.status = WebhookAflevering.AFGELEVERD;
            aflevering.afgeleverdOp = nu;
            aflevering.volgendePoging = null;
        } else if (aflevering.pogingen >= config.maximumPogingen()) {
            aflevering.status = WebhookAflevering.MISLUKT;
            aflevering.volgendePoging = null;
            LOG.warnf("webhook delivery %s gave up after %d attempts", aflevering.id, aflevering.pogingen);
        } else if (WebhookAflevering.WACHTEND.equals(aflevering.status)) {
            aflevering.volgendePoging = nu.plus(wachttijd(aflevering.pogingen));
        }
    }

    /** Exponential backoff: the first wait after attempt 1, doubling, capped. */
    Duration wachttijd(int pogingen) {
        Duration wacht = config.eersteWachttijd();
        for (int i = 1; i < pogingen && wacht.compareTo(config.maximaleWachttijd()) < 0; i++) {
            wacht = wacht.multipliedBy(2);
        }
        return wacht.compareTo(config.maximaleWachttijd()) > 0 ? config.maximaleWachttijd() : wacht;
    }

    private static int duur(long start) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
    }
}
