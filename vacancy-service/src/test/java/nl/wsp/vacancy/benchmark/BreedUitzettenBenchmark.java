package nl.wsp.vacancy.benchmark;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.BenchmarkFigures;
import nl.wsp.testsupport.LocalInfrastructure;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.vacancy.Testdata;
import nl.wsp.vacancy.vacature.BreedUitzetter;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 vacancies whose own-caseload window closes at one instant: how long until every one is broadcast (status flipped,
 * event committed, and acknowledged by Kafka)? Beside it, the raw produce rate of 10,000 records of the same size with
 * the relay's producer settings, on the same broker in the same run.
 * <pre>./wsp bench vacancy -Dtest=BreedUitzettenBenchmark</pre>
 */
@QuarkusTest
@Tag("benchmark")
class BreedUitzettenBenchmark {

    static final int AANTAL = Integer.getInteger("wsp.benchmark.aantal", 10_000);

    @Inject
    EntityManager em;
    @Inject
    TestKlok clock;
    @Inject
    BreedUitzetter uitzetter;

    @Test
    void tienduizend_vacatures_op_een_moment_breed_uitgezet() throws Exception {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Instant deadline = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO vacature (id, werkgever_id, accountmanager_id, accountmanager_partner, regio, sector, titel,
                            esco_beroep, vereiste_vaardigheden, gewenste_vaardigheden, uren_per_week, aantal_posities,
                            werklocatie_gemeente, contractvorm, startdatum, sluitingsdatum, opleidingsniveau,
                            geschikt_voor_banenafspraak, rijbewijs_vereist, omschrijving, status, geopend_op, eigen_bestand_tot)
                        SELECT gen_random_uuid(), ?1, ?2, 'gemeente-amersfoort', 'Amersfoort', 'logistiek',
                            'Magazijnmedewerker ' || g, ?3, ARRAY[?4, ?5], ARRAY[?6], 32, 1, 'Amersfoort', 'tijdelijk',
                            DATE '2027-01-04', DATE '2027-12-31', 'mbo-2', true, false, 'Orderpicken in het distributiecentrum',
                            'open', ?7, ?8
                        FROM generate_series(1, ?9) AS g""")
                .setParameter(1, account.werkgeverId())
                .setParameter(2, account.accountmanagerId())
                .setParameter(3, Testdata.MAGAZIJNMEDEWERKER)
                .setParameter(4, Testdata.MAGAZIJNSYSTEMEN)
                .setParameter(5, Testdata.MAGAZIJNMATERIAAL)
                .setParameter(6, Testdata.MAGAZIJNKENNIS)
                .setParameter(7, deadline.minus(Duration.ofHours(24)).atOffset(java.time.ZoneOffset.UTC))
                .setParameter(8, deadline.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(9, AANTAL)
                .executeUpdate());

        clock.zetOp(deadline);
        long start = System.nanoTime();
        int uitgezet = 0;
        int n;
        while ((n = uitzetter.zetBreedUit()) > 0) {
            uitgezet += n;
        }
        long omgezet = System.nanoTime();
        assertThat(uitgezet).isGreaterThanOrEqualTo(AANTAL);
        while (gepubliceerd(account.werkgeverId()) < AANTAL) {
            if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
                throw new AssertionError("not all broadcasts acknowledged by Kafka within 5 minutes");
            }
            Thread.sleep(50);
        }
        long bevestigd = System.nanoTime();
        clock.loopWeer();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM vacature WHERE werkgever_id = ?1 AND status = 'breed-uitgezet'")
                .setParameter(1, account.werkgeverId()).getSingleResult()).longValue())).isEqualTo(AANTAL);

        int grootte = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT avg(length(payload))::int FROM outbox_event WHERE type = 'nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1'")
                .getSingleResult()).intValue());
        double ruwSeconden = ruweProductie(grootte);

        double omzetSeconden = (omgezet - start) / 1e9;
        double totaalSeconden = (bevestigd - start) / 1e9;
        String tabel = """
                ## vacancy-service: 10,000 own-caseload windows closing at one instant

                | measure | 10,000 vacancies | rate |
                |---|---:|---:|
                | status flipped + event, transition, change-feed row committed (scheduler, batches of 500) | %.2f s | %,.0f /s |
                | … and every broadcast acknowledged by Kafka (outbox relay) = **N** | **%.2f s** | %,.0f /s |
                | raw Kafka produce of 10,000 records of %d bytes (acks=all, idempotent, same broker, same run) | %.2f s | %,.0f /s |

                Machine: %d cores, Java %s. Command: `./wsp bench vacancy -Dtest=BreedUitzettenBenchmark`
                """.formatted(omzetSeconden, AANTAL / omzetSeconden, totaalSeconden, AANTAL / totaalSeconden, grootte,
                ruwSeconden, AANTAL / ruwSeconden, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println(tabel);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-vacancy.md"), tabel);
        new BenchmarkFigures(BreedUitzettenBenchmark.class)
                .figure("%,d windows closing at once: every broadcast acknowledged by Kafka".formatted(AANTAL), totaalSeconden, "s",
                        "raw Kafka produce", ruwSeconden, "value <= 2")
                .figure("%,d windows closing at once: broadcast rate".formatted(AANTAL), AANTAL / totaalSeconden, "/s",
                        "raw Kafka produce", AANTAL / ruwSeconden, "ratio >= 0.25")
                .write();
    }

    private long gepubliceerd(UUID werkgeverId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM outbox_event o JOIN vacature v ON v.id::text = o.aggregate_id
                        WHERE v.werkgever_id = ?1 AND o.type = 'nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1' AND o.topic = 'wsp.vacancy.vacatures'
                          AND o.published_at IS NOT NULL""")
                .setParameter(1, werkgeverId).getSingleResult()).longValue());
    }

    /** Seconds to produce and have acknowledged 10,000 records of {@code grootte} bytes, with the outbox relay's settings. */
    private static double ruweProductie(int grootte) throws Exception {
        String waarde = "x".repeat(grootte);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructure.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>("wsp.benchmark.vacancy-raw", "warm-up", waarde)).get(); // metadata, connection
            long start = System.nanoTime();
            List<Future<RecordMetadata>> sends = new ArrayList<>(AANTAL);
            for (int i = 0; i < AANTAL; i++) {
                sends.add(producer.send(new ProducerRecord<>("wsp.benchmark.vacancy-raw", UUID.randomUUID().toString(), waarde)));
            }
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
