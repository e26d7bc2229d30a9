package nl.wsp.reporting.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17 item 4 with item 8's one 24-hour definition (docs/api.md): the scenario of {@code naleving-24-uur.json} — the events
 * account-service's {@code NalevingEenDefinitieTest} proves it publishes, all assigned to one adviser — counted per unit and per
 * adviser must give exactly the figures account-service and the region report give.
 */
@QuarkusTest
class NalevingPerTeamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "urn:nld:oin:00000000000000000000:systeem:account-service";

    /** account-service's field → the field of the unit report's {@code contactverzoeken}. */
    private static final Map<String, String> VELDEN = Map.of(
            "ontvangen", "ontvangen",
            "binnenTermijnBeantwoord", "binnenTermijn",
            "teLaatBeantwoord", "teLaat",
            "onbeantwoordTermijnVerstreken", "termijnVerstreken",
            "nogBinnenTermijn", "nogBinnenTermijn",
            "percentageBinnenTermijn", "percentageBinnenTermijn");

    private static String event(String type, String subject, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"%s","subject":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), ACCOUNT, type, time, subject, data);
    }

    @Test
    void het_team_en_de_adviseur_tellen_de_24_uursregel_volgens_de_ene_definitie() throws Exception {
        JsonNode scenario = scenario();
        String regio = TestRegio.nieuw();
        Map<String, String> ids = new HashMap<>();
        List<String[]> records = new ArrayList<>();
        for (JsonNode e : scenario.get("events")) {
            ObjectNode data = (ObjectNode) e.get("data").deepCopy();
            List<String> velden = new ArrayList<>();
            data.fieldNames().forEachRemaining(velden::add);
            for (String veld : velden) {
                JsonNode waarde = data.get(veld);
                if (waarde.isTextual() && waarde.asText().matches("(verzoek|werkgever|adviseur)-[0-9]+")) {
                    data.put(veld, ids.computeIfAbsent(waarde.asText(), k -> UUID.randomUUID().toString()));
                } else if (waarde.isTextual() && waarde.asText().matches("partner-[0-9]+")) {
                    data.put(veld, ids.computeIfAbsent(waarde.asText(), k -> "gemeente-t-" + UUID.randomUUID().toString().substring(0, 8)));
                }
            }
            data.put("regio", regio);
            String subject = ids.get(e.get("subject").asText());
            records.add(new String[]{subject, event(e.get("type").asText(), subject, "2033-03-08T16:00:00Z", JSON.writeValueAsString(data))});
        }
        String adviseur = ids.get("adviseur-1");
        assertThat(adviseur).as("the fixture assigns its requests to adviseur-1").isNotNull();
        String team = UUID.randomUUID().toString();
        TestKafka.send("wsp.account.teams", team, event("nl.werkgeversdienstverlening.teams.ingericht.v1", team, "2033-01-01T08:00:00Z",
                "{\"teamId\":\"%s\",\"regio\":\"%s\",\"naam\":\"Team 24 uur\",\"werkgebied\":[\"Soest\"]}".formatted(team, regio)));
        TestKafka.send("wsp.account.teams", team, event("nl.werkgeversdienstverlening.teams.adviseur-ingedeeld.v1", team, "2033-01-01T08:00:00Z",
                "{\"teamId\":\"%s\",\"adviseurId\":\"%s\",\"partner\":\"%s\",\"regio\":\"%s\",\"ingedeeldOp\":\"2033-01-01T08:00:00Z\"}"
                        .formatted(team, adviseur, ids.getOrDefault("partner-1", "gemeente-x"), regio)));
        for (String[] r : records) {
            TestKafka.send("wsp.account.contactverzoeken", r[0], r[1]);
        }

        JsonNode verwacht = scenario.get("verwacht");
        int jaar = scenario.get("periode").get("jaar").asInt();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode rapport = JSON.readTree(given().auth().oauth2(Tokens.beheerder()).queryParam("regio", regio).queryParam("jaar", jaar)
                    .queryParam("maand", 3).get("/api/v1/rapportages/teams").then().statusCode(200).extract().asString());
            JsonNode perAdviseur = JSON.readTree(given().auth().oauth2(Tokens.beheerder()).queryParam("regio", regio).queryParam("jaar", jaar)
                    .queryParam("maand", 3).get("/api/v1/rapportages/adviseurs").then().statusCode(200).extract().asString());
            assertThat(rapport.get("teams")).hasSize(1);
            assertThat(rapport.get("teams").get(0).get("teamId").asText()).isEqualTo(team);
            assertThat(perAdviseur.get("adviseurs")).hasSize(1);
            for (JsonNode cijfers : List.of(rapport.get("teams").get(0).get("cijfers"), perAdviseur.get("adviseurs").get(0).get("cijfers"))) {
                for (Map.Entry<String, String> veld : VELDEN.entrySet()) {
                    assertThat(cijfers.get("contactverzoeken").get(veld.getValue()).decimalValue()).as(veld.getValue())
                            .isEqualByComparingTo(verwacht.get(veld.getKey()).decimalValue());
                }
            }
        });
    }

    private static JsonNode scenario() throws IOException {
        try (InputStream in = NalevingPerTeamTest.class.getClassLoader().getResourceAsStream("nl/wsp/testsupport/naleving-24-uur.json")) {
            assertThat(in).as("fixture naleving-24-uur.json in wsp-test-support").isNotNull();
            return JSON.readTree(in);
        }
    }
}
