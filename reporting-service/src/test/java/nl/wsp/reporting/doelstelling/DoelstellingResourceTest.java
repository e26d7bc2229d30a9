package nl.wsp.reporting.doelstelling;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.wsp.reporting.TestRegio;
import nl.wsp.reporting.TestBellers;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class DoelstellingResourceTest {

    static final Path DATA = Path.of("../data/figures");

    static Map<String, Object> doel(String regio, String doelgroep, List<String> gemeenten, int aantal) {
        Map<String, Object> body = new HashMap<>();
        body.put("regio", regio);
        body.put("jaar", 2019);
        body.put("soort", "plaatsingen");
        body.put("doelgroep", doelgroep);
        body.put("gemeenten", gemeenten);
        body.put("aantal", aantal);
        return body;
    }

    static ValidatableResponse post(String pad, Object body) {
        return given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(body)
                .when().post(pad).then();
    }

    static int aantalDoelstellingen(String regio) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("limiet", 200)
                .when().get("/api/v1/doelstellingen").then().statusCode(200).extract().path("resultaten.size()");
    }

    @Test
    void een_beheerder_legt_een_doelstelling_voor_een_gemeentegroep_vast() {
        String regio = TestRegio.nieuw();
        String locatie = post("/api/v1/doelstellingen", doel(regio, "bijstand", List.of("Leusden", "Amersfoort"), 180))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/doelstellingen/"))
                .body("id", notNullValue())
                .body("gemeenten", equalTo(List.of("Amersfoort", "Leusden")))
                .body("aantal", equalTo(180))
                .extract().header("Location").replaceFirst("^https?://[^/]+", "");
        given().auth().oauth2(Tokens.dashboard()).when().get(locatie).then().statusCode(200).body("doelgroep", equalTo("bijstand"));
    }

    @Test
    void een_onbekende_gemeente_is_400_en_verandert_niets() {
        String regio = TestRegio.nieuw();
        post("/api/v1/doelstellingen", doel(regio, "bijstand", List.of("Amersfoort", "Utrecht"), 10))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:ongeldige-invoer"))
                .body("invalidParams[0].name", equalTo("gemeenten[1]"));
        assertGeen(regio);
    }

    @Test
    void een_onbekende_doelgroep_is_400() {
        String regio = TestRegio.nieuw();
        post("/api/v1/doelstellingen", doel(regio, "studenten", List.of("Amersfoort"), 10))
                .statusCode(400).body("invalidParams[0].name", equalTo("doelgroep"));
        assertGeen(regio);
    }

    @Test
    void een_negatief_doel_is_400() {
        String regio = TestRegio.nieuw();
        post("/api/v1/doelstellingen", doel(regio, "nug", List.of("Amersfoort"), -1))
                .statusCode(400).body("invalidParams[0].name", equalTo("aantal"));
        assertGeen(regio);
    }

    @Test
    void een_onbekende_regio_is_400() {
        post("/api/v1/doelstellingen", doel("Atlantis", "nug", List.of("Amersfoort"), 1))
                .statusCode(400).body("invalidParams[0].name", equalTo("regio"));
    }

    @Test
    void een_overlappende_doelstelling_is_409_en_noemt_de_bestaande() {
        String regio = TestRegio.nieuw();
        String bestaand = post("/api/v1/doelstellingen", doel(regio, "nug", List.of("Amersfoort", "Leusden"), 40))
                .statusCode(201).extract().path("id");
        post("/api/v1/doelstellingen", doel(regio, "nug", List.of("Leusden"), 5))
                .statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:doelstelling-overlapt"))
                .body("bestaandeDoelstelling", equalTo("/api/v1/doelstellingen/" + bestaand));
        // 'alle' overlaps every target group of the same municipalities
        post("/api/v1/doelstellingen", doel(regio, "alle", List.of("Amersfoort"), 100)).statusCode(409);
        // another target group, or another municipality, does not overlap
        post("/api/v1/doelstellingen", doel(regio, "bijstand", List.of("Leusden"), 5)).statusCode(201);
        post("/api/v1/doelstellingen", doel(regio, "nug", List.of("Nijkerk"), 4)).statusCode(201);
        org.assertj.core.api.Assertions.assertThat(aantalDoelstellingen(regio)).isEqualTo(3);
    }

    @Test
    void een_doelstelling_geldt_voor_een_partner_of_voor_gemeenten_niet_beide() {
        String regio = TestRegio.nieuw();
        TestRegio.partner("gemeente-amersfoort", regio);
        Map<String, Object> body = doel(regio, "alle", List.of("Amersfoort"), 10);
        body.put("partner", "gemeente-amersfoort");
        post("/api/v1/doelstellingen", body).statusCode(400).body("invalidParams[0].name", equalTo("gemeenten"));
        body.remove("gemeenten");
        post("/api/v1/doelstellingen", body).statusCode(201).body("partner", equalTo("gemeente-amersfoort"));
        post("/api/v1/doelstellingen", body).statusCode(409);
    }

    @Test
    void een_doelstelling_voor_een_onbekende_partner_of_een_partner_van_een_andere_regio_is_400_en_verandert_niets() {
        String regio = TestRegio.nieuw();
        String andereRegio = TestRegio.nieuw();
        TestRegio.partner("gemeente-elders", andereRegio);
        for (String partner : List.of("gemeente-atlantis", "gemeente-elders")) {
            Map<String, Object> body = doel(regio, "alle", List.of(), 10);
            body.remove("gemeenten");
            body.put("partner", partner);
            post("/api/v1/doelstellingen", body).statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("partner"));
        }
        org.assertj.core.api.Assertions.assertThat(aantalDoelstellingen(regio)).isZero();
    }

    @Test
    void een_doel_of_jaar_met_een_breuk_is_400_en_wordt_niet_afgerond() {
        String regio = TestRegio.nieuw();
        Map<String, Object> body = doel(regio, "alle", List.of("Amersfoort"), 10);
        body.put("aantal", 1.5);
        post("/api/v1/doelstellingen", body).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("aantal"));
        body.put("aantal", 10);
        body.put("jaar", 2019.5);
        post("/api/v1/doelstellingen", body).statusCode(400).body("invalidParams[0].name", equalTo("jaar"));
        body.put("jaar", 2147483648L);
        post("/api/v1/doelstellingen", body).statusCode(400).body("invalidParams[0].name", equalTo("jaar"));
        org.assertj.core.api.Assertions.assertThat(aantalDoelstellingen(regio)).isZero();
    }

    @Test
    void de_doelstellingen_2019_van_amersfoort_worden_uit_de_csv_geimporteerd() throws IOException {
        String regio = TestRegio.nieuw();
        String csv = Files.readString(DATA.resolve("wsp-targets-2019-amersfoort.csv"));
        post("/api/v1/doelstellingen/import", Map.of("regio", regio, "soort", "plaatsingen", "csv", csv))
                .statusCode(201)
                .body("aantal", equalTo(15))
                .body("doelstellingen.find { it.doelgroep == 'wajong' }.gemeenten", hasSize(7))
                .body("doelstellingen.find { it.doelgroep == 'wajong' }.aantal", equalTo(35))
                .body("doelstellingen.find { it.doelgroep == 'bijstand' && it.aantal == 180 }.gemeenten",
                        containsInAnyOrder("Amersfoort", "Leusden"))
                .body("doelstellingen.find { it.doelgroep == 'bijstand-nug-met-beperking' && it.aantal == 15 }.gemeenten",
                        containsInAnyOrder("Baarn", "Bunschoten", "Soest"))
                .body("doelstellingen[0].jaar", equalTo(2019));
        // the same file again overlaps everything: 409, and nothing is added
        post("/api/v1/doelstellingen/import", Map.of("regio", regio, "soort", "plaatsingen", "csv", csv)).statusCode(409);
        org.assertj.core.api.Assertions.assertThat(aantalDoelstellingen(regio)).isEqualTo(15);
    }

    @Test
    void een_fout_in_een_regel_van_de_csv_noemt_de_regel_en_importeert_niets() {
        String regio = TestRegio.nieuw();
        String csv = "placement_kind,municipalities,target_2019\nWajong,region,35\nBijstand,Amersfoort+Utrecht,10\n";
        post("/api/v1/doelstellingen/import", Map.of("regio", regio, "soort", "plaatsingen", "csv", csv))
                .statusCode(400).body("invalidParams[0].name", equalTo("csv[3].gemeenten[1]"));
        post("/api/v1/doelstellingen/import", Map.of("regio", regio, "soort", "plaatsingen",
                "csv", "placement_kind,municipalities,target_2019\nWajong,region,-3\n"))
                .statusCode(400).body("invalidParams[0].name", equalTo("csv[2].target_2019"));
        post("/api/v1/doelstellingen/import", Map.of("regio", regio, "soort", "plaatsingen",
                "csv", "placement_kind,municipalities,target_2019\nStudenten,region,3\n"))
                .statusCode(400).body("invalidParams[0].name", equalTo("csv[2].placement_kind"));
        assertGeen(regio);
    }

    @Test
    void de_banenafspraakdoelen_per_gemeente_per_jaar_worden_geimporteerd() throws IOException {
        String regio = TestRegio.nieuw();
        post("/api/v1/doelstellingen/import", Map.of("regio", regio, "soort", "banenafspraak-markt",
                "csv", Files.readString(DATA.resolve("banenafspraak-targets-market-amersfoort.csv"))))
                .statusCode(201).body("aantal", equalTo(7 * 12));
        post("/api/v1/doelstellingen/import", Map.of("regio", regio, "soort", "banenafspraak-overheid",
                "csv", Files.readString(DATA.resolve("banenafspraak-targets-government-amersfoort.csv"))))
                .statusCode(201).body("aantal", equalTo(7 * 10));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2019).queryParam("soort", "banenafspraak-markt")
                .when().get("/api/v1/doelstellingen")
                .then().statusCode(200)
                .body("resultaten", hasSize(7))
                .body("resultaten.find { it.gemeenten[0] == 'Amersfoort' }.aantal", equalTo(82));
    }

    @Test
    void gemeentelijke_doelen_worden_afgeleid_uit_het_landelijke_doel_en_het_aandeel_van_de_regio() {
        String regio = TestRegio.nieuw();
        Map<String, Object> aandelen = new java.util.LinkedHashMap<>();
        aandelen.put("Amersfoort", 48.8);
        aandelen.put("Baarn", 6.1);
        aandelen.put("Bunschoten", 5.5);
        aandelen.put("Leusden", 9.2);
        aandelen.put("Nijkerk", 12.5);
        aandelen.put("Soest", 14.0);
        aandelen.put("Woudenberg", 3.9);
        post("/api/v1/doelstellingen/afleiden", Map.of("regio", regio, "jaar", 2019, "soort", "banenafspraak-markt",
                "landelijkDoel", 9000, "regioAandeelProcent", 1.86, "gemeenteAandelen", aandelen))
                .statusCode(201)
                .body("regioDoel", equalTo(167))
                .body("doelstellingen", hasSize(7))
                .body("doelstellingen.aantal.sum()", equalTo(167));
        aandelen.put("Woudenberg", 10);
        post("/api/v1/doelstellingen/afleiden", Map.of("regio", regio, "jaar", 2020, "soort", "banenafspraak-markt",
                "landelijkDoel", 10000, "regioAandeelProcent", 1.86, "gemeenteAandelen", aandelen))
                .statusCode(400).body("invalidParams[0].name", equalTo("gemeenteAandelen"));
    }

    @Test
    void een_beheerder_wijzigt_en_verwijdert_een_doelstelling() {
        String regio = TestRegio.nieuw();
        String id = post("/api/v1/doelstellingen", doel(regio, "ww", List.of("Soest"), 10)).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(doel(regio, "ww", List.of("Soest"), 12))
                .when().put("/api/v1/doelstellingen/" + id).then().statusCode(200).body("aantal", equalTo(12));
        given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(doel(regio, "ww", List.of("Soest"), -12))
                .when().put("/api/v1/doelstellingen/" + id).then().statusCode(400);
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/doelstellingen/" + id).then().body("aantal", equalTo(12));
        given().auth().oauth2(Tokens.beheerder()).when().delete("/api/v1/doelstellingen/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/doelstellingen/" + id).then().statusCode(404);
    }

    @Test
    void de_lijst_pagineert_met_een_cursor() {
        String regio = TestRegio.nieuw();
        for (String gemeente : TestRegio.GEMEENTEN) {
            post("/api/v1/doelstellingen", doel(regio, "ww", List.of(gemeente), 1)).statusCode(201);
        }
        String cursor = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("limiet", 5)
                .when().get("/api/v1/doelstellingen").then().statusCode(200).body("resultaten", hasSize(5))
                .extract().path("volgendeCursor");
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("limiet", 5).queryParam("cursor", cursor)
                .when().get("/api/v1/doelstellingen").then().statusCode(200).body("resultaten", hasSize(2))
                .body("volgendeCursor", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(Tokens.dashboard()).queryParam("cursor", "kapot!").when().get("/api/v1/doelstellingen")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
    }

    @Test
    void alleen_de_beheerder_wijzigt_doelstellingen_en_adviseurs_en_partnersystemen_zien_ze_niet() {
        String regio = TestRegio.nieuw();
        for (String token : List.of(Tokens.dashboard(), TestBellers.adviseur("gemeente-amersfoort"), TestBellers.partnersysteem("gemeente-amersfoort"))) {
            given().auth().oauth2(token).contentType("application/json").body(doel(regio, "ww", List.of("Soest"), 1))
                    .when().post("/api/v1/doelstellingen").then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json").body(Map.of("regio", regio, "soort", "plaatsingen", "csv", "a,b"))
                    .when().post("/api/v1/doelstellingen/import").then().statusCode(403);
            given().auth().oauth2(token).when().delete("/api/v1/doelstellingen/" + java.util.UUID.randomUUID()).then().statusCode(403);
        }
        for (String token : List.of(TestBellers.adviseur("gemeente-amersfoort"), TestBellers.partnersysteem("gemeente-amersfoort"))) {
            given().auth().oauth2(token).when().get("/api/v1/doelstellingen").then().statusCode(403);
        }
        given().when().get("/api/v1/doelstellingen").then().statusCode(401);
        assertGeen(regio);
    }

    static void assertGeen(String regio) {
        org.assertj.core.api.Assertions.assertThat(aantalDoelstellingen(regio)).isZero();
    }
}
