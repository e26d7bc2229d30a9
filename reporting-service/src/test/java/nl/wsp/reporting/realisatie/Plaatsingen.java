package nl.wsp.reporting.realisatie;

import nl.wsp.testsupport.LocalInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Placement events exactly as matching-service publishes them (docs/events.md), and a producer to put many on the broker. */
public final class Plaatsingen {

    public static final String TOPIC = "wsp.matching.plaatsingen";

    private Plaatsingen() {
    }

    public static String gerealiseerd(String eventId, UUID plaatsingId, String partner, String gemeente, String regio, List<String> doelgroepen,
                               LocalDate startdatum) {
        String groepen = doelgroepen.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(","));
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:matching-service","type":"nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1",
                 "time":"%sT09:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"%s","gemeente":"%s","regio":"%s",
                         "doelgroepen":[%s],"startdatum":"%s","contractvorm":"tijdelijk","urenPerWeek":32,"instrumenten":[]}}
                """.formatted(eventId, startdatum, plaatsingId, plaatsingId, UUID.randomUUID(), UUID.randomUUID(), partner, gemeente,
                regio, groepen, startdatum);
    }

    public static String beeindigd(UUID plaatsingId, String partner, String gemeente, String regio, List<String> doelgroepen,
                            LocalDate startdatum, LocalDate einddatum) {
        return beeindigd(plaatsingId, partner, gemeente, regio, doelgroepen, startdatum, einddatum, "ontslag");
    }

    static String beeindigd(UUID plaatsingId, String partner, String gemeente, String regio, List<String> doelgroepen,
                            LocalDate startdatum, LocalDate einddatum, String reden) {
        String groepen = doelgroepen.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(","));
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:matching-service","type":"nl.werkgeversdienstverlening.plaatsingen.beeindigd.v1",
                 "time":"%sT09:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"%s","gemeente":"%s","regio":"%s",
                         "doelgroepen":[%s],"startdatum":"%s","einddatum":"%s","reden":"%s"}}
                """.formatted(UUID.randomUUID(), einddatum, plaatsingId, plaatsingId, UUID.randomUUID(), UUID.randomUUID(), partner,
                gemeente, regio, groepen, startdatum, einddatum, reden);
    }

    /** Sends all records (key → value, in order) with one producer and waits until the broker acknowledged each. */
    public static void verstuur(String topic, List<Map.Entry<String, String>> records) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructure.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            List<Future<?>> sends = records.stream()
                    .<Future<?>>map(r -> producer.send(new ProducerRecord<>(topic, r.getKey(), r.getValue()))).toList();
            for (Future<?> send : sends) {
                send.get();
            }
        }
    }
}
