package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The demo candidates of ./wsp up (deploy/demo/amersfoort/30-matching.json) are all accepted, ESCO URIs included. */
@QuarkusTest
class DemoDataTest {

    @Inject
    ObjectMapper json;

    @Test
    void elke_demokandidaat_wordt_aangenomen() throws Exception {
        JsonNode stappen = json.readTree(Files.readString(Path.of("../deploy/demo/amersfoort/30-matching.json")));
        int totaal = 0;
        for (JsonNode stap : stappen) {
            String partner = stap.get("partner").asText() + "-demo-" + java.util.UUID.randomUUID().toString().substring(0, 6);
            int aantal = stap.get("body").get("kandidaten").size();
            totaal += aantal;
            nl.wsp.matching.TestBellers.partner(partner); // a partner the partner events told this service
            given().auth().oauth2(Tokens.sign(stap.get("role").asText(), partner, "demo")).contentType("application/json")
                    .body(json.writeValueAsString(stap.get("body")))
                    .when().request(stap.get("method").asText(), stap.get("path").asText())
                    .then().statusCode(200)
                    .body("afgewezen", equalTo(0))
                    .body("aangemaakt", equalTo(aantal));
        }
        org.assertj.core.api.Assertions.assertThat(totaal).isBetween(25, 40);
    }

    @Inject
    java.time.Clock klok;

    /** The candidates the year of demo placements generates (47-plaatsingen-over-een-jaar.json, docs/adr/0044) are accepted too. */
    @Test
    void elke_gegenereerde_kandidaat_van_het_demojaar_wordt_aangenomen() throws Exception {
        JsonNode beschrijving = json.readTree(Files.readString(Path.of("../deploy/demo/amersfoort/47-plaatsingen-over-een-jaar.json"))).get(0);
        int totaal = 0;
        for (JsonNode stap : new nl.wsp.infra.DemoPlaatsingen().stappen(beschrijving, nl.wsp.platform.time.TimeSource.vandaag(klok))) {
            if (!stap.get("path").asText().equals("/api/v1/kandidaten")) {
                continue;
            }
            String partner = stap.get("partner").asText() + "-demo-" + java.util.UUID.randomUUID().toString().substring(0, 6);
            int aantal = stap.get("body").get("kandidaten").size();
            totaal += aantal;
            nl.wsp.matching.TestBellers.partner(partner);
            String antwoord = given().auth().oauth2(Tokens.sign(stap.get("role").asText(), partner, "demo")).contentType("application/json")
                    .body(json.writeValueAsString(stap.get("body")))
                    .when().post("/api/v1/kandidaten")
                    .then().statusCode(200).extract().asString();
            org.assertj.core.api.Assertions.assertThat(json.readTree(antwoord).path("aangemaakt").asInt()).as(antwoord).isEqualTo(aantal);
        }
        org.assertj.core.api.Assertions.assertThat(totaal).isBetween(80, 150);
    }
}
