package nl.wsp.reporting.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.response.Response;
import nl.wsp.testsupport.AdviseurEvents;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 item 1 in reporting-service, exactly as in account, vacancy and matching: an adviser is its token's
 * {@code sub}, an adviser id of account-service, and it must be an adviser of the token's partner, else 403 problem JSON
 * on every operation. This service learns the advisers from account-service's adviser events, here on the real broker in
 * the shape account-service's outbox relay publishes them.
 */
@QuarkusTest
class AdviseurTokenTest {

    @Inject
    EntityManager em;

    @Test
    void een_adviseurtoken_van_partner_p_met_een_onbekende_sub_of_die_van_een_adviseur_van_een_andere_partner_is_403_en_de_bekende_adviseur_200() {
        String p = partner();
        String q = partner();
        UUID adviseurVanP = UUID.randomUUID();
        UUID adviseurVanQ = UUID.randomUUID();
        String tokenVanP = Tokens.adviseur(p, adviseurVanP.toString());
        weigert(given().auth().oauth2(tokenVanP).get("/api/v1/partners")); // not yet learnt: unknown

        TestKafka.send(AdviseurEvents.TOPIC, adviseurVanQ.toString(), AdviseurEvents.geregistreerd(adviseurVanQ, q));
        String event = AdviseurEvents.geregistreerd(adviseurVanP, p);
        TestKafka.send(AdviseurEvents.TOPIC, adviseurVanP.toString(), event);
        TestKafka.send(AdviseurEvents.TOPIC, adviseurVanP.toString(), event); // delivered twice: one adviser
        await().atMost(Duration.ofSeconds(30)).until(() -> aantal(adviseurVanP) == 1 && aantal(adviseurVanQ) == 1);

        given().auth().oauth2(tokenVanP).get("/api/v1/partners").then().statusCode(200);
        given().auth().oauth2(Tokens.adviseur(q, adviseurVanQ.toString())).get("/api/v1/partners").then().statusCode(200);
        for (String sub : new String[] {UUID.randomUUID().toString(), adviseurVanQ.toString(), "adviseur@" + p, "a.bos@amersfoort.nl",
                adviseurVanP.toString().toUpperCase()}) {
            weigert(given().auth().oauth2(Tokens.adviseur(p, sub)).get("/api/v1/partners"));
        }
        weigert(given().auth().oauth2(Tokens.adviseur(q, adviseurVanP.toString())).get("/api/v1/partners"));
        assertThat(aantal(adviseurVanP)).isEqualTo(1);
    }

    @Test
    void een_adviseur_die_account_opnieuw_registreert_bij_een_andere_partner_werkt_voortaan_alleen_voor_die() {
        String p = partner();
        String q = partner();
        UUID adviseur = UUID.randomUUID();
        TestKafka.send(AdviseurEvents.TOPIC, adviseur.toString(), AdviseurEvents.geregistreerd(adviseur, p));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.adviseur(p, adviseur.toString())).get("/api/v1/partners").then().statusCode(200));

        TestKafka.send(AdviseurEvents.TOPIC, adviseur.toString(), AdviseurEvents.geregistreerd(adviseur, q));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.adviseur(q, adviseur.toString())).get("/api/v1/partners").then().statusCode(200));
        weigert(given().auth().oauth2(Tokens.adviseur(p, adviseur.toString())).get("/api/v1/partners"));
    }

    /** A fresh partner of Achterhoek, from account-service's partner event over the broker. */
    private String partner() {
        UUID partnerId = UUID.randomUUID();
        String code = "gemeente-adv-" + partnerId.toString().substring(0, 8);
        TestKafka.send(PartnerEventsTest.TOPIC, partnerId.toString(),
                PartnerEventsTest.partnerGeregistreerd(UUID.randomUUID().toString(), partnerId, code, "Achterhoek"));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM partner WHERE code = ?1").setParameter(1, code).getSingleResult()).longValue()) == 1);
        return code;
    }

    private long aantal(UUID adviseur) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM adviseur WHERE id = ?1")
                .setParameter(1, adviseur).getSingleResult()).longValue());
    }

    private static void weigert(Response antwoord) {
        antwoord.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));
    }
}
