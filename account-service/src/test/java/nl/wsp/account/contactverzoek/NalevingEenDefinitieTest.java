package nl.wsp.account.contactverzoek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Item 8 of the employer-services issue: one definition of 24-hour compliance. The scenario and the figures are in the
 * shared fixture {@code nl/wsp/testsupport/naleving-24-uur.json}; reporting-service's test of the same name feeds the events
 * this test proves account publishes, and must come to the same figures.
 */
@QuarkusTest
class NalevingEenDefinitieTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper KANONIEK = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    @Inject
    TestKlok klok;
    @Inject
    BewaakReactietermijn bewaking;
    @Inject
    EntityManager em;

    @AfterEach
    void klokLooptWeer() {
        klok.loopWeer();
    }

    @Test
    void account_telt_de_naleving_volgens_de_ene_definitie_en_publiceert_precies_de_events_waaruit_reporting_hetzelfde_telt() throws IOException {
        JsonNode scenario = scenario();
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Naleving Eén Definitie BV", "zakelijke-dienstverlening", 40, am.id());

        Map<Integer, String> verzoeken = new HashMap<>();
        for (JsonNode stap : scenario.get("stappen")) {
            klok.zetOp(Instant.parse(stap.get("op").asText()));
            for (JsonNode n : stap.path("beantwoord")) {
                given().auth().oauth2(am.token()).post("/api/v1/contactverzoeken/" + verzoeken.get(n.asInt()) + "/beantwoorden")
                        .then().statusCode(200);
            }
            for (JsonNode n : stap.path("ontvang")) {
                verzoeken.put(n.asInt(), given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                        .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Verzoek " + n.asInt() + "\"}")
                        .post("/api/v1/contactverzoeken").then().statusCode(201).extract().path("id"));
            }
            if (stap.path("bewaak").asBoolean()) {
                bewaking.controleer();
            }
        }
        klok.zetOp(Instant.parse(scenario.get("nu").asText()));

        JsonNode periode = scenario.get("periode");
        String naleving = given().auth().oauth2(am.token())
                .queryParam("van", periode.get("van").asText()).queryParam("tot", periode.get("tot").asText())
                .get("/api/v1/contactverzoeken/naleving").then().statusCode(200).extract().asString();
        JsonNode figuren = JSON.readTree(naleving);
        scenario.get("verwacht").fields().forEachRemaining(veld ->
                assertThat(figuren.get(veld.getKey()).decimalValue()).as(veld.getKey())
                        .isEqualByComparingTo(veld.getValue().decimalValue()));

        Map<String, String> naarPlaatshouder = new HashMap<>();
        verzoeken.forEach((n, id) -> naarPlaatshouder.put(id, "verzoek-" + n));
        naarPlaatshouder.put(werkgever, "werkgever-1");
        naarPlaatshouder.put(am.id(), "adviseur-1");
        naarPlaatshouder.put(am.partner(), "partner-1");
        await().until(() -> alleGepubliceerd(verzoeken.values()));
        List<String> gepubliceerd = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TestKafka.readToEnd(ContactverzoekOntvangen.TOPIC, r -> verzoeken.containsValue(r.key()))) {
            JsonNode event = JSON.readTree(r.value());
            ObjectNode genormaliseerd = JSON.createObjectNode();
            genormaliseerd.put("type", event.get("type").asText());
            genormaliseerd.put("subject", naarPlaatshouder.get(event.get("subject").asText()));
            ObjectNode data = JSON.createObjectNode();
            event.get("data").fields().forEachRemaining(veld -> data.set(veld.getKey(),
                    veld.getValue().isTextual() && naarPlaatshouder.containsKey(veld.getValue().asText())
                            ? JSON.getNodeFactory().textNode(naarPlaatshouder.get(veld.getValue().asText())) : veld.getValue()));
            genormaliseerd.set("data", data);
            gepubliceerd.add(JSON.writeValueAsString(genormaliseerd));
        }
        List<String> verwacht = new ArrayList<>();
        for (JsonNode e : scenario.get("events")) {
            verwacht.add(JSON.writeValueAsString(e));
        }
        assertThat(gesorteerd(gepubliceerd)).isEqualTo(gesorteerd(verwacht));
    }

    private boolean alleGepubliceerd(java.util.Collection<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId in :ids and e.publishedAt is null")
                .setParameter("ids", ids).getSingleResult()) == 0;
    }

    private static List<String> gesorteerd(List<String> events) throws IOException {
        List<String> kanoniek = new ArrayList<>();
        for (String e : events) {
            kanoniek.add(KANONIEK.writeValueAsString(KANONIEK.readValue(e, Object.class)));
        }
        kanoniek.sort(Comparator.naturalOrder());
        return kanoniek;
    }

    static JsonNode scenario() throws IOException {
        try (InputStream in = NalevingEenDefinitieTest.class.getClassLoader().getResourceAsStream("nl/wsp/testsupport/naleving-24-uur.json")) {
            assertThat(in).as("fixture naleving-24-uur.json in wsp-test-support").isNotNull();
            return JSON.readTree(in);
        }
    }
}
