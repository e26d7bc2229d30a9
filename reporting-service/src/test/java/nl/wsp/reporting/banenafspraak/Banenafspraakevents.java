package nl.wsp.reporting.banenafspraak;

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

/**
 * Placement events as matching-service publishes them (docs/events.md), with the optional {@code banenafspraakSector}
 * ({@code null}: an event from before the field, without it), and a producer that puts them on the broker in order.
 */
final class Banenafspraakevents {

    static final String TOPIC = "wsp.matching.plaatsingen";

    private final List<Map.Entry<String, String>> records = new java.util.ArrayList<>();

    /** A started placement of a candidate of these target groups; returns its id, to end it. */
    UUID gerealiseerd(String regio, List<String> doelgroepen, String sector, LocalDate start) {
        UUID id = UUID.randomUUID();
        records.add(Map.entry(id.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:matching-service","type":"nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1",
                 "time":"%sT09:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"uwv-amersfoort","gemeente":"Amersfoort","regio":"%s",
                         "doelgroepen":[%s],"startdatum":"%s","contractvorm":"tijdelijk","urenPerWeek":32,"instrumenten":[]%s}}
                """.formatted(UUID.randomUUID(), start, id, id, UUID.randomUUID(), UUID.randomUUID(), regio, groepen(doelgroepen), start,
                sectorveld(sector))));
        return id;
    }

    void beeindigd(UUID id, String regio, List<String> doelgroepen, String sector, LocalDate start, LocalDate einde) {
        records.add(Map.entry(id.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:matching-service","type":"nl.werkgeversdienstverlening.plaatsingen.beeindigd.v1",
                 "time":"%sT09:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"uwv-amersfoort","gemeente":"Amersfoort","regio":"%s",
                         "doelgroepen":[%s],"startdatum":"%s","einddatum":"%s","reden":"ontslag"%s}}
                """.formatted(UUID.randomUUID(), einde, id, id, UUID.randomUUID(), UUID.randomUUID(), regio, groepen(doelgroepen), start,
                einde, sectorveld(sector))));
    }

    int aantal() {
        return records.size();
    }

    /** Sends every record (key → value, in order) with one producer and waits until the broker acknowledged each. */
    void verstuur() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructure.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            List<Future<?>> sends = records.stream()
                    .<Future<?>>map(r -> producer.send(new ProducerRecord<>(TOPIC, r.getKey(), r.getValue()))).toList();
            for (Future<?> send : sends) {
                send.get();
            }
        }
        records.clear();
    }

    private static String groepen(List<String> doelgroepen) {
        return doelgroepen.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(","));
    }

    private static String sectorveld(String sector) {
        return sector == null ? "" : ",\"banenafspraakSector\":\"" + sector + "\"";
    }
}
