package nl.wsp.reporting.realisatie;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.reporting.TestRegio;
import nl.wsp.reporting.TestBellers;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** Who may see which report, the CSV form of every table, and the refusals of bad filters. */
@QuarkusTest
class RapportageResourceTest {

    static final List<String> TABELLEN = List.of(
            "/api/v1/rapportages/plaatsingen?jaar=2019",
            "/api/v1/rapportages/plaatsingen?jaar=2019&kwartaal=1",
            "/api/v1/rapportages/plaatsingen?jaar=2019&maand=3",
            "/api/v1/rapportages/plaatsingen/per-periode?jaar=2019&periode=kwartaal",
            "/api/v1/rapportages/plaatsingen/per-periode?jaar=2019&periode=maand",
            "/api/v1/rapportages/realisatie?jaar=2019",
            "/api/v1/rapportages/banenafspraak?totJaar=2019",
            "/api/v1/rapportages/stuurgroep?jaar=2019&kwartaal=2",
            "/api/v1/rapportages/duurzaamheid?jaar=2019",
            "/api/v1/rapportages/nps",
            "/api/v1/rapportages/contactverzoeken?jaar=2019",
            // issue 18 (reports)
            "/api/v1/rapportages/realisatie/per-periode?jaar=2019&periode=kwartaal",
            "/api/v1/rapportages/schadelastbeperking?jaar=2019");

    @Test
    void adviseurs_en_partnersystemen_zien_geen_rapportage_en_zonder_token_is_het_401() {
        String regio = TestRegio.nieuw();
        String adviseur = TestBellers.adviseur("gemeente-amersfoort"); // a real adviser of a known partner: refused for its role
        String systeem = TestBellers.partnersysteem("gemeente-amersfoort");
        for (String pad : TABELLEN) {
            String url = pad + (pad.contains("?") ? "&" : "?") + "regio=" + regio;
            given().auth().oauth2(adviseur).when().get(url).then().statusCode(403)
                    .body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));
            given().auth().oauth2(systeem).when().get(url).then().statusCode(403);
            given().when().get(url).then().statusCode(401);
            given().auth().oauth2(Tokens.dashboard()).when().get(url).then().statusCode(200).body("regio", equalTo(regio));
            given().auth().oauth2(Tokens.beheerder()).when().get(url).then().statusCode(200);
        }
    }

    @Test
    void alleen_de_beheerder_herbouwt() {
        for (String token : List.of(Tokens.dashboard(), TestBellers.adviseur("gemeente-amersfoort"), TestBellers.partnersysteem("uwv-amersfoort"))) {
            given().auth().oauth2(token).when().post("/api/v1/rapportages/herbouw").then().statusCode(403);
        }
        given().when().post("/api/v1/rapportages/herbouw").then().statusCode(401);
    }

    @Test
    void elke_tabel_is_ook_csv_met_accept_of_formaat() {
        String regio = TestRegio.nieuw();
        for (String pad : TABELLEN) {
            String url = pad + (pad.contains("?") ? "&" : "?") + "regio=" + regio;
            given().auth().oauth2(Tokens.dashboard()).accept("text/csv").when().get(url)
                    .then().statusCode(200).contentType(startsWith("text/csv"));
            given().auth().oauth2(Tokens.dashboard()).when().get(url + "&formaat=csv")
                    .then().statusCode(200).contentType(startsWith("text/csv"));
            given().auth().oauth2(Tokens.dashboard()).when().get(url)
                    .then().statusCode(200).contentType(startsWith("application/json"));
        }
        String csv = given().auth().oauth2(Tokens.dashboard()).accept("text/csv")
                .when().get("/api/v1/rapportages/plaatsingen?jaar=2019&regio=" + regio).then().extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv.split("\r\n")).hasSize(1 + 8 + 1)
                .startsWith("gemeente,total,WW,WW DSP,Wajong,WGA,Mogelijk Bijstand,Bijstand,NUG,Mogelijk Bijstand met IBA,Bijstand met IBA,"
                        + "NUG met IBA,WW/WGA met IBA,Onbekend met IBA,Onbekend,Overig");
    }

    @Test
    void verkeerde_filters_zijn_400_met_het_veld() {
        String regio = TestRegio.nieuw();
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/rapportages/plaatsingen?regio=" + regio)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("jaar"));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/rapportages/plaatsingen?jaar=2019")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("regio"));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/rapportages/plaatsingen?jaar=2019&regio=Atlantis")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("regio"));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/rapportages/plaatsingen?jaar=2019&kwartaal=5&regio=" + regio)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("kwartaal"));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/rapportages/plaatsingen?jaar=2019&kwartaal=1&maand=2&regio=" + regio)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("maand"));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/rapportages/plaatsingen?jaar=twee&regio=" + regio)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("jaar"));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/doelstellingen?limiet=veel")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("limiet"));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/rapportages/plaatsingen/per-periode?jaar=2019&periode=week&regio=" + regio)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("periode"));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/rapportages/plaatsingen?jaar=2019&formaat=xml&regio=" + regio)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("formaat"));
    }

    @Test
    void de_35_regios_komen_uit_het_referentiebestand_en_niemand_voegt_er_een_toe() {
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/regios/Amersfoort").then().statusCode(200)
                .body("gemeenten", equalTo(TestRegio.GEMEENTEN));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/regios/Gooi en Vechtstreek").then().statusCode(200)
                .body("gemeenten", equalTo(List.of("Blaricum", "Eemnes", "Gooise Meren", "Hilversum", "Huizen", "Laren (NH.)", "Wijdemeren")));
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/regios/Regio Zwolle").then().statusCode(200)
                .body("gemeenten", hasItem("Zwolle"));
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/regios").then().statusCode(200)
                .body("naam", hasItems("Achterhoek", "Zeeland", "Midden-Limburg", "Midden-Brabant"));
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort")).when().get("/api/v1/regios").then().statusCode(403);
        given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body("{\"gemeenten\":[\"X\"]}")
                .when().put("/api/v1/regios/Nergens").then().statusCode(405);
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/regios/Nergens").then().statusCode(404);
    }
}
