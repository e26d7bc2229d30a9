package nl.wsp.vacancy.vacature;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.outbox.OutboxRelay;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.vacancy.Testdata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core of {@code ./wsp chaos} (docs/reliability.md), quick enough for every build: two replicas of vacancy-service
 * on one database, many own-caseload windows closing at the same instant, and each broadcast reaches Kafka exactly once,
 * on the internal and on the partner topic.
 * <p>
 * A replica here is what competes across processes: a broadcast scheduler pass ({@link BreedUitzetter#zetBreedUit()},
 * one transaction) and an outbox relay pass ({@link OutboxRelay#publishBatch()}, one transaction), called directly so
 * that no in-process guard (the Quarkus scheduler's SKIP, the relay's busy flag) stands between the two; only the
 * database does, exactly as between two pods. Each round both replicas start together (a barrier), so they always
 * race for the same rows. Without {@code FOR UPDATE SKIP LOCKED} in the scheduler both replicas flip and announce the
 * same vacancies; without the relay's advisory lock both send the same outbox rows: either way a vacancy shows up
 * twice on Kafka and this test fails.
 */
@QuarkusTest
class TweeReplicasTest {

    private static final int VACATURES = 120;
    private static final int REPLICAS = 2;

    @Inject
    EntityManager em;
    @Inject
    TestKlok clock;
    @Inject
    BreedUitzetter uitzetter;
    @Inject
    OutboxRelay relay;

    @AfterEach
    void klokLooptWeer() {
        clock.loopWeer();
    }

    @Test
    void twee_replicas_zetten_elke_vacature_waarvan_de_termijn_tegelijk_sluit_precies_een_keer_uit_op_kafka() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.zetOp(t);
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < VACATURES; i++) {
            Map<String, Object> body = Testdata.vacature(account.werkgeverId());
            body.put("aantalPosities", 1);
            ids.add(VacatureResourceTest.open(account, body));
        }
        // every window closes at t + 24 h: all of them fall due in the same instant, for both replicas
        clock.zetOp(t.plus(Duration.ofHours(24)));

        List<Integer> uitgezetPerReplica = draaiReplicas();

        // at least ours: vacancies of other tests in this database may fall due at the same instant
        assertThat(uitgezetPerReplica.stream().mapToInt(Integer::intValue).sum())
                .as("vacancies the replicas flipped together").isGreaterThanOrEqualTo(VACATURES);
        for (String id : ids) {
            assertThat(status(id)).isEqualTo("breed-uitgezet");
        }
        assertThat(onverstuurd()).as("outbox rows still unpublished").isZero();
        // every outbox row is marked published, so everything the relays sent is acknowledged: read to the end offsets
        assertThat(uitzendingen(VacatureEvents.TOPIC, ids)).as("broadcasts per vacancy on " + VacatureEvents.TOPIC)
                .hasSize(VACATURES).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
        assertThat(uitzendingen(VacatureEvents.PARTNER_TOPIC, ids)).as("broadcasts per vacancy on " + VacatureEvents.PARTNER_TOPIC)
                .hasSize(VACATURES).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
    }

    /**
     * Runs the replicas in rounds until nothing is left to flip or to publish; returns how many vacancies each flipped.
     * The relays go on until the outbox is empty: one that finds the lock taken gets 0 and tries the next round.
     * A replica that fails breaks the barrier, so the other stops at once and the failure itself is what the test
     * reports (not the other replica's wait). The waits are guards against a hang, not timed assertions: a relay pass
     * may legitimately wait for the broker's acknowledgements.
     */
    private List<Integer> draaiReplicas() throws Exception {
        CyclicBarrier samen = new CyclicBarrier(REPLICAS);
        // whether anything is left is decided once per round, by the barrier's action, for both replicas: each asking
        // the database itself let the scheduled relay publish the last row between the two questions, and the replica
        // that saw it gone stopped while the other waited for it at the next round's barrier
        java.util.concurrent.atomic.AtomicBoolean klaar = new java.util.concurrent.atomic.AtomicBoolean();
        CyclicBarrier besluit = new CyclicBarrier(REPLICAS, () -> klaar.set(nogTeDoen() == 0));
        ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
        try {
            List<Future<Integer>> replicas = new ArrayList<>();
            for (int r = 0; r < REPLICAS; r++) {
                replicas.add(pool.submit(() -> {
                    try {
                        return replica(samen, besluit, klaar);
                    } catch (Exception | Error e) {
                        samen.reset();
                        besluit.reset();
                        throw e;
                    }
                }));
            }
            List<Integer> uitgezet = new ArrayList<>();
            List<Throwable> fouten = new ArrayList<>();
            for (Future<Integer> replica : replicas) {
                try {
                    uitgezet.add(replica.get(10, TimeUnit.MINUTES));
                } catch (ExecutionException e) {
                    fouten.add(e.getCause());
                }
            }
            if (!fouten.isEmpty()) {
                // the cause first: a replica stopped by the broken barrier only says that the other one failed
                fouten.sort(Comparator.comparing(f -> f instanceof BrokenBarrierException));
                AssertionError fout = new AssertionError("a replica failed: " + fouten.get(0), fouten.get(0));
                fouten.stream().skip(1).forEach(fout::addSuppressed);
                throw fout;
            }
            return uitgezet;
        } finally {
            pool.shutdownNow();
        }
    }

    private int replica(CyclicBarrier samen, CyclicBarrier besluit, java.util.concurrent.atomic.AtomicBoolean klaar)
            throws Exception {
        int uitgezet = 0;
        for (int ronde = 0; ronde < 1000; ronde++) {
            samen.await(5, TimeUnit.MINUTES);
            uitgezet += uitzetter.zetBreedUit();
            samen.await(5, TimeUnit.MINUTES);
            relay.publishBatch();
            besluit.await(5, TimeUnit.MINUTES); // its action decides, once, for both replicas
            if (klaar.get()) {
                break;
            }
        }
        return uitgezet;
    }

    private long nogTeDoen() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM vacature WHERE status = 'open' AND eigen_bestand_tot <= ?1)
                             + (SELECT count(*) FROM outbox_event WHERE published_at IS NULL)""")
                .setParameter(1, clock.instant()).getSingleResult()).longValue());
    }

    private long onverstuurd() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL").getSingleResult()).longValue());
    }

    /** Broadcast records per vacancy of {@code ids} on the topic, from the beginning to the end offsets. */
    private static Map<String, Long> uitzendingen(String topic, Set<String> ids) {
        List<ConsumerRecord<String, String>> records = TestKafka.readToEnd(topic,
                r -> ids.contains(r.key()) && r.value().contains(VacatureBreedUitgezet.TYPE));
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    private String status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("SELECT status FROM vacature WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
    }
}
