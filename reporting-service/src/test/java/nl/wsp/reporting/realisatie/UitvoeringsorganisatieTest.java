package nl.wsp.reporting.realisatie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17 item 8 (ADR 0041): Baanbrekers is "uitvoeringsorganisatie Werk en Inkomen als SW-bedrijf ... voor de
 * Langstraat gemeenten, te weten Waalwijk, Heusden en Loon op Zand" (source 004). The placements of its candidates count
 * for the municipality they live in when it executes for it: in the municipality's targets (by residence, as ever) and in
 * the targets of the municipality's own partner; its own targets keep counting them all. A replay gives the same numbers.
 */
@QuarkusTest
class UitvoeringsorganisatieTest {

    static final String PARTNERS = "wsp.account.partners";

    @Inject
    EntityManager em;

    private static String partnerGeregistreerd(UUID id, String code, String naam, String soort, String regio) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service",
                 "type":"nl.werkgeversdienstverlening.partners.geregistreerd.v1","time":"2026-12-04T10:00:00Z","subject":"%s",
                 "datacontenttype":"application/json","data":{"partnerId":"%s","code":"%s","naam":"%s","soort":"%s",
                 "regio":"%s","geregistreerdOp":"2026-12-04T10:00:00Z"}}
                """.formatted(UUID.randomUUID(), id, id, code, naam, soort, regio);
    }

    private static String uitvoeringGewijzigd(UUID id, String code, String regio, List<String> gemeenten) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service",
                 "type":"nl.werkgeversdienstverlening.partners.uitvoering-gewijzigd.v1","time":"2026-12-04T10:01:00Z","subject":"%s",
                 "datacontenttype":"application/json","data":{"partnerId":"%s","code":"%s","regio":"%s",
                 "uitvoerendVoor":["%s"],"gewijzigdOp":"2026-12-04T10:01:00Z"}}
                """.formatted(UUID.randomUUID(), id, id, code, regio, String.join("\",\"", gemeenten));
    }

    private static String doel(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(body)
                .when().post("/api/v1/doelstellingen").then().statusCode(201).extract().path("id");
    }

    private static JsonPath realisatie(String regio) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2019)
                .when().get("/api/v1/rapportages/realisatie").then().statusCode(200).extract().jsonPath();
    }

    private static void telt(JsonPath r, String waalwijk, String tilburg, String baanbrekers, String groep) {
        assertThat(r.getInt("rijen.find { it.partner == '" + waalwijk + "' }.gerealiseerd")).as("Gemeente Waalwijk").isEqualTo(2);
        assertThat(r.getInt("rijen.find { it.partner == '" + tilburg + "' }.gerealiseerd")).as("Gemeente Tilburg").isEqualTo(1);
        assertThat(r.getInt("rijen.find { it.partner == '" + baanbrekers + "' }.gerealiseerd")).as("Baanbrekers").isEqualTo(4);
        assertThat(r.getInt("rijen.find { it.doelstellingId == '" + groep + "' }.gerealiseerd")).as("de gemeenten Waalwijk en Heusden").isEqualTo(3);
    }

    @Test
    void een_uitvoeringsorganisatie_telt_mee_voor_de_gemeenten_waarvoor_zij_uitvoert_en_een_herbouw_geeft_dezelfde_getallen()
            throws Exception {
        String regio = TestRegio.nieuw("Langstraat-", List.of("Heusden", "Loon op Zand", "Tilburg", "Waalwijk"));
        String k = UUID.randomUUID().toString().substring(0, 8);
        String baanbrekers = "baanbrekers-" + k;
        String waalwijk = "gemeente-waalwijk-" + k;
        String tilburg = "gemeente-tilburg-" + k;
        UUID baanbrekersId = UUID.randomUUID();
        UUID waalwijkId = UUID.randomUUID();
        UUID tilburgId = UUID.randomUUID();
        TestKafka.send(PARTNERS, waalwijkId.toString(), partnerGeregistreerd(waalwijkId, waalwijk, "Gemeente Waalwijk", "gemeente", regio));
        TestKafka.send(PARTNERS, tilburgId.toString(), partnerGeregistreerd(tilburgId, tilburg, "Gemeente Tilburg", "gemeente", regio));
        TestKafka.send(PARTNERS, baanbrekersId.toString(), partnerGeregistreerd(baanbrekersId, baanbrekers, "Baanbrekers", "sw-bedrijf", regio));
        TestKafka.send(PARTNERS, baanbrekersId.toString(), uitvoeringGewijzigd(baanbrekersId, baanbrekers, regio,
                List.of("Heusden", "Loon op Zand", "Waalwijk")));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM partner WHERE regio = ?1 AND (soort = 'gemeente' "
                        + "OR cardinality(uitvoerend_voor) = 3)").setParameter(1, regio).getSingleResult()).intValue() == 3));

        doel(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "partner", waalwijk, "aantal", 40));
        doel(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "partner", tilburg, "aantal", 50));
        doel(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "partner", baanbrekers, "aantal", 100));
        String groep = doel(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "gemeenten", List.of("Waalwijk", "Heusden"),
                "aantal", 30));

        List<Map.Entry<String, String>> events = new ArrayList<>();
        Object[][] plaatsingen = {
                {baanbrekers, "Waalwijk"}, {baanbrekers, "Waalwijk"}, {baanbrekers, "Heusden"},
                {baanbrekers, "Tilburg"}, // lives where Baanbrekers does not execute: Tilburg's partner target does not count it
                {tilburg, "Tilburg"},
        };
        for (Object[] p : plaatsingen) {
            UUID id = UUID.randomUUID();
            events.add(Map.entry(id.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), id, (String) p[0], (String) p[1],
                    regio, List.of("bijstand"), LocalDate.of(2019, 3, 1))));
        }
        Plaatsingen.verstuur(Plaatsingen.TOPIC, events);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> telt(realisatie(regio), waalwijk, tilburg, baanbrekers, groep));
        List<ConsumerRecord<String, String>> status = TestKafka.readUntil("wsp.reporting.doelstelling-status",
                r -> waalwijk.equals(r.key()) && r.value().contains("\"gerealiseerd\":2"), Duration.ofSeconds(60));
        assertThat(status).isNotEmpty();

        given().auth().oauth2(Tokens.beheerder()).when().post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(8))
                .untilAsserted(() -> telt(realisatie(regio), waalwijk, tilburg, baanbrekers, groep));
    }
}
