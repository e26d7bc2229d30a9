package nl.wsp.reporting.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.AdviseurEvents;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A partner that account-service deactivated in its region (partners.gedeactiveerd.v1) is refused here as an unknown one
 * is (issue 13 item 1: the partner must exist and be active in that region); activated again, it is let in. The events go
 * over the real broker, in the shape account-service's outbox relay publishes them.
 */
@QuarkusTest
class PartnerActiefTest {

    @Inject
    EntityManager em;

    static String actiefGewijzigd(String type, String veld, UUID partnerId, String code) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service","type":"%s",
                 "time":"2026-12-01T10:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"partnerId":"%s","code":"%s","regio":"Achterhoek","%s":"2026-12-01T10:00:00Z"}}
                """.formatted(UUID.randomUUID(), type, partnerId, partnerId, code, veld);
    }

    @Test
    void een_gedeactiveerde_partner_wordt_geweigerd_en_na_activering_weer_toegelaten() {
        UUID partnerId = UUID.randomUUID();
        String code = "gemeente-a-" + partnerId.toString().substring(0, 8);
        TestKafka.send(PartnerEventsTest.TOPIC, partnerId.toString(),
                PartnerEventsTest.partnerGeregistreerd(UUID.randomUUID().toString(), partnerId, code, "Achterhoek"));
        await().atMost(Duration.ofSeconds(30)).until(() -> actief(partnerId) == Boolean.TRUE);
        UUID adviseurId = UUID.randomUUID();
        TestKafka.send(AdviseurEvents.TOPIC, adviseurId.toString(), AdviseurEvents.geregistreerd(adviseurId, code));
        String adviseur = Tokens.adviseur(code, adviseurId.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(adviseur).get("/api/v1/partners").then().statusCode(200));

        TestKafka.send(PartnerEventsTest.TOPIC, partnerId.toString(),
                actiefGewijzigd(PartnerActiefGewijzigdV1.GEDEACTIVEERD, "gedeactiveerdOp", partnerId, code));
        await().atMost(Duration.ofSeconds(30)).until(() -> actief(partnerId) == Boolean.FALSE);
        given().auth().oauth2(adviseur).get("/api/v1/partners").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));

        TestKafka.send(PartnerEventsTest.TOPIC, partnerId.toString(),
                actiefGewijzigd(PartnerActiefGewijzigdV1.GEACTIVEERD, "geactiveerdOp", partnerId, code));
        await().atMost(Duration.ofSeconds(30)).until(() -> actief(partnerId) == Boolean.TRUE);
        given().auth().oauth2(adviseur).get("/api/v1/partners").then().statusCode(200);
    }

    private Boolean actief(UUID partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select p.actief from PartnerRegio p where p.partnerId = :id", Boolean.class).setParameter("id", partnerId)
                .getResultStream().findFirst().orElse(null));
    }
}
