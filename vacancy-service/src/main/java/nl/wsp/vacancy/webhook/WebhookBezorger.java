package nl.wsp.vacancy.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import nl.wsp.platform.cloudevents.CloudEvents;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.schedule.Wakeup;
import nl.wsp.vacancy.vacature.PartnerAfleveringenVastgelegd;

import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
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
 * Delivers partner events to the partners' webhooks: a CloudEvent in structured JSON mode, signed as Standard Webhooks
 * ({@link Handtekening}), to the address {@link WebhookAdres} checked: the host is resolved and checked again for every
 * attempt and the connection goes to exactly that address (Host header and TLS SNI keep the name, the certificate is
 * verified against it); redirects are not followed. The delivery is
 * retried with exponential backoff until the endpoint answers 2xx; every attempt goes into the delivery log.
 * A worker claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and pushes their next attempt past a lease, then
 * sends outside any transaction: replicas never send the same attempt twice, and a worker that dies mid-send leaves
 * the delivery to be retried when the lease runs out. Delivery is at least once: receivers deduplicate on the event id.
 * <p>
 * A transaction that wrote deliveries wakes the worker once it commits ({@link PartnerAfleveringenVastgelegd}), so a
 * broadcast does not wait for the next tick; the tick stays for retries and for deliveries another replica wrote
 * (docs/adr/0018-wake-up-instead-of-polling.md). With the tick off (tests), nothing wakes up.
 * <p>
 * Native SQL (one of vacancy-service's named SQL classes, docs/adr/0026-one-persistence-style.md): the claim is one
 * {@code UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING}, so replicas share the due deliveries without
 * waiting on each other. docs/performance.md, "from a deadline to the partner" ({@code BreedUitzetLatentieBenchmark},
 * the webhook path) measures it.
 */
@Startup // its counters exist from the start, at 0, so a rate over them is defined before the first delivery
@ApplicationScoped
public class WebhookBezorger {

    private static final Logger LOG = Logger.getLogger(WebhookBezorger.class);

    private final EntityManager em;
    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final Counter geslaagd;
    private final Counter mislukt;
    private final Counter opgegeven;
    private final Wakeup wekker = new Wakeup("webhook-bezorger-wekker", this::tik);

    WebhookBezorger(EntityManager em, WebhookConfig config, Clock clock, Vertx vertx, MeterRegistry metrics) {
        this.em = em;
        this.geslaagd = Counter.builder("wsp.webhook.delivery.attempts").tag("outcome", "success")
                .description("webhook delivery attempts, by outcome (2xx or not)").register(metrics);
        this.mislukt = Counter.builder("wsp.webhook.delivery.attempts").tag("outcome", "failure")
                .description("webhook delivery attempts, by outcome (2xx or not)").register(metrics);
        this.opgegeven = Counter.builder("wsp.webhook.deliveries.given.up")
                .description("webhook deliveries abandoned after the last attempt").register(metrics);
        this.config = config;
        this.clock = clock;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setIdleTimeout((int) config.timeout().toSeconds())
                .setKeepAlive(false)
                .setForceSni(true)
                .setVerifyHost(true));
    }

    record Klus(UUID afleveringId, String url, String geheim, String payload, int pogingen, UUID eventId, String eventType) {
    }

    record Uitkomst(Klus klus, Instant op, Integer httpStatus, String fout, int duurMs) {
        boolean gelukt() {
            return WebhookPoging.gelukt(httpStatus);
        }
    }

    @Scheduled(every = "${wsp.webhooks.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tik() {
        while (bezorg() == config.batchGrootte()) {
            // more may be due
        }
    }

    /** Deliveries were committed: attempt them now rather than on the next tick. */
    void afleveringenVastgelegd(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerAfleveringenVastgelegd vastgelegd) {
        if (!"off".equals(config.interval())) {
            wekker.now();
        }
    }

    /** Before the persistence unit closes (as the scheduler pauses, SchedulersStoppenEerst): no more wake-ups. */
    void stop(@Observes @Priority(1) ShutdownEvent shutdown) {
        wekker.close();
    }

    /** Makes one attempt for each due delivery (up to a batch); returns how many it attempted. */
    public int bezorg() {
        List<Klus> klussen = QuarkusTransaction.requiringNew().call(this::claim);
        for (Klus klus : klussen) {
            Uitkomst uitkomst = verstuur(klus);
            (uitkomst.gelukt() ? geslaagd : mislukt).increment();
            String status = QuarkusTransaction.requiringNew().call(() -> registreer(uitkomst));
            if (WebhookAflevering.MISLUKT.equals(status)) {
                opgegeven.increment(); // counted once the given-up state committed
            }
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
            URI uri = URI.create(klus.url());
            InetAddress adres = WebhookAdres.los(uri, config.lokaleHostsSet(), WebhookAdres.DNS);
            boolean https = "https".equalsIgnoreCase(uri.getScheme());
            int poort = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
            String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
            String pad = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String id = klus.eventId().toString();
            long tijdstip = clock.instant().getEpochSecond();
            RequestOptions verzoek = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setServer(SocketAddress.inetSocketAddress(poort, adres.getHostAddress())) // pinned: the checked address
                    .setHost(host).setPort(poort).setSsl(https).setURI(pad)
                    .setFollowRedirects(false)
                    .setIdleTimeout(config.timeout().toMillis())
                    .putHeader("Content-Type", CloudEvents.CONTENT_TYPE)
                    .putHeader("User-Agent", "WSP-vacancy-service/1.0")
                    .putHeader(Handtekening.ID, id)
                    .putHeader(Handtekening.TIJDSTIP, Long.toString(tijdstip))
                    .putHeader(Handtekening.HANDTEKENING, Handtekening.van(klus.geheim(), id, tijdstip, body))
                    .putHeader("WSP-Delivery", klus.afleveringId().toString())
                    .putHeader("WSP-Attempt", Integer.toString(klus.pogingen() + 1));
            int status = http.request(verzoek)
                    .compose(r -> r.send(Buffer.buffer(body)))
                    .map(HttpClientResponse::statusCode)
                    .toCompletionStage().toCompletableFuture()
                    .get(config.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            return new Uitkomst(klus, op, status, null, duur(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Uitkomst(klus, op, null, "onderbroken", duur(start));
        } catch (ApiProblem geweigerd) {
            // the name now resolves to an address we do not deliver to (DNS rebinding, or a change of the partner's DNS)
            LOG.warnf("webhook delivery %s refused: %s", klus.afleveringId(), klus.url());
            return new Uitkomst(klus, op, null, "adres geweigerd", duur(start));
        } catch (Exception e) {
            Throwable oorzaak = e.getCause() != null ? e.getCause() : e;
            String fout = oorzaak.getClass().getSimpleName() + (oorzaak.getMessage() == null ? "" : ": " + oorzaak.getMessage());
            return new Uitkomst(klus, op, null, fout.length() > 500 ? fout.substring(0, 500) : fout, duur(start));
        }
    }

    /** Logs the attempt and moves the delivery on; returns the delivery's status after it. */
    String registreer(Uitkomst uitkomst) {
        Klus klus = uitkomst.klus();
        WebhookAflevering aflevering = em.find(WebhookAflevering.class, klus.afleveringId());
        em.persist(aflevering.poging(uitkomst.op(), uitkomst.httpStatus(), uitkomst.fout(), uitkomst.duurMs()));
        Instant nu = clock.instant();
        if (uitkomst.gelukt()) {
            aflevering.afgeleverd(nu);
        } else if (aflevering.pogingen() >= config.maximumPogingen()) {
            aflevering.geefOp();
            LOG.warnf("webhook delivery %s gave up after %d attempts", aflevering.id(), aflevering.pogingen());
        } else {
            aflevering.probeerOpnieuwOm(nu.plus(wachttijd(aflevering.pogingen())));
        }
        return aflevering.status();
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
