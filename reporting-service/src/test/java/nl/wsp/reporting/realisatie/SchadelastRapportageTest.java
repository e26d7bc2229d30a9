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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The benefit-cost report (ADR 0038; issue 18) from placement events on the real broker. In the realisatie test
 * package for its event helper ({@link Plaatsingen}); the code is nl.wsp.reporting.schadelast.
 */
@QuarkusTest
class SchadelastRapportageTest {

    private static final String PAD = "/api/v1/rapportages/schadelastbeperking";

    @Inject
    TestKlok klok;

    @Test
    void een_bijstandsplaatsing_bespaart_de_norm_van_haar_startmaand_per_hele_maand_ten_hoogste_twaalf_en_een_herbouw_geeft_hetzelfde()
            throws Exception {
        klok.zetOp(Instant.parse("2026-07-15T10:00:00Z"));
        String regio = TestRegio.nieuw();
        String a = "gemeente-" + UUID.randomUUID().toString().substring(0, 8);
        String b = "amfors-" + UUID.randomUUID().toString().substring(0, 8);
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        UUID p3 = UUID.randomUUID();
        UUID p4 = UUID.randomUUID();
        UUID p5 = UUID.randomUUID();
        String p1Event = Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), p1, a, "Soest", regio, List.of("bijstand"), LocalDate.of(2025, 3, 10));
        Plaatsingen.verstuur(Plaatsingen.TOPIC, List.of(
                Map.entry(p1.toString(), p1Event),
                Map.entry(p1.toString(), p1Event), // delivered twice: counts once
                Map.entry(p1.toString(), Plaatsingen.beeindigd(p1, a, "Soest", regio, List.of("bijstand"), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 6, 20))),
                Map.entry(p2.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), p2, b, "Baarn", regio, List.of("bijstand"), LocalDate.of(2025, 3, 20))),
                Map.entry(p3.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), p3, a, "Soest", regio, List.of("bijstand", "met-iba"), LocalDate.of(2025, 8, 5))),
                Map.entry(p3.toString(), Plaatsingen.beeindigd(p3, a, "Soest", regio, List.of("bijstand", "met-iba"), LocalDate.of(2025, 8, 5), LocalDate.of(2026, 2, 4))),
                Map.entry(p4.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), p4, a, "Soest", regio, List.of("ww"), LocalDate.of(2025, 5, 1))),
                Map.entry(p5.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), p5, a, "Soest", regio, List.of("bijstand"), LocalDate.of(2024, 12, 15)))));

        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertJaar(lees(regio, null), a, b));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertJaar(lees(regio, null), a, b));

        // the first quarter: only the two placements that started in March
        JsonPath k1 = lees(regio, 1);
        assertThat(k1.getInt("totaal.plaatsingen")).isEqualTo(2);
        assertThat(k1.getDouble("totaal.geschatBedrag")).isCloseTo(4036.35 + 16145.40, within(0.001));

        String csv = given().auth().oauth2(Tokens.dashboard()).accept("text/csv").queryParam("regio", regio).queryParam("jaar", 2025)
                .get(PAD).then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")[0]).isEqualTo("partner,doelgroep,plaatsingen,beeindigd,lopend,maanden,geschatBedrag");
        assertThat(csv).contains(a + ",bijstand,2,2,0,8,10881.65", a + ",ww,1,0,1,12,\r\n", "Totaal,alle,4,2,2,32,27027.05");

        given().auth().oauth2(Tokens.beheerder()).when().post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().ignoreExceptions().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(8))
                .untilAsserted(() -> assertJaar(lees(regio, null), a, b));
    }

    @Test
    void kwartaal_en_maand_samen_of_een_onbekende_regio_is_400_met_het_veld_en_een_partnersysteem_ziet_het_niet() {
        String regio = TestRegio.nieuw();
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2025).queryParam("kwartaal", 1)
                .queryParam("maand", 2).get(PAD).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("maand"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Atlantis").queryParam("jaar", 2025)
                .get(PAD).then().statusCode(400).body("invalidParams[0].name", equalTo("regio"));
        given().auth().oauth2(Tokens.partnersysteem("gemeente-amersfoort")).queryParam("regio", regio).queryParam("jaar", 2025)
                .get(PAD).then().statusCode(403);
        // no placements: an empty table and no estimate, not a zero that looks like a measured saving
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2025).get(PAD).then().statusCode(200)
                .body("rijen.size()", equalTo(0)).body("totaal.plaatsingen", equalTo(0)).body("totaal.geschatBedrag", equalTo(null));
    }

    private static void assertJaar(JsonPath j, String a, String b) {
        String aBijstand = "rijen.find { it.partner == '" + a + "' && it.doelgroep == 'bijstand' }";
        // 3 whole months (10 March – 20 June) × € 1,345.45, and 5 (5 August – 4 February) × € 1,369.06 (the norm from 1 July 2025)
        assertThat(j.getInt(aBijstand + ".plaatsingen")).isEqualTo(2);
        assertThat(j.getInt(aBijstand + ".beeindigd")).isEqualTo(2);
        assertThat(j.getInt(aBijstand + ".maanden")).isEqualTo(8);
        assertThat(j.getDouble(aBijstand + ".geschatBedrag")).isCloseTo(4036.35 + 6845.30, within(0.001));
        String bBijstand = "rijen.find { it.partner == '" + b + "' && it.doelgroep == 'bijstand' }";
        assertThat(j.getInt(bBijstand + ".lopend")).isEqualTo(1);
        assertThat(j.getInt(bBijstand + ".maanden")).isEqualTo(12); // still running after 15 months: capped
        assertThat(j.getDouble(bBijstand + ".geschatBedrag")).isCloseTo(16145.40, within(0.001));
        String aWw = "rijen.find { it.partner == '" + a + "' && it.doelgroep == 'ww' }";
        assertThat(j.getInt(aWw + ".maanden")).isEqualTo(12);
        assertThat(j.getString(aWw + ".geschatBedrag")).isNull(); // WW depends on the former wage: no estimate
        assertThat(j.getList("rijen")).hasSize(3); // the December 2024 placement is another year
        assertThat(j.getInt("totaal.plaatsingen")).isEqualTo(4);
        assertThat(j.getInt("totaal.maanden")).isEqualTo(32);
        assertThat(j.getDouble("totaal.geschatBedrag")).isCloseTo(27027.05, within(0.001));
    }

    private static JsonPath lees(String regio, Integer kwartaal) {
        var verzoek = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2025);
        if (kwartaal != null) {
            verzoek = verzoek.queryParam("kwartaal", kwartaal);
        }
        return verzoek.when().get(PAD).then().statusCode(200).extract().jsonPath();
    }
}
