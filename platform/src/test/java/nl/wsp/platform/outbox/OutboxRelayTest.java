package nl.wsp.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The frame's outbox and relay (docs/adr/0001-outbox-and-inbox.md), once for every service: the event commits and
 * rolls back with the state, a relay stopped after the commit delivers exactly one copy on restart, in order.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "wsp.platform-test.proeven";

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    EntityManager em;

    @AfterEach
    void relayWeerAan() {
        relay.start();
    }

    @Test
    void een_relay_die_na_de_commit_stopt_levert_het_event_na_herstart_alsnog_precies_een_keer() {
        relay.stop();
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.append(TOPIC, "nl.werkgeversdienstverlening.proeven.gedaan.v1", subject, Map.of("n", 1)));

        assertThat(TestKafka.readToEnd(TOPIC, r -> subject.equals(r.key())))
                .as("nothing is published while the relay is stopped").isEmpty();
        assertThat(unpublished(subject)).isEqualTo(1);

        relay.start();
        relay.publishBatch();

        await().atMost(Duration.ofSeconds(20)).until(() -> unpublished(subject) == 0);
        // marked published only after the broker acknowledged it: every copy sent is below the end offset now
        List<ConsumerRecord<String, String>> records = TestKafka.readToEnd(TOPIC, r -> subject.equals(r.key()));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value())
                .contains("\"specversion\":\"1.0\"", "\"source\":\"urn:nld:oin:00000000000000000000:systeem:platform-test\"",
                        "\"type\":\"nl.werkgeversdienstverlening.proeven.gedaan.v1\"",
                        "\"dataschema\":\"https://wsp.example/asyncapi/platform-test.yaml#/components/messages/"
                                + "nl.werkgeversdienstverlening.proeven.gedaan.v1\"",
                        "\"subject\":\"" + subject + "\"", "\"data\":{\"n\":1}");
        assertThat(new String(records.get(0).headers().lastHeader("content-type").value()))
                .isEqualTo("application/cloudevents+json; charset=UTF-8");
    }

    @Test
    void de_events_van_een_aggregaat_komen_in_de_volgorde_van_hun_commit_aan() {
        relay.stop();
        String subject = UUID.randomUUID().toString();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> outbox.append(TOPIC, "nl.werkgeversdienstverlening.proeven.gedaan.v1", subject, Map.of("n", n)));
        }
        relay.start();
        relay.publishBatch();

        await().atMost(Duration.ofSeconds(20)).until(() -> unpublished(subject) == 0);
        assertThat(TestKafka.readToEnd(TOPIC, r -> subject.equals(r.key())))
                .extracting(r -> r.value().replaceAll(".*\"data\":\\{\"n\":(\\d)}.*", "$1"))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void een_mislukte_transactie_laat_geen_event_achter() {
        String subject = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.append(TOPIC, "nl.werkgeversdienstverlening.proeven.gedaan.v1", subject, Map.of("n", 1));
                throw new IllegalStateException("the state change fails after the event was appended");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(rows(subject)).isZero();
    }

    @Test
    void buiten_een_transactie_kan_niemand_een_event_toevoegen() {
        assertThatThrownBy(() -> outbox.append(TOPIC, "nl.werkgeversdienstverlening.proeven.gedaan.v1", "x", Map.of()))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    @Test
    void een_topic_dat_de_dienst_niet_publiceert_wordt_geweigerd() {
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(
                () -> outbox.append("wsp.platform-test.onbekend", "nl.werkgeversdienstverlening.proeven.gedaan.v1", subject, Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wsp.platform.outbox.topics");
        assertThat(rows(subject)).isZero();
    }

    @Test
    void een_event_dat_zijn_asyncapi_schema_breekt_wordt_in_tests_al_bij_het_schrijven_geweigerd() {
        // the test-jar's EventcontractBijHetSchrijven: also an event no test reads from Kafka meets its contract
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(
                () -> outbox.append(TOPIC, "nl.werkgeversdienstverlening.proeven.gedaan.v1", subject, Map.of("n", "een"))))
                .hasStackTraceContaining("breaks its AsyncAPI contract");
        assertThat(rows(subject)).isZero();
    }

    @Test
    void een_type_met_de_naam_van_een_organisatie_wordt_geweigerd() {
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(
                () -> outbox.append(TOPIC, "nl.wsp.proef.gedaan.v1", subject, Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nl.werkgeversdienstverlening.");
        assertThat(rows(subject)).isZero();
    }

    private long unpublished(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId = :id and e.publishedAt is null")
                .setParameter("id", subject).getSingleResult());
    }

    private long rows(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(e) from OutboxEvent e where e.aggregateId = :id").setParameter("id", subject).getSingleResult());
    }
}
