package nl.wsp.account.partner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 17 item 8 (ADR 0041): "Baanbrekers, waarbij de laatste zowel uitvoeringsorganisatie Werk en Inkomen als
 * SW-bedrijf is voor de Langstraat gemeenten, te weten Waalwijk, Heusden en Loon op Zand" (source 004). The beheerder
 * names the municipalities a partner executes for; only municipalities of the reference data in its region.
 */
@QuarkusTest
class UitvoeringsorganisatieTest {

    private static String baanbrekers() {
        String code = "baanbrekers-" + Testdata.kort();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "naam": "Baanbrekers", "soort": "sw-bedrijf", "regio": "Midden-Brabant"}
                        """.formatted(code))
                .post("/api/v1/partners").then().statusCode(201).body("uitvoerendVoor", empty());
        return code;
    }

    private static io.restassured.response.ValidatableResponse stelIn(String token, String code, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/partners/" + code + "/uitvoering").then();
    }

    @Test
    void de_beheerder_maakt_een_partner_uitvoeringsorganisatie_van_gemeenten_van_zijn_regio_en_meldt_het() {
        String code = baanbrekers();
        stelIn(Tokens.beheerder("Midden-Brabant"), code, """
                {"uitvoerendVoor": ["Waalwijk", "heusden", "Loon op Zand", "Waalwijk"]}""")
                .statusCode(200).body("uitvoerendVoor", contains("Heusden", "Loon op Zand", "Waalwijk"));
        given().auth().oauth2(Tokens.partnersysteem(code)).get("/api/v1/partners/" + code).then().statusCode(200)
                .body("soort", equalTo("sw-bedrijf")).body("uitvoerendVoor", contains("Heusden", "Loon op Zand", "Waalwijk"));
        // the same municipalities again: nothing changes, nothing is told
        stelIn(Tokens.beheerder(), code, "{\"uitvoerendVoor\": [\"Heusden\", \"Waalwijk\", \"Loon op Zand\"]}").statusCode(200);

        List<ConsumerRecord<String, String>> events = TestKafka.readUntil(PartnerUitvoeringGewijzigd.TOPIC,
                r -> r.value().contains(PartnerUitvoeringGewijzigd.TYPE) && r.value().contains("\"" + code + "\""), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains("\"uitvoerendVoor\":[\"Heusden\",\"Loon op Zand\",\"Waalwijk\"]");

        // an empty list: it acts for itself only again
        stelIn(Tokens.beheerder(), code, "{\"uitvoerendVoor\": []}").statusCode(200).body("uitvoerendVoor", empty());
    }

    @Test
    void een_onbekende_gemeente_wordt_geweigerd_met_het_veld_genoemd_en_er_verandert_niets() {
        String code = baanbrekers();
        stelIn(Tokens.beheerder(), code, "{\"uitvoerendVoor\": [\"Waalwijk\", \"Langstraat\"]}")
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("uitvoerendVoor[1]"));
        stelIn(Tokens.beheerder(), code, "{}").statusCode(400).body("invalidParams[0].name", equalTo("uitvoerendVoor"));
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/partners/" + code).then().body("uitvoerendVoor", empty());
    }

    @Test
    void een_gemeente_buiten_de_regio_van_de_partner_wordt_geweigerd() {
        String code = baanbrekers();
        stelIn(Tokens.beheerder(), code, "{\"uitvoerendVoor\": [\"Heusden\", \"Amersfoort\"]}")
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("uitvoerendVoor[1]"));
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/partners/" + code).then().body("uitvoerendVoor", empty());
    }

    @Test
    void alleen_de_beheerder_van_de_regio_of_de_landelijke_beheerder_stelt_het_in() {
        String code = baanbrekers();
        stelIn(Tokens.beheerder("Amersfoort"), code, "{\"uitvoerendVoor\": [\"Waalwijk\"]}").statusCode(404);
        stelIn(Tokens.partnersysteem(code), code, "{\"uitvoerendVoor\": [\"Waalwijk\"]}").statusCode(403);
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/partners/" + code).then().body("uitvoerendVoor", empty());
    }
}
