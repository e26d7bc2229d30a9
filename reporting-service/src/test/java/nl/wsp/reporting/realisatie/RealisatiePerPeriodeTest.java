package nl.wsp.reporting.realisatie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Realisation per month and quarter (ADR 0037; issue 18, item 5): placement events on the real broker, counted per
 * period against the period's share of each yearly target. In the realisatie test package for its event helper
 * ({@link Plaatsingen}); the code is nl.wsp.reporting.periodedoel.
 */
@QuarkusTest
class RealisatiePerPeriodeTest {

    private static final String PAD = "/api/v1/rapportages/realisatie/per-periode";

    @Inject
    TestKlok klok;

    @Test
    void elke_doelstelling_krijgt_per_kwartaal_en_maand_haar_deel_van_het_jaardoel_en_telt_de_plaatsingen_van_die_periode_en_een_herbouw_verandert_niets()
            throws Exception {
        klok.zetOp(Instant.parse("2019-07-02T10:00:00Z"));
        String regio = TestRegio.nieuw();
        String partner = "gemeente-" + UUID.randomUUID().toString().substring(0, 8);
        TestRegio.partner(partner, regio);
        String partnerDoel = doel(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "partner", partner, "aantal", 365));
        String groepDoel = doel(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "doelgroep", "bijstand",
                "gemeenten", List.of("Amersfoort", "Leusden"), "aantal", 120));

        String dubbel = UUID.randomUUID().toString();
        Object[][] plaatsingen = {
                {dubbel, partner, "Soest", List.of("ww"), LocalDate.of(2019, 1, 10)},
                {dubbel, partner, "Soest", List.of("ww"), LocalDate.of(2019, 1, 10)}, // delivered twice: counts once
                {null, partner, "Soest", List.of("ww"), LocalDate.of(2019, 1, 20)},
                {null, partner, "Baarn", List.of("nug"), LocalDate.of(2019, 2, 5)},
                {null, partner, "Soest", List.of("ww"), LocalDate.of(2019, 4, 1)},
                {null, partner, "Amersfoort", List.of("bijstand"), LocalDate.of(2018, 12, 1)}, // another year: neither target
                {null, "uwv-amersfoort", "Amersfoort", List.of("bijstand"), LocalDate.of(2019, 1, 15)},
                {null, "uwv-amersfoort", "Leusden", List.of("bijstand"), LocalDate.of(2019, 3, 3)},
                {null, "uwv-amersfoort", "Leusden", List.of("bijstand", "met-iba"), LocalDate.of(2019, 3, 4)}, // bijstand-nug-met-beperking
                {null, "uwv-amersfoort", "Nijkerk", List.of("bijstand"), LocalDate.of(2019, 5, 1)}, // outside the group
        };
        List<Map.Entry<String, String>> events = new ArrayList<>();
        UUID herhaald = UUID.randomUUID();
        for (Object[] p : plaatsingen) {
            UUID id = p[0] == null ? UUID.randomUUID() : herhaald;
            @SuppressWarnings("unchecked") List<String> groepen = (List<String>) p[3];
            events.add(Map.entry(id.toString(), Plaatsingen.gerealiseerd(p[0] == null ? UUID.randomUUID().toString() : (String) p[0], id,
                    (String) p[1], (String) p[2], regio, groepen, (LocalDate) p[4])));
        }
        Plaatsingen.verstuur(Plaatsingen.TOPIC, events);

        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertKwartalen(kwartalen(regio), partnerDoel, groepDoel));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertKwartalen(kwartalen(regio), partnerDoel, groepDoel));

        JsonPath maanden = lees(regio, "maand");
        String jan = "rijen.find { it.doelstellingId == '" + partnerDoel + "' && it.periode == '2019-01' }";
        assertThat(maanden.getInt(jan + ".doel")).isEqualTo(31);
        assertThat(maanden.getInt(jan + ".gerealiseerd")).isEqualTo(2);
        assertThat(maanden.getInt(jan + ".achterstandCumulatief")).isEqualTo(29);
        String feb = "rijen.find { it.doelstellingId == '" + partnerDoel + "' && it.periode == '2019-02' }";
        assertThat(maanden.getInt(feb + ".doel")).isEqualTo(28);
        assertThat(maanden.getInt(feb + ".gerealiseerd")).isEqualTo(1);
        assertThat(maanden.getInt(feb + ".gerealiseerdCumulatief")).isEqualTo(3);
        assertThat(maanden.getList("rijen")).hasSize(24);
        String maart = "rijen.find { it.doelstellingId == '" + groepDoel + "' && it.periode == '2019-03' }";
        assertThat(maanden.getInt(maart + ".gerealiseerd")).isEqualTo(1);

        // the periods add up to the yearly report: one set of counters, one rule of what counts
        JsonPath jaar = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2019)
                .get("/api/v1/rapportages/realisatie").then().statusCode(200).extract().jsonPath();
        for (String id : List.of(partnerDoel, groepDoel)) {
            int somVanMaanden = maanden.<Integer>getList("rijen.findAll { it.doelstellingId == '" + id + "' }.gerealiseerd").stream()
                    .mapToInt(Integer::intValue).sum();
            assertThat(somVanMaanden).isEqualTo(jaar.getInt("rijen.find { it.doelstellingId == '" + id + "' }.gerealiseerd"));
            int somVanDoelen = maanden.<Integer>getList("rijen.findAll { it.doelstellingId == '" + id + "' }.doel").stream()
                    .mapToInt(Integer::intValue).sum();
            assertThat(somVanDoelen).isEqualTo(jaar.getInt("rijen.find { it.doelstellingId == '" + id + "' }.doel"));
        }

        String csv = given().auth().oauth2(Tokens.dashboard()).accept("text/csv").queryParam("regio", regio).queryParam("jaar", 2019)
                .queryParam("periode", "kwartaal").get(PAD).then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")[0]).isEqualTo("doelstellingId,doelgroep,partner,gemeenten,periode,doel,gerealiseerd,percentage,"
                + "doelCumulatief,gerealiseerdCumulatief,achterstandCumulatief");
        assertThat(csv).contains(groepDoel + ",bijstand,,Amersfoort+Leusden,2019-K1,30,2,6.7,30,2,28");

        given().auth().oauth2(Tokens.beheerder()).when().post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().ignoreExceptions().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(8))
                .untilAsserted(() -> assertKwartalen(kwartalen(regio), partnerDoel, groepDoel));
    }

    @Test
    void een_onbekende_periodesoort_of_regio_is_400_met_het_veld_en_een_adviseur_ziet_het_niet() {
        String regio = TestRegio.nieuw();
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2019).queryParam("periode", "week")
                .get(PAD).then().statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("periode"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Atlantis").queryParam("jaar", 2019)
                .get(PAD).then().statusCode(400).body("invalidParams[0].name", equalTo("regio"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 1999)
                .get(PAD).then().statusCode(400).body("invalidParams[0].name", equalTo("jaar"));
        given().auth().oauth2(Tokens.partnersysteem("gemeente-amersfoort")).queryParam("regio", regio).queryParam("jaar", 2019)
                .get(PAD).then().statusCode(403);
    }

    private static void assertKwartalen(JsonPath k, String partnerDoel, String groepDoel) {
        String k1 = "rijen.find { it.doelstellingId == '" + partnerDoel + "' && it.periode == '2019-K1' }";
        String k2 = "rijen.find { it.doelstellingId == '" + partnerDoel + "' && it.periode == '2019-K2' }";
        assertThat(k.getInt(k1 + ".doel")).isEqualTo(90);
        assertThat(k.getInt(k1 + ".gerealiseerd")).isEqualTo(3);
        assertThat(k.getInt(k1 + ".achterstandCumulatief")).isEqualTo(87);
        assertThat(k.getInt(k2 + ".doel")).isEqualTo(91);
        assertThat(k.getInt(k2 + ".gerealiseerd")).isEqualTo(1);
        assertThat(k.getInt(k2 + ".doelCumulatief")).isEqualTo(181);
        assertThat(k.getInt(k2 + ".gerealiseerdCumulatief")).isEqualTo(4);
        String g1 = "rijen.find { it.doelstellingId == '" + groepDoel + "' && it.periode == '2019-K1' }";
        assertThat(k.getInt(g1 + ".doel")).isEqualTo(30);
        assertThat(k.getInt(g1 + ".gerealiseerd")).isEqualTo(2); // Amersfoort in January, Leusden in March; not met IBA, not Nijkerk
        assertThat(k.getInt("rijen.find { it.doelstellingId == '" + groepDoel + "' && it.periode == '2019-K2' }.gerealiseerd")).isZero();
        assertThat(k.getList("rijen")).hasSize(8);
    }

    private static JsonPath kwartalen(String regio) {
        return lees(regio, "kwartaal");
    }

    private static JsonPath lees(String regio, String periode) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2019).queryParam("periode", periode)
                .when().get(PAD).then().statusCode(200).extract().jsonPath();
    }

    private static String doel(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(body)
                .when().post("/api/v1/doelstellingen").then().statusCode(201).extract().path("id");
    }
}
