package nl.wsp.vacancy.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.BenchmarkFigures;
import nl.wsp.testsupport.LocalInfrastructure;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import nl.wsp.vacancy.vacature.VacatureEvents;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a deadline to the partner: 1,000 vacancies whose own-caseload windows close one by one, spread over a few
 * minutes of real time, with the broadcast scheduler, the webhook sender and the outbox relay running as in
 * production. For each vacancy: the time from its {@code eigenBestandTot} until a Kafka consumer of the partner topic
 * receives the broadcast, and until a subscribed webhook receiver does. Baseline: a raw Kafka produce → consume round
 * trip on the same broker (the relay's producer settings), same run. Goal (issue 19): p99 ≤ 250 ms on both paths.
 * <pre>./wsp bench vacancy -Dtest=BreedUitzetLatentieBenchmark</pre>
 * {@code -Dwsp.bench.deadlines=200 -Dwsp.bench.spreiding-s=60} for a shorter run.
 */
@QuarkusTest
@TestProfile(BreedUitzetLatentieBenchmark.SchedulersAan.class)
@Tag("benchmark")
class BreedUitzetLatentieBenchmark {

    static final int AANTAL = Integer.getInteger("wsp.bench.deadlines", 1_000);
    static final Duration SPREIDING = Duration.ofSeconds(Long.getLong("wsp.bench.spreiding-s", 150));
    static final Duration AANLOOP = Duration.ofSeconds(30);

    /** The scheduler and the webhook sender as in production (the test profile turns them off for the other tests). */
    public static class SchedulersAan implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wsp.vacatures.breed-uitzetten.interval", "1s", "wsp.webhooks.interval", "1s");
        }
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Test
    void duizend_deadlines_bereiken_de_kafka_consument_en_de_webhook_ontvanger() throws Exception {
        Testdata.partners(em);
        // only this run's subscription: deliveries to receivers of earlier runs would share the sender's time
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE webhook_abonnement SET actief = false").executeUpdate());
        Map<String, Instant> viaWebhook = new ConcurrentHashMap<>();
        AtomicInteger webhookDubbel = new AtomicInteger();
        HttpServer ontvanger = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ontvanger.createContext("/wsp/vacatures", exchange -> {
            Instant nu = Instant.now();
            JsonNode event = json.readTree(exchange.getRequestBody().readAllBytes());
            if ("nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1".equals(event.path("type").asText())
                    && viaWebhook.putIfAbsent(event.path("subject").asText(), nu) != null) {
                webhookDubbel.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        ontvanger.start();

        Map<String, Instant> viaKafka = new ConcurrentHashMap<>();
        AtomicInteger kafkaDubbel = new AtomicInteger();
        AtomicBoolean luisteren = new AtomicBoolean(true);
        bestaat(VacatureEvents.PARTNER_TOPIC);
        KafkaConsumer<String, String> consumer = consumer();
        List<TopicPartition> partities = consumer.partitionsFor(VacatureEvents.PARTNER_TOPIC).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partities);
        consumer.seekToEnd(partities);
        partities.forEach(consumer::position); // the end, now: only what is published from here on
        Thread luisteraar = new Thread(() -> {
            while (luisteren.get()) {
                var records = consumer.poll(Duration.ofMillis(100));
                Instant nu = Instant.now();
                for (ConsumerRecord<String, String> r : records) {
                    try {
                        JsonNode event = json.readTree(r.value());
                        if ("nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1".equals(event.path("type").asText())
                                && viaKafka.putIfAbsent(event.path("subject").asText(), nu) != null) {
                            kafkaDubbel.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            consumer.close();
        }, "benchmark-partner-consumer");
        luisteraar.start();

        Map<String, Instant> deadlines;
        try {
            String url = "http://127.0.0.1:" + ontvanger.getAddress().getPort() + "/wsp/vacatures";
            given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn")).contentType(ContentType.JSON)
                    .body(Map.of("url", url)).when().post("/api/v1/webhook-abonnementen").then().statusCode(201);

            Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
            Instant begin = Instant.now().plus(AANLOOP).truncatedTo(ChronoUnit.MILLIS);
            // one statement (a loaded machine took longer than the lead-in for 1,000 single inserts): the deadlines spread
            // over SPREIDING by a hash of the row number, then read back
            String run = UUID.randomUUID().toString();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            INSERT INTO vacature (id, werkgever_id, accountmanager_id, accountmanager_partner, regio, sector, titel,
                                esco_beroep, vereiste_vaardigheden, gewenste_vaardigheden, uren_per_week, aantal_posities,
                                werklocatie_gemeente, contractvorm, startdatum, sluitingsdatum, opleidingsniveau,
                                geschikt_voor_banenafspraak, rijbewijs_vereist, omschrijving, status, geopend_op, eigen_bestand_tot)
                            SELECT gen_random_uuid(), ?1, ?2, 'gemeente-amersfoort', 'Amersfoort', 'logistiek', 'Magazijnmedewerker', ?3,
                                ARRAY[?4, ?5], ARRAY[?6], 32, 1, 'Amersfoort', 'tijdelijk', DATE '2027-01-04', DATE '2027-12-31',
                                'mbo-2', true, false, 'Orderpicken in het distributiecentrum', 'open', t - interval '24 hours', t
                            FROM (SELECT CAST(?7 AS timestamptz)
                                         + make_interval(secs => ((hashtext(?8 || g)::bigint & 2147483647) % ?9) / 1000.0) AS t
                                  FROM generate_series(1, ?10) AS g) AS d""")
                    .setParameter(1, account.werkgeverId()).setParameter(2, account.accountmanagerId())
                    .setParameter(3, Testdata.MAGAZIJNMEDEWERKER).setParameter(4, Testdata.MAGAZIJNSYSTEMEN)
                    .setParameter(5, Testdata.MAGAZIJNMATERIAAL).setParameter(6, Testdata.MAGAZIJNKENNIS)
                    .setParameter(7, begin.atOffset(ZoneOffset.UTC)).setParameter(8, run)
                    .setParameter(9, SPREIDING.toMillis()).setParameter(10, AANTAL)
                    .executeUpdate());
            deadlines = new ConcurrentHashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rijen = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "SELECT CAST(id AS text), eigen_bestand_tot FROM vacature WHERE werkgever_id = ?1")
                    .setParameter(1, account.werkgeverId()).getResultList());
            for (Object[] r : rijen) {
                deadlines.put((String) r[0], instant(r[1]));
            }
            assertThat(deadlines).hasSize(AANTAL);
            assertThat(Instant.now()).as("the vacancies are stored before the first deadline").isBefore(begin);

            Instant opgeven = begin.plus(SPREIDING).plus(Duration.ofMinutes(2));
            while (!(viaKafka.keySet().containsAll(deadlines.keySet()) && viaWebhook.keySet().containsAll(deadlines.keySet()))) {
                if (Instant.now().isAfter(opgeven)) {
                    throw new AssertionError("not every broadcast arrived within 2 minutes after the last deadline: Kafka "
                            + deadlines.keySet().stream().filter(viaKafka::containsKey).count() + ", webhook "
                            + deadlines.keySet().stream().filter(viaWebhook::containsKey).count() + " of " + AANTAL);
                }
                Thread.sleep(200);
            }
        } finally {
            luisteren.set(false);
            luisteraar.join(10_000);
            ontvanger.stop(0);
        }

        double[] kafka = latenties(deadlines, viaKafka);
        double[] webhook = latenties(deadlines, viaWebhook);
        double[] ruw = ruweRondgang(200);
        String tabel = String.format(Locale.ROOT, """
                ## vacancy-service: from a deadline to the partner (%,d deadlines spread over %d s)

                | path | p50 ms | p95 ms | p99 ms | max ms | duplicates |
                |---|---:|---:|---:|---:|---:|
                | deadline → Kafka consumer of `%s` | %.1f | %.1f | %.1f | %.1f | %d |
                | deadline → subscribed webhook receiver | %.1f | %.1f | %.1f | %.1f | %d |
                | baseline: raw Kafka produce → consume, 200 records (same broker, same run) | %.1f | %.1f | %.1f | %.1f | |

                Scheduler, webhook sender and outbox relay as configured for production (poll 1 s each). Machine: %d cores,
                Java %s, load average at the end %s. Command: `./wsp bench vacancy -Dtest=BreedUitzetLatentieBenchmark`
                """, AANTAL, SPREIDING.toSeconds(), VacatureEvents.PARTNER_TOPIC,
                pct(kafka, 50), pct(kafka, 95), pct(kafka, 99), pct(kafka, 100), kafkaDubbel.get(),
                pct(webhook, 50), pct(webhook, 95), pct(webhook, 99), pct(webhook, 100), webhookDubbel.get(),
                pct(ruw, 50), pct(ruw, 95), pct(ruw, 99), pct(ruw, 100),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println(tabel);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-vacancy-latency.md"), tabel);
        String n = String.format(Locale.ROOT, "%,d deadlines: ", AANTAL);
        new BenchmarkFigures(BreedUitzetLatentieBenchmark.class)
                .figure(n + "deadline → Kafka consumer, p50", pct(kafka, 50), "ms", "raw produce → consume p50", pct(ruw, 50), "")
                .figure(n + "deadline → Kafka consumer, p99", pct(kafka, 99), "ms", "raw produce → consume p99", pct(ruw, 99), "value <= 250")
                .figure(n + "deadline → webhook receiver, p50", pct(webhook, 50), "ms", "raw produce → consume p50", pct(ruw, 50), "")
                .figure(n + "deadline → webhook receiver, p99", pct(webhook, 99), "ms", "raw produce → consume p99", pct(ruw, 99), "value <= 250")
                .write();
    }

    private static Instant instant(Object waarde) {
        if (waarde instanceof Instant i) {
            return i;
        }
        if (waarde instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) waarde).toInstant();
    }

    private static double[] latenties(Map<String, Instant> deadlines, Map<String, Instant> aangekomen) {
        return deadlines.entrySet().stream()
                .mapToDouble(e -> Duration.between(e.getValue(), aangekomen.get(e.getKey())).toNanos() / 1e6)
                .sorted().toArray();
    }

    private static double pct(double[] gesorteerd, int p) {
        int i = (int) Math.ceil(p / 100.0 * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, Math.min(gesorteerd.length - 1, i))];
    }

    /** The topic exists before the consumer is assigned its partitions (a fresh broker may not have it yet). */
    private static void bestaat(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructure.bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructure.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    /** Produce → consume latency of {@code aantal} records, one every 10 ms, with the relay's producer settings. */
    private static double[] ruweRondgang(int aantal) throws Exception {
        String topic = "wsp.benchmark.latency-raw";
        Map<String, Instant> verstuurd = new ConcurrentHashMap<>();
        double[] uitkomst = new double[aantal];
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructure.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
             KafkaConsumer<String, String> consumer = consumer()) {
            bestaat(topic);
            producer.send(new ProducerRecord<>(topic, "warm-up", "x")).get(); // metadata known, connection open
            List<TopicPartition> partities = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partities);
            consumer.seekToEnd(partities);
            partities.forEach(consumer::position);
            int ontvangen = 0;
            Instant opgeven = Instant.now().plus(Duration.ofMinutes(1));
            for (int i = 0; i < aantal || ontvangen < aantal; i++) {
                if (i < aantal) {
                    String sleutel = "r" + i;
                    verstuurd.put(sleutel, Instant.now());
                    producer.send(new ProducerRecord<>(topic, sleutel, "x".repeat(1_000)));
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(10))) {
                    Instant gezonden = verstuurd.get(r.key());
                    if (gezonden != null && ontvangen < aantal) {
                        uitkomst[ontvangen++] = Duration.between(gezonden, Instant.now()).toNanos() / 1e6;
                    }
                }
                if (Instant.now().isAfter(opgeven)) {
                    throw new AssertionError("raw round trip: " + ontvangen + " of " + aantal + " records came back");
                }
            }
        }
        Arrays.sort(uitkomst);
        return uitkomst;
    }
}
