package nl.wsp.account.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.partner.PartnerGeregistreerd;
import nl.wsp.account.partner.PartnerSoort;
import nl.wsp.account.partner.RegistreerPartner;
import nl.wsp.testsupport.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;
    @Inject
    RegistreerPartner registreerPartner;
    @Inject
    EntityManager em;

    @AfterEach
    void relayWeerAan() {
        relay.start();
    }

    @Test
    void een_relay_die_na_de_commit_stopt_levert_het_event_na_herstart_alsnog_precies_een_keer() {
        relay.stop();
        String code = "sw-" + UUID.randomUUID().toString().substring(0, 8);
        UUID partnerId = registreerPartner.registreer(code, "Amfors", PartnerSoort.SW_BEDRIJF, "Amersfoort").id();

        assertThat(TestKafka.readUntil(PartnerGeregistreerd.TOPIC, r -> r.value().contains(code), Duration.ofSeconds(2)))
                .as("nothing is published while the relay is stopped").isEmpty();
        assertThat(unpublished(partnerId)).isEqualTo(1);

        relay.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> unpublished(partnerId) == 0);
        assertThat(TestKafka.readUntil(PartnerGeregistreerd.TOPIC, r -> r.value().contains(code), Duration.ofSeconds(20)))
                .hasSize(1);
    }

    @Test
    void een_mislukte_transactie_laat_geen_event_achter() {
        long voor = outboxRows();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                registreerPartner.registreer("rollback-" + UUID.randomUUID().toString().substring(0, 8), "X",
                        PartnerSoort.UWV, "Amersfoort");
                throw new IllegalStateException("the state change fails after the event was appended");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(outboxRows()).isEqualTo(voor);
    }

    private long unpublished(UUID aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId = :id and e.publishedAt is null")
                .setParameter("id", aggregateId.toString()).getSingleResult());
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery("select count(e) from OutboxEvent e").getSingleResult());
    }
}
