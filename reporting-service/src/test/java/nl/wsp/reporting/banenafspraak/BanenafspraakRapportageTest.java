package nl.wsp.reporting.banenafspraak;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The rules of the Banenafspraak report per quarter and sector (docs/adr/0045), from placement events on the real broker. */
@QuarkusTest
class BanenafspraakRapportageTest {

    static final List<String> BANENAFSPRAAK = List.of("wajong", "banenafspraak");

    @Test
    void een_beeindigde_banenafspraakbaan_telt_als_verlies_in_haar_kwartaal() throws Exception {
        String regio = TestRegio.nieuw();
        Banenafspraakevents events = new Banenafspraakevents();
        LocalDate start = LocalDate.of(2019, 2, 1);
        UUID baan = events.gerealiseerd(regio, BANENAFSPRAAK, "markt", start);
        events.beeindigd(baan, regio, BANENAFSPRAAK, "markt", start, LocalDate.of(2019, 8, 15));
        // another target group's placement and its end are no Banenafspraak job
        LocalDate andereStart = LocalDate.of(2019, 2, 4);
        UUID ander = events.gerealiseerd(regio, List.of("ww"), null, andereStart);
        events.beeindigd(ander, regio, List.of("ww"), null, andereStart, LocalDate.of(2019, 8, 20));
        events.verstuur();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(regel(rapport(regio), "2019-K3", "markt").getInt("verloren")).isEqualTo(1));
        JsonPath r = rapport(regio);
        assertThat(regel(r, "2019-K1", "markt").getInt("gewonnen")).isEqualTo(1);
        assertThat(regel(r, "2019-K1", "markt").getInt("verloren")).isZero();
        assertThat(regel(r, "2019-K2", "markt").getInt("netto")).isZero();
        assertThat(regel(r, "2019-K3", "markt").getInt("gewonnen")).isZero();
        assertThat(regel(r, "2019-K3", "markt").getInt("netto")).isEqualTo(-1);
        assertThat(regel(r, "2019-K3", "markt").getInt("extraTovNulmeting")).isZero();
        assertThat(regel(r, "2019-K3", "totaal").getInt("verloren")).isEqualTo(1);
        assertThat(regel(r, "2019-K1", "totaal").getInt("gewonnen")).isEqualTo(1);
        // no baseline: the extra jobs count from the first job, and there is no level
        assertThat(regel(r, "2019-K1", "markt").getInt("extraTovNulmeting")).isEqualTo(1);
        assertThat((Object) regel(r, "2019-K1", "markt").get("niveau")).isNull();
    }

    @Test
    void het_niveau_is_de_nulmeting_plus_de_netto_banen_van_de_kwartalen_erna() throws Exception {
        String regio = TestRegio.nieuw();
        nulmeting("overheid", regio, "2018-12-31", 40).statusCode(200).body("aantal", equalTo(40)).body("sector", equalTo("overheid"));
        Banenafspraakevents events = new Banenafspraakevents();
        events.gerealiseerd(regio, BANENAFSPRAAK, "overheid", LocalDate.of(2018, 11, 5)); // in the baseline's quarter: in its count
        events.gerealiseerd(regio, BANENAFSPRAAK, "overheid", LocalDate.of(2019, 1, 7));
        LocalDate start = LocalDate.of(2019, 3, 4);
        UUID verloren = events.gerealiseerd(regio, BANENAFSPRAAK, "overheid", start);
        events.beeindigd(verloren, regio, BANENAFSPRAAK, "overheid", start, LocalDate.of(2019, 5, 31));
        events.verstuur();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(regel(rapport(regio), "2019-K2", "overheid").getInt("verloren")).isEqualTo(1));
        JsonPath r = rapport(regio);
        assertThat(regel(r, "2018-K4", "overheid").getInt("gewonnen")).isEqualTo(1);
        assertThat((Object) regel(r, "2018-K4", "overheid").get("extraTovNulmeting")).isNull();
        assertThat((Object) regel(r, "2018-K4", "overheid").get("niveau")).isNull();
        assertThat(regel(r, "2019-K1", "overheid").getInt("extraTovNulmeting")).isEqualTo(2);
        assertThat(regel(r, "2019-K1", "overheid").getInt("niveau")).isEqualTo(42);
        assertThat(regel(r, "2019-K2", "overheid").getInt("extraTovNulmeting")).isEqualTo(1);
        assertThat(regel(r, "2019-K2", "overheid").getInt("niveau")).isEqualTo(41);
        // the other sectors have no baseline: so neither has the total a level
        assertThat((Object) regel(r, "2019-K2", "markt").get("niveau")).isNull();
        assertThat((Object) regel(r, "2019-K2", "totaal").get("niveau")).isNull();
        assertThat(r.getList("nulmetingen")).hasSize(1);

        nulmeting("markt", regio, "2018-12-31", 100).statusCode(200);
        nulmeting("inleen-detachering", regio, "2018-12-31", 7).statusCode(200);
        assertThat(regel(rapport(regio), "2019-K2", "totaal").getInt("niveau")).isEqualTo(148);
    }

    @Test
    void banen_uit_events_zonder_sector_tellen_onder_onbekend() throws Exception {
        String regio = TestRegio.nieuw();
        Banenafspraakevents events = new Banenafspraakevents();
        events.gerealiseerd(regio, BANENAFSPRAAK, null, LocalDate.of(2020, 4, 6));
        events.verstuur();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(regel(rapport(regio), "2020-K2", "onbekend").getInt("gewonnen")).isEqualTo(1));
        assertThat(regel(rapport(regio), "2020-K2", "totaal").getInt("gewonnen")).isEqualTo(1);
        assertThat(regel(rapport(regio), "2020-K2", "markt").getInt("gewonnen")).isZero();
    }

    @Test
    void een_nulmeting_valt_op_het_einde_van_een_kwartaal_en_een_tweede_vervangt_de_eerste() {
        String regio = TestRegio.nieuw();
        nulmeting("markt", regio, "2012-12-30", 10).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("peildatum"));
        nulmeting("zorg", regio, "2012-12-31", 10).statusCode(400).body("invalidParams[0].name", equalTo("sector"));
        nulmeting("markt", regio, "2012-12-31", -1).statusCode(400).body("invalidParams[0].name", equalTo("aantal"));
        nulmeting("markt", "Nergens", "2012-12-31", 10).statusCode(400).body("invalidParams[0].name", equalTo("regio"));
        lijst(regio).body("nulmetingen", hasSize(0));

        nulmeting("markt", regio, "2012-12-31", 10).statusCode(200).body("peildatum", equalTo("2012-12-31"));
        nulmeting("markt", regio, "2013-03-31", 12).statusCode(200);
        lijst(regio).body("nulmetingen", hasSize(1)).body("nulmetingen[0].peildatum", equalTo("2013-03-31"))
                .body("nulmetingen[0].aantal", equalTo(12));

        // a beheerder of another region sets none here, and the dashboard none at all
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).contentType(ContentType.JSON)
                .body("{\"regio\": \"%s\", \"peildatum\": \"2012-12-31\", \"aantal\": 1}".formatted(regio))
                .when().put("/api/v1/banenafspraak-nulmetingen/overheid").then().statusCode(400).body("invalidParams[0].name", equalTo("regio"));
        given().auth().oauth2(Tokens.dashboard()).contentType(ContentType.JSON)
                .body("{\"regio\": \"%s\", \"peildatum\": \"2012-12-31\", \"aantal\": 1}".formatted(regio))
                .when().put("/api/v1/banenafspraak-nulmetingen/overheid").then().statusCode(403);
        lijst(regio).body("nulmetingen", hasSize(1));
    }

    @Test
    void het_rapport_is_ook_csv() throws Exception {
        String regio = TestRegio.nieuw();
        nulmeting("markt", regio, "2020-12-31", 5).statusCode(200);
        String csv = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("totJaar", 2021).queryParam("formaat", "csv")
                .when().get("/api/v1/rapportages/banenafspraak/per-sector").then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> regels = List.of(csv.split("\r\n"));
        assertThat(regels.get(0)).isEqualTo("kwartaal,sector,gewonnen,verloren,netto,extraTovNulmeting,niveau");
        assertThat(regels).contains("2021-K1,markt,0,0,0,0,5", "2021-K1,overheid,0,0,0,0,");
        assertThat(regels).hasSize(1 + 4 * 4);
    }

    static ValidatableResponse nulmeting(String sector, String regio, String peildatum, int aantal) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"%s\", \"peildatum\": \"%s\", \"aantal\": %d}".formatted(regio, peildatum, aantal))
                .when().put("/api/v1/banenafspraak-nulmetingen/{sector}", sector).then();
    }

    static ValidatableResponse lijst(String regio) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio)
                .when().get("/api/v1/banenafspraak-nulmetingen").then().statusCode(200);
    }

    static JsonPath rapport(String regio) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio)
                .when().get("/api/v1/rapportages/banenafspraak/per-sector").then().statusCode(200).extract().jsonPath();
    }

    /** The line of a sector (or "totaal") in a quarter. */
    static JsonPath regel(JsonPath rapport, String kwartaal, String sector) {
        String k = "kwartalen.find { it.kwartaal == '" + kwartaal + "' }";
        Object regel = "totaal".equals(sector) ? rapport.get(k + ".totaal") : rapport.get(k + ".sectoren.find { it.sector == '" + sector + "' }");
        assertThat(regel).as(kwartaal + " " + sector).isNotNull();
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(regel).toString());
    }
}
