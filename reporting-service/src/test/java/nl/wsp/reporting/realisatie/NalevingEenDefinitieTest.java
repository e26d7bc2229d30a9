package nl.wsp.reporting.realisatie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.reporting.TestRegio;
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
import static org.hamcrest.Matchers.equalTo;

/**
 * Item 8 of the employer-services issue: reporting computes 24-hour compliance by the definition account-service uses.
 * The events are those account-service's test of the same name proves it publishes for the scenario in
 * {@code nl/wsp/testsupport/naleving-24-uur.json}; they go over the real broker, and the report must show account's figures.
 */
@QuarkusTest
class NalevingEenDefinitieTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** account-service's field → reporting's field for the same figure (docs/api.md, "24-hour compliance"). */
    private static final Map<String, String> VELDEN = Map.of(
            "ontvangen", "ontvangen",
            "binnenTermijnBeantwoord", "binnenTermijn",
            "teLaatBeantwoord", "teLaat",
            "onbeantwoordTermijnVerstreken", "termijnVerstreken",
            "nogBinnenTermijn", "nogBinnenTermijn",
            "percentageBinnenTermijn", "percentageBinnenTermijn");

    @Test
    void reporting_telt_uit_de_events_van_account_dezelfde_naleving_als_account() throws Exception {
        JsonNode scenario = scenario();
        String regio = TestRegio.nieuw();
        Map<String, String> ids = new HashMap<>();
        List<Map.Entry<String, String>> records = new ArrayList<>();
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
            records.add(Map.entry(subject, RealisatieEventsTest.event(e.get("type").asText(), "urn:nld:oin:00000000000000000000:systeem:account-service", subject,
                    "2033-03-08T16:00:00Z", JSON.writeValueAsString(data))));
        }
        Plaatsingen.verstuur("wsp.account.contactverzoeken", records);

        JsonNode verwacht = scenario.get("verwacht");
        String maand = scenario.get("periode").get("maand").asText();
        int jaar = scenario.get("periode").get("jaar").asInt();
        // every figure at once: the events arrive over several partitions, so a partial count is no answer yet
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode rapportage = JSON.readTree(given().auth().oauth2(Tokens.dashboard())
                    .queryParam("regio", regio).queryParam("jaar", jaar)
                    .get("/api/v1/rapportages/contactverzoeken").then().statusCode(200).extract().asString());
            JsonNode inMaand = null;
            for (JsonNode rij : rapportage.get("rijen")) {
                if (rij.get("maand").asText().equals(maand)) {
                    inMaand = rij;
                }
            }
            assertThat(inMaand).as("de rij van " + maand).isNotNull();
            for (Map.Entry<String, String> veld : VELDEN.entrySet()) {
                for (JsonNode rij : List.of(inMaand, rapportage.get("totaal"))) {
                    assertThat(rij.get(veld.getValue()).decimalValue()).as(veld.getValue())
                            .isEqualByComparingTo(verwacht.get(veld.getKey()).decimalValue());
                }
            }
        });
    }

    private static JsonNode scenario() throws IOException {
        try (InputStream in = NalevingEenDefinitieTest.class.getClassLoader().getResourceAsStream("nl/wsp/testsupport/naleving-24-uur.json")) {
            assertThat(in).as("fixture naleving-24-uur.json in wsp-test-support").isNotNull();
            return JSON.readTree(in);
        }
    }
}
