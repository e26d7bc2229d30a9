package nl.wsp.account.nps;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class NpsMetingTest {

    @Inject
    EntityManager em;

    private static io.restassured.response.ValidatableResponse respons(String werkgever, String ronde, Object score) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"meetronde\": \"" + ronde + "\", \"score\": " + score + "}")
                .when().post("/api/v1/nps-metingen").then();
    }

    @Test
    void nps_per_ronde_per_partner_en_per_accountmanager_volgens_het_uitgewerkte_voorbeeld() {
        // a round of its own: no other test writes in it
        String ronde = (2100 + ThreadLocalRandom.current().nextInt(800)) + "-2";
        String p1 = Testdata.partner();
        String p2 = Testdata.partner();
        Testdata.Adviseur a = Testdata.adviseur(p1);
        Testdata.Adviseur b = Testdata.adviseur(p2);
        // a: 10, 9, 9, 6 → 3 promoters, 1 detractor of 4 → 50.0; b: 8, 3, 10 → 1 promoter, 1 detractor of 3 → 0.0
        // total: 7 answers, 4 promoters, 2 detractors → (4 − 2) / 7 = 28.6
        int[] scoresA = {10, 9, 9, 6};
        int[] scoresB = {8, 3, 10};
        for (int s : scoresA) {
            respons(Testdata.werkgever("NPS A " + s, "bouw", 30, a.id()), ronde, s).statusCode(201);
        }
        String laatste = null;
        for (int s : scoresB) {
            laatste = Testdata.werkgever("NPS B " + s, "bouw", 30, b.id());
            respons(laatste, ronde, s).statusCode(201).body("partner", equalTo(p2)).body("accountmanagerId", equalTo(b.id()));
        }

        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/nps-metingen/uitslag?meetronde=" + ronde)
                .then().statusCode(200)
                .body("totaal.aantal", equalTo(7))
                .body("totaal.promotors", equalTo(4))
                .body("totaal.criticasters", equalTo(2))
                .body("totaal.nps", equalTo(28.6f))
                .body("perPartner.find { it.partner == '" + p1 + "' }.nps.nps", equalTo(50.0f))
                .body("perPartner.find { it.partner == '" + p2 + "' }.nps.nps", equalTo(0.0f))
                .body("perAccountmanager.find { it.accountmanagerId == '" + a.id() + "' }.nps.aantal", equalTo(4))
                .body("perAccountmanager.find { it.accountmanagerId == '" + b.id() + "' }.nps.nps", equalTo(0.0f));

        String werkgever = laatste;
        respons(werkgever, ronde, 9).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:nps-respons-bestaat"));
        var events = TestKafka.readUntil(NpsResponsGeregistreerd.TOPIC,
                r -> r.value().contains(werkgever) && r.value().contains(ronde), Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        // the employer's sector at the time of answering, for a sector plan's NPS (docs/adr/0039)
        assertThat(events.get(0).value()).contains("\"sector\":\"bouw\"");
    }

    @Test
    void een_score_buiten_0_tot_10_of_een_verkeerde_meetronde_is_400_bij_naam_en_slaat_niets_op() {
        String werkgever = Testdata.werkgever("Scorebord BV", "sport", 12, null);
        long voor = aantal();
        respons(werkgever, "2026-1", 11).statusCode(400).body("invalidParams.name", contains("score"));
        respons(werkgever, "2026-1", -1).statusCode(400).body("invalidParams.name", contains("score"));
        respons(werkgever, "2026-1", "\"tien\"").statusCode(400).body("invalidParams.name", contains("score"));
        respons(werkgever, "2026-3", 8).statusCode(400).body("invalidParams.name", contains("meetronde"));
        assertThat(aantal()).isEqualTo(voor);
        given().auth().oauth2(Tokens.partnersysteem("gemeente-amersfoort")).get("/api/v1/nps-metingen/uitslag?meetronde=2026-1")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/nps-metingen/uitslag")
                .then().statusCode(400).body("invalidParams.name", contains("meetronde"));
    }

    private long aantal() {
        return (Long) em.createQuery("select count(r) from NpsRespons r").getSingleResult();
    }
}
