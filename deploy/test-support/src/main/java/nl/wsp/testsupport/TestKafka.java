package nl.wsp.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * A plain Kafka client on the real test broker: to put an event on a topic, or to see what a service published.
 * It holds both sides to the AsyncAPI documents ({@link Eventcontract}): an event a test sends, and every record a test
 * reads that its predicate matches, must be a message of the documents that meets its schema, or the test fails.
 * A test that proves a consumer refuses a bad record sends it with {@link #sendBuitenContract}.
 */
public final class TestKafka {

    private TestKafka() {
    }

    /**
     * Sends a CloudEvent exactly as the services' outbox relays do: the whole event as a JSON string, with the
     * header {@code content-type: application/cloudevents+json; charset=UTF-8}. The event must keep its AsyncAPI contract.
     */
    public static void send(String topic, String key, String value) {
        Eventcontract.vanRepository().controleer(topic, value);
        sendBuitenContract(topic, key, value);
    }

    /** Sends a record as {@link #send} does, without holding it to the contract: for a test of what a consumer refuses. */
    public static void sendBuitenContract(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructure.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    /**
     * Reads the topic from the beginning until {@code wanted} matches a record, or the timeout passes; once one
     * matches, it reads on to the end offsets the broker reports at that moment and returns every match. So a copy
     * that was acknowledged before the first match was seen is counted: no waiting for a duplicate "to arrive".
     */
    public static List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<ConsumerRecord<String, String>> wanted,
                                                                 Duration timeout) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            Instant deadline = Instant.now().plus(timeout);
            while (matching.isEmpty() && Instant.now().isBefore(deadline)) {
                if (consumer.assignment().isEmpty() && !assign(consumer, topic)) {
                    sleep(); // the topic does not exist yet: nothing was published to it
                    continue;
                }
                collect(consumer.poll(Duration.ofMillis(200)), wanted, matching);
            }
            if (!matching.isEmpty()) {
                readToEnd(consumer, wanted, matching);
            }
        }
        return matching;
    }

    /**
     * Every record on the topic that {@code wanted} matches, read from the beginning to the end offsets the broker
     * reports now: what a test sees is all that was acknowledged before the call, and nothing is waited for.
     * Call it once the producer is known to be done (e.g. the outbox row is marked published) to prove a count.
     */
    public static List<ConsumerRecord<String, String>> readToEnd(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            if (assign(consumer, topic)) {
                readToEnd(consumer, wanted, matching);
            }
        }
        return matching;
    }

    private static void readToEnd(KafkaConsumer<String, String> consumer, Predicate<ConsumerRecord<String, String>> wanted,
                                  List<ConsumerRecord<String, String>> matching) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            collect(consumer.poll(Duration.ofMillis(200)), wanted, matching);
        }
    }

    private static boolean assign(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic);
        if (partitions == null || partitions.isEmpty()) {
            return false;
        }
        List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        return true;
    }

    private static void collect(Iterable<ConsumerRecord<String, String>> records, Predicate<ConsumerRecord<String, String>> wanted,
                                List<ConsumerRecord<String, String>> matching) {
        for (ConsumerRecord<String, String> record : records) {
            if (wanted.test(record)) {
                Eventcontract.vanRepository().controleer(record.topic(), record.value());
                matching.add(record);
            }
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
