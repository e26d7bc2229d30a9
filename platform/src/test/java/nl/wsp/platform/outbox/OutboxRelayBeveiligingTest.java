package nl.wsp.platform.outbox;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay's producer connects like the service's other Kafka clients: with their SASL and TLS settings, nothing more. */
class OutboxRelayBeveiligingTest {

    @Test
    void de_relay_neemt_security_protocol_sasl_en_ssl_van_de_kafka_instellingen_over_en_verder_niets() {
        Map<String, Object> kafka = Map.of(
                "bootstrap.servers", "kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/etc/wsp/kafka-ca/ca.crt",
                "acks", "1",
                "group.id", "vacancy-service");

        assertThat(OutboxRelay.security(kafka)).containsOnlyKeys("security.protocol", "sasl.mechanism", "sasl.jaas.config",
                        "ssl.truststore.type", "ssl.truststore.location")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("ssl.truststore.location", "/etc/wsp/kafka-ca/ca.crt");
    }

    @Test
    void zonder_beveiligingsinstellingen_verbindt_de_relay_zonder_beveiliging() {
        assertThat(OutboxRelay.security(Map.of("bootstrap.servers", "127.0.0.1:59092"))).isEmpty();
    }
}
