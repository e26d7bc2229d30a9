package nl.wsp.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's retention (docs/bewaartermijnen.md), once for every service: a published row goes thirty days after its
 * publication on the injected clock, not a second before; a row the relay has not published never goes.
 */
@QuarkusTest
class OutboxOpschoningTest {

    private static final Instant GEPUBLICEERD = Instant.parse("2031-02-10T08:00:00Z");

    @Inject
    OutboxOpschoning opschoning;
    @Inject
    OutboxRelay relay;
    @Inject
    TestKlok klok;
    @Inject
    EntityManager em;

    @AfterEach
    void herstel() {
        klok.loopWeer();
        relay.start();
    }

    @Test
    void een_gepubliceerde_outboxregel_gaat_dertig_dagen_na_publicatie_en_een_ongepubliceerde_nooit() {
        relay.stop(); // the unpublished row must stay unpublished while the test looks at it
        UUID gepubliceerd = regel(GEPUBLICEERD);
        UUID ongepubliceerd = regel(null);

        klok.zetOp(GEPUBLICEERD.plus(Duration.ofDays(30)).minusSeconds(1));
        opschoning.ruimOp();
        assertThat(bestaat(gepubliceerd)).as("a second before its period ends").isTrue();

        klok.zetOp(GEPUBLICEERD.plus(Duration.ofDays(30)).plusSeconds(1));
        assertThat(opschoning.ruimOp()).isPositive();
        assertThat(bestaat(gepubliceerd)).as("past its period").isFalse();

        klok.zetOp(GEPUBLICEERD.plus(Duration.ofDays(3650)));
        opschoning.ruimOp();
        assertThat(bestaat(ongepubliceerd)).as("an event not yet on Kafka is never deleted").isTrue();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM outbox_event WHERE id = ?1")
                .setParameter(1, ongepubliceerd).executeUpdate());
    }

    private UUID regel(Instant gepubliceerdOp) {
        UUID id = UUID.randomUUID();
        OffsetDateTime op = OffsetDateTime.ofInstant(gepubliceerdOp == null ? GEPUBLICEERD : gepubliceerdOp, ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO outbox_event (id, topic, aggregate_id, type, occurred_at, payload, published_at)
                        VALUES (?1, 'wsp.platform-test.proeven', ?2, 'nl.werkgeversdienstverlening.proeven.gedaan.v1', ?3, '{}',
                                CASE WHEN ?4 THEN cast(?3 AS timestamptz) END)""")
                .setParameter(1, id).setParameter(2, id.toString()).setParameter(3, op)
                .setParameter(4, gepubliceerdOp != null)
                .executeUpdate());
        return id;
    }

    private boolean bestaat(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE id = ?1").setParameter(1, id).getSingleResult()).intValue() == 1);
    }
}
