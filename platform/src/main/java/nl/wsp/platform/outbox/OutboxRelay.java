package nl.wsp.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import nl.wsp.platform.PlatformConfig;
import nl.wsp.platform.cloudevents.CloudEvents;
import nl.wsp.platform.schedule.Wakeup;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published once the broker acknowledged
 * them. At least once: a crash between the acknowledgement and the mark sends a row again, and consumers
 * drop the copy by event id. One relay publishes at a time (a PostgreSQL advisory lock), so the order per
 * aggregate holds with any number of replicas.
 * <p>
 * It runs every second, and at once after a transaction that appended an event commits ({@link #nudge()}),
 * so an event usually leaves within milliseconds of its commit; a nudge during a pass makes the pass run again
 * rather than wait for the next second (docs/adr/0018-wake-up-instead-of-polling.md).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: "outbox" in ASCII, shared by every replica of this service. */
    private static final long LOCK_KEY = 0x6f7574626f78L;

    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    private final int batchSize;
    private final String clientId;
    private final Map<String, Object> security;
    private final Counter published;
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Set by every request for a pass; the pass under way repeats while it finds it set. */
    private final AtomicBoolean again = new AtomicBoolean();
    private final Wakeup nudges = new Wakeup("outbox-relay-nudge", this::relay);
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean running = true;

    OutboxRelay(AgroalDataSource dataSource,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                PlatformConfig config,
                MeterRegistry metrics,
                @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.security = security(kafka);
        this.batchSize = config.outbox().batchSize();
        this.clientId = config.service() + "-outbox";
        this.published = metrics.counter("wsp.outbox.published");
    }

    @Scheduled(every = "${wsp.platform.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        again.set(true);
        // a pass under way sees 'again' once it is done and runs once more: a commit during a pass waits for no tick
        while (again.get() && busy.compareAndSet(false, true)) {
            try {
                again.set(false);
                while (running && publishBatch() == batchSize) {
                    // a full batch means there may be more waiting
                }
            } finally {
                busy.set(false);
            }
        }
    }

    /** Asks for a pass soon, off the caller's thread: called after a transaction that appended an event committed. */
    void nudge() {
        if (running) {
            nudges.now();
        }
    }

    /** Publishes up to one batch; returns how many rows it marked published. */
    public int publishBatch() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int count = publishBatch(c);
                c.commit();
                return count;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            LOG.warnf("outbox relay could not reach the database: %s", e.getMessage());
            return 0;
        }
    }

    private int publishBatch(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0; // another replica is publishing
                }
            }
        }
        List<UUID> ids = new ArrayList<>();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, topic, aggregate_id, payload FROM outbox_event WHERE published_at IS NULL ORDER BY position LIMIT ?")) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(rs.getString("topic"), rs.getString("aggregate_id"),
                            rs.getString("payload"));
                    record.headers().add(new RecordHeader("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
                    ids.add(rs.getObject("id", UUID.class));
                    sends.add(producer().send(record));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        int acknowledged = acknowledgedPrefix(sends);
        if (acknowledged > 0) {
            try (PreparedStatement mark = c.prepareStatement("UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
                Array array = c.createArrayOf("uuid", ids.subList(0, acknowledged).toArray());
                mark.setArray(1, array);
                mark.executeUpdate();
            }
            published.increment(acknowledged);
        }
        return acknowledged;
    }

    /** How many sends, in order, the broker acknowledged: stop at the first failure so order holds on the retry. */
    private int acknowledgedPrefix(List<Future<RecordMetadata>> sends) {
        int count = 0;
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get(30, TimeUnit.SECONDS);
                count++;
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("outbox relay: Kafka did not acknowledge an event, will retry: %s", e.getMessage());
                return count;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return count;
            }
        }
        return count;
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> settings = new HashMap<>(security);
                    settings.putAll(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.LINGER_MS_CONFIG, 5,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                            // send() waits at most this long for a topic's metadata, with the lock and transaction open
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                            ProducerConfig.CLIENT_ID_CONFIG, clientId,
                            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
                    producer = new KafkaProducer<>(settings);
                }
                p = producer;
            }
        }
        return p;
    }

    /**
     * The connection's security from the service's {@code kafka.*} settings (Quarkus's {@code default-kafka-broker}
     * map, which the messaging clients take too): {@code security.protocol}, {@code sasl.*} and {@code ssl.*}, so the
     * relay reaches a SASL_SSL listener with the same credentials as the consumers. Nothing else: the relay's own
     * delivery settings (acks, idempotence, timeouts) are not the service's to change.
     */
    static Map<String, Object> security(Map<String, Object> kafka) {
        Map<String, Object> out = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                out.put(key, value);
            }
        });
        return Map.copyOf(out);
    }

    /** Stops publishing and lets go of the broker connection; committed rows wait in the table. */
    public synchronized void stop() {
        running = false;
        closeProducer();
    }

    /** Starts publishing again, with a fresh connection, from the oldest unpublished row. */
    public synchronized void start() {
        running = true;
    }

    @PreDestroy
    void shutdown() {
        running = false;
        nudges.close();
        closeProducer();
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}
