package nl.wsp.matching.toegang;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.TestBellers;
import nl.wsp.matching.TestPartners;
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
 * Issue 13 item 1 in matching-service, as in account and vacancy: a token whose partner this service does not know, or
 * an adviser token whose {@code sub} is not an adviser of its partner, is 403 problem JSON on every operation, and
 * changes nothing. The advisers come from account-service's adviser events ({@code wsp.account.adviseurs}).
 */
@QuarkusTest
class BellerTest {

    @Inject
    EntityManager em;

    @Test
    void een_token_van_een_onbekende_partner_is_403_ook_voor_een_partnersysteem_en_legt_niets_vast() {
        String onbekend = "gemeente-onbekend-" + UUID.randomUUID().toString().substring(0, 6);
        weigert(given().auth().oauth2(Tokens.adviseur(onbekend, UUID.randomUUID().toString())).get("/api/v1/voordrachten"));
        long voor = aantal("SELECT count(*) FROM kandidaat");
        weigert(given().auth().oauth2(Tokens.partnersysteem(onbekend)).contentType(ContentType.JSON)
                .body("{\"kandidaten\": []}").post("/api/v1/kandidaten"));
        weigert(given().auth().oauth2(Tokens.partnersysteem(onbekend)).get("/api/v1/kandidaten/wijzigingen"));
        assertThat(aantal("SELECT count(*) FROM kandidaat")).isEqualTo(voor);
    }

    @Test
    void een_adviseurtoken_waarvan_sub_geen_adviseur_is_is_403() {
        String partner = "gemeente-sub-" + UUID.randomUUID().toString().substring(0, 6);
        TestPartners.bekend(em, partner, "Amersfoort");
        for (String sub : new String[]{"a.bos@amersfoort.nl", UUID.randomUUID().toString(), "adviseur@" + partner}) {
            weigert(given().auth().oauth2(Tokens.adviseur(partner, sub)).get("/api/v1/voordrachten"));
        }
        given().auth().oauth2(TestBellers.adviseur(partner)).get("/api/v1/voordrachten").then().statusCode(200);
    }

    @Test
    void een_adviseur_van_een_andere_partner_met_het_partnerclaim_van_deze_is_403() {
        String eigen = "gemeente-eigen-" + UUID.randomUUID().toString().substring(0, 6);
        String ander = "gemeente-ander-" + UUID.randomUUID().toString().substring(0, 6);
        TestBellers.adviseur(ander);
        TestPartners.bekend(em, eigen, "Amersfoort");
        weigert(given().auth().oauth2(Tokens.adviseur(eigen, TestBellers.adviseurId(ander).toString())).get("/api/v1/voordrachten"));
    }

    @Test
    void een_adviseur_uit_de_adviseur_events_van_account_wordt_toegelaten_ook_als_het_event_twee_keer_komt() {
        String partner = "gemeente-event-" + UUID.randomUUID().toString().substring(0, 6);
        TestPartners.bekend(em, partner, "Amersfoort");
        UUID adviseur = UUID.randomUUID();
        String token = Tokens.adviseur(partner, adviseur.toString());
        weigert(given().auth().oauth2(token).get("/api/v1/voordrachten"));

        String event = """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service",
                 "type":"nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1","time":"2026-11-22T10:00:00Z","subject":"%s",
                 "datacontenttype":"application/json",
                 "data":{"adviseurId":"%s","partner":"%s","naam":"Adviseur","regio":"Amersfoort"}}
                """.formatted(UUID.randomUUID(), adviseur, adviseur, partner);
        TestKafka.send("wsp.account.adviseurs", adviseur.toString(), event);
        TestKafka.send("wsp.account.adviseurs", adviseur.toString(), event);
        await().atMost(Duration.ofSeconds(60)).until(() -> aantal("SELECT count(*) FROM adviseur WHERE id = '" + adviseur + "'") == 1);

        given().auth().oauth2(token).get("/api/v1/voordrachten").then().statusCode(200);
        assertThat(aantal("SELECT count(*) FROM adviseur WHERE id = '" + adviseur + "'")).isEqualTo(1);
    }

    private static void weigert(io.restassured.response.Response antwoord) {
        antwoord.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));
    }

    private long aantal(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
