package nl.wsp.matching.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** account-service's partner events, on the real broker, in the shape its outbox relay publishes. */
@QuarkusTest
class PartnerEventsTest {

    @Inject
    EntityManager em;

    static String partnerGeregistreerd(String eventId, UUID partnerId, String code) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service","type":"nl.werkgeversdienstverlening.partners.geregistreerd.v1",
                 "time":"2026-11-22T10:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"partnerId":"%s","code":"%s","naam":"UWV","soort":"uwv","regio":"Amersfoort",
                         "geregistreerdOp":"2026-11-22T10:00:00Z"}}
                """.formatted(eventId, partnerId, partnerId, code);
    }

    @Test
    void hetzelfde_partner_event_twee_keer_bezorgd_geeft_een_partner() {
        UUID partnerId = UUID.randomUUID();
        String code = "uwv-" + partnerId.toString().substring(0, 8);
        String event = partnerGeregistreerd(UUID.randomUUID().toString(), partnerId, code);
        TestKafka.send("wsp.account.partners", partnerId.toString(), event);
        TestKafka.send("wsp.account.partners", partnerId.toString(), event);
        UUID later = UUID.randomUUID();
        TestKafka.send("wsp.account.partners", partnerId.toString(),
                partnerGeregistreerd(UUID.randomUUID().toString(), later, "later-" + later.toString().substring(0, 8)));

        await().atMost(Duration.ofSeconds(30)).until(() -> aantal(later) == 1);
        assertThat(aantal(partnerId)).isEqualTo(1);
    }

    private long aantal(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(p) from Partner p where p.id = :id").setParameter("id", id).getSingleResult());
    }
}
