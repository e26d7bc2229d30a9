package nl.wsp.matching.plaatsing;

import nl.wsp.matching.TestBellers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.matching.TestPartners;
import nl.wsp.matching.voordracht.Bemiddeling;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo of ./wsp up (deploy/demo/amersfoort/35-matching-plaatsingen.json) runs through: a Nijkerk candidate is
 * proposed by Nijkerk for the Nijkerk account manager's orderpicker vacancy — allowed even inside the own-caseload
 * window — hired, given approved job coaching and placed.
 */
@QuarkusTest
class PlaatsingDemoTest {

    static final Pattern VARIABELE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;
    @Inject
    ObjectMapper json;

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void de_demo_van_voordracht_tot_plaatsing_loopt_door() throws Exception {
        klok.zetOp(Instant.parse("2026-11-23T09:00:00Z"));
        TestPartners.bekend(em, "gemeente-nijkerk", "Amersfoort");
        Map<String, String> bewaard = new HashMap<>();
        // vac_2 of 20-vacancy.json as the vacancy consumer stores it: account manager of gemeente-nijkerk, still in its window
        bewaard.put("vac_2", new Bemiddeling(em).vacature("gemeente-nijkerk", "Amersfoort",
                Instant.parse("2026-11-24T09:00:00Z"), false, "open").toString());

        JsonNode stappen = json.readTree(Files.readString(Path.of("../deploy/demo/amersfoort/35-matching-plaatsingen.json")));
        for (JsonNode stap : stappen) {
            String partner = stap.hasNonNull("partner") ? stap.get("partner").asText() : null;
            // as DemoData signs: an adviser step acts as an adviser of the partner (sub = its id), other roles as "demo"
            String token = "adviseur".equals(stap.get("role").asText()) ? nl.wsp.matching.TestBellers.adviseur(partner)
                    : Tokens.sign(stap.get("role").asText(), partner, "demo");
            if (partner != null) {
                nl.wsp.matching.TestBellers.partner(partner);
            }
            ExtractableResponse<Response> antwoord = given().auth().oauth2(token).contentType("application/json")
                    .body(vervang(json.writeValueAsString(stap.get("body")), bewaard))
                    .when().request(stap.get("method").asText(), vervang(stap.get("path").asText(), bewaard))
                    .then().extract();
            assertThat(antwoord.statusCode()).as(stap.get("path").asText() + ": " + antwoord.body().asString()).isBetween(200, 201);
            if (stap.has("save")) {
                JsonNode body = json.readTree(antwoord.body().asString());
                for (Iterator<Map.Entry<String, JsonNode>> it = stap.get("save").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode waarde = body;
                    for (String deel : e.getValue().asText().split("\\.")) {
                        waarde = waarde.isArray() ? waarde.path(Integer.parseInt(deel)) : waarde.path(deel);
                    }
                    assertThat(waarde.isMissingNode()).as(e.getKey()).isFalse();
                    bewaard.put(e.getKey(), waarde.asText());
                }
            }
        }
        given().auth().oauth2(TestBellers.adviseur("gemeente-nijkerk")).when()
                .get("/api/v1/plaatsingen/{id}", bewaard.get("plaatsing_orderpicker")).then().statusCode(200)
                .body("instrumentsoorten[0]", org.hamcrest.Matchers.equalTo("jobcoaching"))
                .body("gemeente", org.hamcrest.Matchers.equalTo("Nijkerk"));
        assertThat(UUID.fromString(bewaard.get("plaatsing_orderpicker"))).isNotNull();
    }

    private static String vervang(String tekst, Map<String, String> bewaard) {
        Matcher m = VARIABELE.matcher(tekst);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(uit, Matcher.quoteReplacement(bewaard.get(m.group(1))));
        }
        return m.appendTail(uit).toString();
    }
}
