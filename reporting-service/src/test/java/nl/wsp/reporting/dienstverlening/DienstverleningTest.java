package nl.wsp.reporting.dienstverlening;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.reporting.TestBellers;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

/**
 * Item 1 of the employer-services issue: the package delivered per period, region and sector, counted from the contact-moment
 * events of account-service over the real broker; aggregates only, and a rebuild gives the same numbers.
 */
@QuarkusTest
class DienstverleningTest {

    static String contactmoment(String regio, String datum, String sector, String diensten) {
        String werkgever = UUID.randomUUID().toString();
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service","type":"nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1",
                 "time":"%sT10:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"werkgeverId":"%s","contactmomentId":"%s","soort":"bezoek","datum":"%s","adviseurId":"%s","adviseurPartner":"uwv-amersfoort",
                         "vestigingsgemeente":"Soest","regio":"%s","accountmanagerGenotificeerd":false,"sector":"%s","diensten":%s,
                         "dienstencatalogusVersie":1}}
                """.formatted(UUID.randomUUID(), datum, werkgever, werkgever, UUID.randomUUID(), datum, UUID.randomUUID(), regio, sector,
                diensten);
    }

    static JsonPath rapport(String regio, int jaar, Integer kwartaal) {
        var verzoek = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", jaar);
        if (kwartaal != null) {
            verzoek = verzoek.queryParam("kwartaal", kwartaal);
        }
        return verzoek.get("/api/v1/rapportages/dienstverlening").then().statusCode(200).extract().jsonPath();
    }

    static int aantal(JsonPath rapport, String dienst, String sector) {
        Integer n = sector == null ? rapport.getInt("rijen.find { it.dienst == '" + dienst + "' }.aantal")
                : rapport.get("rijen.find { it.dienst == '" + dienst + "' }.perSector.find { it.sector == '" + sector + "' }.aantal");
        return n == null ? 0 : n;
    }

    static void zelfdeGetallen(JsonPath jaar, JsonPath k1) {
        assertThat(aantal(jaar, "jobcarving", null)).isEqualTo(3);
        assertThat(aantal(jaar, "jobcarving", "zorg")).isEqualTo(2);
        assertThat(aantal(jaar, "jobcarving", "techniek")).isEqualTo(1);
        assertThat(aantal(jaar, "arbeidsmarktinformatie", "zorg")).isEqualTo(1);
        assertThat(aantal(jaar, "werving-en-selectie", null)).isEqualTo(1);
        assertThat(aantal(jaar, "inclusieve-arbeidsanalyse", null)).isZero();
        assertThat(aantal(k1, "jobcarving", null)).isEqualTo(2);
        assertThat(aantal(k1, "werving-en-selectie", null)).isZero();
    }

    @Test
    void het_geleverde_basispakket_telt_per_dienst_en_sector_een_dubbel_event_een_keer_en_een_herbouw_geeft_dezelfde_getallen() {
        String regio = TestRegio.nieuw();
        String dubbel = contactmoment(regio, "2034-02-10", "zorg", "[\"jobcarving\",\"arbeidsmarktinformatie\"]");
        String werkgever = UUID.randomUUID().toString();
        TestKafka.send("wsp.account.werkgevers", werkgever, dubbel);
        TestKafka.send("wsp.account.werkgevers", werkgever, dubbel); // delivered twice: counts once
        TestKafka.send("wsp.account.werkgevers", werkgever, contactmoment(regio, "2034-03-31", "zorg", "[\"jobcarving\"]"));
        TestKafka.send("wsp.account.werkgevers", werkgever, contactmoment(regio, "2034-05-02", "techniek", "[\"jobcarving\",\"werving-en-selectie\"]"));
        TestKafka.send("wsp.account.werkgevers", werkgever, contactmoment(regio, "2034-05-03", "techniek", "[]"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> zelfdeGetallen(rapport(regio, 2034, null), rapport(regio, 2034, 1)));
        JsonPath jaar = rapport(regio, 2034, null);
        assertThat(jaar.getList("rijen.dienst")).startsWith("voordragen-kandidaten", "nazorg", "voorlichting-instrumenten");
        assertThat(jaar.getString("rijen.find { it.dienst == 'jobcarving' }.bron")).isEqualTo("002");
        assertThat(jaar.getBoolean("rijen.find { it.dienst == 'arbeidsmarktinformatie' }.basispakket")).isTrue();
        assertThat(jaar.getInt("catalogusversie")).isEqualTo(1);

        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(5))
                .untilAsserted(() -> zelfdeGetallen(rapport(regio, 2034, null), rapport(regio, 2034, 1)));
    }

    @Test
    void zonder_regio_of_met_een_onjuiste_periode_is_het_400_met_het_veld_en_een_adviseur_ziet_het_niet() {
        given().auth().oauth2(Tokens.dashboard()).queryParam("jaar", 2034).get("/api/v1/rapportages/dienstverlening")
                .then().statusCode(400).body("invalidParams.name", contains("regio"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Amersfoort").queryParam("jaar", 2034).queryParam("kwartaal", 5)
                .get("/api/v1/rapportages/dienstverlening").then().statusCode(400).body("invalidParams.name", contains("kwartaal"));
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort"))
                .queryParam("regio", "Amersfoort").queryParam("jaar", 2034).get("/api/v1/rapportages/dienstverlening")
                .then().statusCode(403);
    }
}
