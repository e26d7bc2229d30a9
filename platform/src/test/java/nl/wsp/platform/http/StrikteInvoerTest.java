package nl.wsp.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class StrikteInvoerTest {

    private static final String ADVISEUR = Tokens.adviseur("gemeente-amersfoort");

    @Test
    void een_juist_getypeerde_body_wordt_gelezen_en_een_geheel_getal_is_een_bedrag() {
        given().auth().oauth2(ADVISEUR).contentType(ContentType.JSON)
                .body("{\"naam\":\"a\\tb\",\"aantal\":3,\"datum\":\"2026-01-31\",\"actief\":true,\"bedrag\":1000,\"labels\":[\"x\"]}")
                .when().post("/api/v1/proeven")
                .then().statusCode(200)
                .body("aantal", equalTo(3)).body("bedrag", equalTo(1000)).body("naam", equalTo("a\tb"));
    }

    @ParameterizedTest(name = "{0} wordt niet omgezet maar geweigerd")
    @CsvSource(delimiter = '|', value = {
            "aantal | \"1\"",
            "aantal | 1.5",
            "aantal | true",
            "aantal | \"\"",
            "aantal | []",
            "bedrag | \"10\"",
            "datum  | 0",
            "datum  | \"\"",
            "actief | 0",
            "actief | \"true\"",
            "naam   | 1",
            "naam   | true",
            "naam   | []",
            "naam   | \"a\\u0000b\"",
            "naam   | \"a\\u001bb\"",
            "labels | \"x\"",
            "labels | [\"a\\u0000\"]",
    })
    void een_waarde_van_het_verkeerde_type_is_400_met_het_veld(String veld, String waarde) {
        given().auth().oauth2(ADVISEUR).contentType(ContentType.JSON)
                .body("{\"" + veld + "\":" + waarde + "}")
                .when().post("/api/v1/proeven")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(startsWith(veld)));
    }

    @ParameterizedTest(name = "{0} is 400 onleesbare-json")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{\"naam\": \"a\"", "{\"naam\":", "nee{", "{\"naam\" \"a\"}"})
    void afgebroken_of_onleesbare_json_is_het_gedocumenteerde_type_onleesbare_json_met_een_nederlandse_titel(String body) {
        given().auth().oauth2(ADVISEUR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/proeven")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:onleesbare-json"))
                .body("title", equalTo("Onleesbare JSON"));
    }

    @Test
    void een_methode_die_er_niet_is_heeft_een_nederlandse_titel() {
        given().auth().oauth2(ADVISEUR).when().delete("/api/v1/proeven/x")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:methode-niet-toegestaan"))
                .body("title", equalTo("Methode niet toegestaan"));
    }

    @Test
    void een_dubbele_sleutel_is_400() {
        given().auth().oauth2(ADVISEUR).contentType(ContentType.JSON).body("{\"aantal\":1,\"aantal\":2}")
                .when().post("/api/v1/proeven")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void een_body_zonder_json_mediatype_is_415() {
        given().auth().oauth2(ADVISEUR).contentType("text/plain").body("{\"aantal\":1}")
                .when().post("/api/v1/proeven")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void een_body_in_utf16_is_415() {
        given().auth().oauth2(ADVISEUR).contentType("application/json; charset=UTF-16")
                .body("{\"aantal\":1}".getBytes(StandardCharsets.UTF_16))
                .when().post("/api/v1/proeven")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void een_body_met_byte_order_mark_is_400() {
        byte[] json = "\uFEFF{\"aantal\":1}".getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(ADVISEUR).contentType("application/json")
                .body(json)
                .when().post("/api/v1/proeven")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("body"));
    }

    @Test
    void een_onbekende_queryparameter_is_400_met_zijn_naam() {
        given().auth().oauth2(ADVISEUR).queryParam("naamm", "x")
                .when().get("/api/v1/proeven/1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("naamm"));
    }

    @Test
    void een_bekende_queryparameter_wordt_gelezen() {
        given().auth().oauth2(ADVISEUR).queryParam("naam", "x")
                .when().get("/api/v1/proeven/1")
                .then().statusCode(200).body("naam", equalTo("x"));
    }

    @Test
    void een_nul_in_een_queryparameter_is_400_met_zijn_naam() {
        given().auth().oauth2(ADVISEUR).urlEncodingEnabled(false)
                .when().get("/api/v1/proeven/1?naam=a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("naam"));
    }

    @Test
    void een_stuurteken_in_een_pad_id_is_400_met_zijn_naam() {
        given().auth().oauth2(ADVISEUR).urlEncodingEnabled(false)
                .when().get("/api/v1/proeven/a%01b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("id"));
    }
}
