package nl.wsp.account.adviseur;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AdviseurEnSectortafelTest {

    @Test
    void een_beheerder_registreert_een_adviseur_van_een_partner_en_het_event_staat_op_kafka() {
        String partner = Testdata.partner();
        Testdata.Adviseur a = Testdata.adviseur(partner);
        given().auth().oauth2(a.token()).get("/api/v1/adviseurs/" + a.id())
                .then().statusCode(200).body("partner", equalTo(partner)).body("regio", equalTo("Amersfoort"));
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/adviseurs?partner=" + partner)
                .then().statusCode(200).body("resultaten.id", contains(a.id())).body("volgendeCursor", org.hamcrest.Matchers.nullValue());
        assertThat(TestKafka.readUntil(AdviseurGeregistreerd.TOPIC, r -> r.key().equals(a.id()), Duration.ofSeconds(20)))
                .hasSize(1).first().satisfies(r -> assertThat(r.value())
                        .contains("\"type\":\"" + AdviseurGeregistreerd.TYPE + "\"")
                        .contains("\"partner\":\"" + partner + "\"")
                        .doesNotContain(a.gebruikersnaam()));
    }

    @Test
    void een_onbekende_partner_een_dubbele_gebruikersnaam_en_een_adviseur_als_registrant_worden_geweigerd() {
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"partner\": \"bestaat-niet\", \"gebruikersnaam\": \"x@y\", \"naam\": \"X\"}")
                .post("/api/v1/adviseurs").then().statusCode(400).body("invalidParams.name", contains("partner"));
        Testdata.Adviseur a = Testdata.adviseur(Testdata.partner());
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"partner\": \"" + a.partner() + "\", \"gebruikersnaam\": \"" + a.gebruikersnaam() + "\", \"naam\": \"X\"}")
                .post("/api/v1/adviseurs").then().statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:adviseur-bestaat"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body("{\"partner\": \"" + a.partner() + "\", \"gebruikersnaam\": \"nieuw@y\", \"naam\": \"X\"}")
                .post("/api/v1/adviseurs").then().statusCode(403);
    }

    @Test
    void sectortafels_zijn_per_regio_in_te_richten_en_een_sector_hoort_bij_een_tafel() {
        Testdata.Adviseur contact = Testdata.adviseur(Testdata.partner());
        String s = Testdata.kort();
        String tafel = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"regio": "Amersfoort", "naam": "Logistiek %s", "sectoren": ["logistiek-%s", "transport-%s"], "contactAdviseurId": "%s"}
                        """.formatted(s, s, s, contact.id()))
                .post("/api/v1/sectortafels").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"regio": "Amersfoort", "naam": "Techniek %s", "sectoren": ["logistiek-%s"], "contactAdviseurId": "%s"}
                        """.formatted(s, s, contact.id()))
                .post("/api/v1/sectortafels").then().statusCode(400).body("invalidParams.name", contains("sectoren"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"regio": "Midden-Brabant", "naam": "Logistiek %s", "sectoren": ["logistiek-%s"], "contactAdviseurId": "%s"}
                        """.formatted(s, s, contact.id()))
                .post("/api/v1/sectortafels").then().statusCode(400).body("invalidParams.name", contains("contactAdviseurId"));
        Testdata.Adviseur opvolger = Testdata.adviseur(contact.partner());
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"regio": "Amersfoort", "naam": "Logistiek %s", "sectoren": ["logistiek-%s"], "contactAdviseurId": "%s"}
                        """.formatted(s, s, opvolger.id()))
                .put("/api/v1/sectortafels/" + tafel).then().statusCode(200)
                .body("contactAdviseurId", equalTo(opvolger.id())).body("sectoren", contains("logistiek-" + s));
        assertThat(Testdata.allePaginas(Testdata.adviseur().token(), "/api/v1/sectortafels?regio=Amersfoort"))
                .extracting(t -> t.get("id")).contains(tafel);
    }
}
