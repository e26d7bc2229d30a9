package nl.wsp.reporting.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

/** account-service's partner events, put on the real broker exactly as its outbox relay publishes them. */
@QuarkusTest
class PartnerEventsTest {

    static final String TOPIC = "wsp.account.partners";

    @Inject
    EntityManager em;

    static String partnerGeregistreerd(String eventId, UUID partnerId, String code, String regio) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service","type":"nl.werkgeversdienstverlening.partners.geregistreerd.v1",
                 "time":"2026-11-22T10:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"partnerId":"%s","code":"%s","naam":"Gemeente %s","soort":"gemeente","regio":"%s",
                         "geregistreerdOp":"2026-11-22T10:00:00Z"}}
                """.formatted(eventId, partnerId, partnerId, code, code, regio);
    }

    @Test
    void een_geregistreerde_partner_verschijnt_in_zijn_regio() {
        String regio = "Achterhoek"; // a region of the reference data (a filter naming an unknown one is 400)
        String code = "gemeente-t-" + UUID.randomUUID().toString().substring(0, 8);
        UUID partnerId = UUID.randomUUID();
        TestKafka.send(TOPIC, partnerId.toString(), partnerGeregistreerd(UUID.randomUUID().toString(), partnerId, code, regio));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("limiet", 200)
                        .when().get("/api/v1/partners")
                        .then().statusCode(200)
                        .body("resultaten.code", org.hamcrest.Matchers.hasItem(code))
                        .body("resultaten.find { it.code == '" + code + "' }.regio", equalTo(regio)));
    }

    @Test
    void hetzelfde_event_twee_keer_bezorgd_heeft_een_effect() {
        String regio = "Regio-" + UUID.randomUUID();
        UUID partnerId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = partnerGeregistreerd(eventId, partnerId, "gemeente-soest", regio);
        TestKafka.send(TOPIC, partnerId.toString(), event);
        TestKafka.send(TOPIC, partnerId.toString(), event);
        // a later, different event on the same key proves both copies were consumed before we look
        UUID later = UUID.randomUUID();
        TestKafka.send(TOPIC, partnerId.toString(), partnerGeregistreerd(UUID.randomUUID().toString(), later, "uwv-soest", regio + "-later"));

        await().atMost(Duration.ofSeconds(30)).until(() -> telling(regio + "-later") == 1);
        assertThat(telling(regio)).isEqualTo(1);
        assertThat(inboxRijen(eventId)).isEqualTo(1);
    }

    @Test
    void een_onleesbaar_bericht_houdt_de_verwerking_niet_op() {
        String regio = "Regio-" + UUID.randomUUID();
        UUID partnerId = UUID.randomUUID();
        TestKafka.sendBuitenContract(TOPIC, partnerId.toString(), "{ dit is geen cloudevent");
        TestKafka.send(TOPIC, partnerId.toString(), partnerGeregistreerd(UUID.randomUUID().toString(), partnerId, "sw-amfors", regio));

        await().atMost(Duration.ofSeconds(30)).until(() -> telling(regio) == 1);
    }

    @Test
    void een_partnersysteem_ziet_geen_rapportage() {
        given().auth().oauth2(Tokens.partnersysteem("gemeente-amersfoort")).when().get("/api/v1/partners")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private int telling(String regio) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RegioTelling t = em.find(RegioTelling.class, regio);
            return t == null ? 0 : t.aantalPartners();
        });
    }

    private long inboxRijen(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM inbox_event WHERE event_id = ?1").setParameter(1, eventId).getSingleResult()).longValue());
    }
}
