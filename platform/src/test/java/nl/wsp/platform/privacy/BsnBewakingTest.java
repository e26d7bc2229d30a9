package nl.wsp.platform.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class BsnBewakingTest {

    @Inject
    ObjectMapper json;

    private static Map<String, Object> verzoek(String naam, String omschrijving, String label, String extra, Object vrij) {
        return Map.of("naam", naam,
                "regels", List.of(Map.of("omschrijving", "eerste", "labels", List.of("a")),
                        Map.of("omschrijving", omschrijving, "labels", List.of("b", label))),
                "extra", Map.of("sleutel", extra),
                "vrij", vrij);
    }

    private void geweigerd(Map<String, Object> body, String veld, String bsn) {
        int voor = BsnProefResource.ONTVANGEN.get();
        String antwoord = given().contentType(ContentType.JSON).body(body)
                .when().post("/proef/bsn")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:bsn-geweigerd"))
                .body("invalidParams.name", contains(veld))
                .extract().asString();
        assertThat(antwoord).doesNotContain(bsn);
        assertThat(BsnProefResource.ONTVANGEN.get()).as("the resource never ran").isEqualTo(voor);
    }

    @Test
    void een_bsn_in_een_string_op_elke_diepte_van_de_body_is_400_met_het_json_pad() {
        String bsn = BsnGenerator.nieuw();
        geweigerd(verzoek("Jan BSN" + bsn, "x", "c", "y", "z"), "naam", bsn);
        geweigerd(verzoek("Jan", "zie " + BsnGenerator.metPunten(bsn), "c", "y", "z"), "regels[1].omschrijving", bsn);
        geweigerd(verzoek("Jan", "x", "GA-" + bsn, "y", "z"), "regels[1].labels[1]", bsn);
        geweigerd(verzoek("Jan", "x", "c", "GA:" + bsn, "z"), "extra.sleutel", bsn);
        // an untyped value (Object) is read by Jackson without indexes: it is named by its field
        geweigerd(verzoek("Jan", "x", "c", "y", List.of("ok", bsn)), "vrij", bsn);
    }

    @Test
    void een_body_zonder_bsn_gaat_door() {
        given().contentType(ContentType.JSON)
                .body(verzoek("Jan", "Bel 06-12345678, KvK 12345678, sinds 2026-03-01", UUID.randomUUID().toString(), "y", "z"))
                .when().post("/proef/bsn")
                .then().statusCode(200).body("naam", equalTo("Jan"));
    }

    @Test
    void een_bsn_in_een_pad_id_of_queryparameter_is_400_met_de_naam_van_de_parameter() {
        String bsn = BsnGenerator.nieuw();
        int voor = BsnProefResource.ONTVANGEN.get();
        String pad = given().when().get("/proef/bsn/GA-" + bsn)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("id")).extract().asString();
        String query = given().queryParam("zoek", "bsn " + BsnGenerator.metPunten(bsn)).when().get("/proef/bsn/" + UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("zoek")).extract().asString();
        assertThat(pad + query).doesNotContain(bsn).doesNotContain(BsnGenerator.metPunten(bsn));
        assertThat(BsnProefResource.ONTVANGEN.get()).isEqualTo(voor);
        given().queryParam("zoek", "gewoon").when().get("/proef/bsn/" + UUID.randomUUID()).then().statusCode(200);
    }

    @Test
    void buiten_een_verzoek_leest_de_objectmapper_alles_zoals_het_is() throws Exception {
        String bsn = BsnGenerator.nieuw();
        BsnProefResource.Verzoek gelezen = json.readValue("{\"naam\":\"" + bsn + "\"}", BsnProefResource.Verzoek.class);
        assertThat(gelezen.naam()).as("events and stored JSON are read as they are; the guard is on request bodies")
                .isEqualTo(bsn);
    }
}
