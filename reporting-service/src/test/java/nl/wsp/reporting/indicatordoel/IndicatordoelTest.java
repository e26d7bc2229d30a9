package nl.wsp.reporting.indicatordoel;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.wsp.reporting.TestBellers;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 17 item 5 (docs/adr/0039): targets beyond placements — NPS, company visits, event participants, vacancies
 * collected — per region and per sector (the sector plan), and their realisation counted from the events over the real
 * broker; aggregates only, and a rebuild gives the same numbers.
 */
@QuarkusTest
class IndicatordoelTest {

    static final String ACCOUNT = "urn:nld:oin:00000000000000000000:systeem:account-service";
    static final String VACANCY = "urn:nld:oin:00000000000000000000:systeem:vacancy-service";

    static String event(String type, String source, String subject, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"%s","subject":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), source, type, time, subject, data);
    }

    /** An employer of the region in this sector: what makes the sector known to reporting. */
    static void werkgever(String regio, String sector) {
        String id = UUID.randomUUID().toString();
        TestKafka.send("wsp.account.werkgevers", id, event("nl.werkgeversdienstverlening.werkgevers.geregistreerd.v1", ACCOUNT, id, "2041-01-02T09:00:00Z", """
                {"werkgeverId":"%s","kvkNummer":"12345678","naam":"Werkgever","vestigingsgemeente":"Tilburg","regio":"%s","sector":"%s",
                 "aantalWerknemers":40,"keyAccount":false,"smaakmaker":false}""".formatted(id, regio, sector)));
    }

    static String contactmoment(String regio, String soort, String datum, String sector) {
        String werkgever = UUID.randomUUID().toString();
        return event("nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1", ACCOUNT, werkgever, datum + "T10:00:00Z", """
                {"werkgeverId":"%s","contactmomentId":"%s","soort":"%s","datum":"%s","adviseurId":"%s","adviseurPartner":"uwv-amersfoort",
                 "vestigingsgemeente":"Tilburg","regio":"%s","accountmanagerGenotificeerd":false,"sector":"%s"}""".formatted(werkgever, UUID.randomUUID(), soort, datum,
                UUID.randomUUID(), regio, sector));
    }

    static String vacature(String regio, String sector, String op) {
        String id = UUID.randomUUID().toString();
        return event("nl.werkgeversdienstverlening.vacatures.geopend.v1", VACANCY, id, op + "T09:00:00Z", """
                {"vacatureId":"%s","werkgeverId":"%s","accountmanagerId":"%s","accountmanagerPartner":"gemeente-amersfoort",
                 "titel":"Chauffeur","escoBeroep":"http://data.europa.eu/esco/occupation/a7c1d23d-aeca-4bee-9a08-5993ed98b135",
                 "vereisteVaardigheden":[],"gewensteVaardigheden":[],"urenPerWeek":38,"aantalPosities":2,"werklocatieGemeente":"Tilburg",
                 "regio":"%s","sector":"%s","contractvorm":"vast","startdatum":null,"sluitingsdatum":null,
                 "opleidingsniveau":null,"geschiktVoorBanenafspraak":false,"rijbewijsVereist":false,"eigenBestandTot":"%sT10:00:00Z"}
                """.formatted(id, UUID.randomUUID(), UUID.randomUUID(), regio, sector, op));
    }

    static String nps(String regio, int score) {
        return nps(regio, score, null);
    }

    /** A response; {@code sector} the employer's at the time of answering, or none (an event from before the field). */
    static String nps(String regio, int score, String sector) {
        String id = UUID.randomUUID().toString();
        return event("nl.werkgeversdienstverlening.nps.respons-geregistreerd.v1", ACCOUNT, id, "2041-06-01T10:00:00Z", """
                {"responsId":"%s","werkgeverId":"%s","meetronde":"2041-1","score":%d,"accountmanagerId":"%s","partner":"uwv-amersfoort","regio":"%s"%s}
                """.formatted(id, UUID.randomUUID(), score, UUID.randomUUID(), regio, sector == null ? "" : ",\"sector\":\"" + sector + "\""));
    }

    static String doel(String regio, String indicator, String sector, int doel) {
        return """
                {"regio": "%s", "jaar": 2041, "indicator": "%s"%s, "doel": %d}
                """.formatted(regio, indicator, sector == null ? "" : ", \"sector\": \"" + sector + "\"", doel);
    }

    static String stelVast(String regio, String indicator, String sector, int doel) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(doel(regio, indicator, sector, doel))
                .post("/api/v1/indicatordoelen").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** A fresh region whose employers have the sectors logistiek and zorg, known to reporting once their events are in. */
    static String regioMetSectoren() {
        String regio = TestRegio.nieuw();
        werkgever(regio, "logistiek");
        werkgever(regio, "zorg");
        for (String sector : new String[]{"logistiek", "zorg"}) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.dashboard())
                    .queryParam("regio", regio).queryParam("jaar", 2041).queryParam("sector", sector)
                    .get("/api/v1/rapportages/indicatoren").then().statusCode(200));
        }
        return regio;
    }

    static JsonPath rapport(String regio, String sector, Integer kwartaal) {
        var verzoek = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2041);
        if (sector != null) {
            verzoek = verzoek.queryParam("sector", sector);
        }
        if (kwartaal != null) {
            verzoek = verzoek.queryParam("kwartaal", kwartaal);
        }
        return verzoek.get("/api/v1/rapportages/indicatoren").then().statusCode(200).extract().jsonPath();
    }

    static Object veld(JsonPath rapport, String indicator, String veld) {
        return rapport.get("indicatoren.find { it.indicator == '" + indicator + "' }." + veld);
    }

    static void zelfdeGetallen(String regio) {
        JsonPath jaar = rapport(regio, null, null);
        assertThat(veld(jaar, "bedrijfsbezoeken", "gerealiseerd")).isEqualTo(3);
        assertThat(veld(jaar, "bedrijfsbezoeken", "doel")).isEqualTo(365);
        assertThat(veld(jaar, "vacatures-opgehaald", "gerealiseerd")).isEqualTo(2);
        assertThat(veld(jaar, "evenementdeelnemers", "gerealiseerd")).isEqualTo(13);
        assertThat(veld(jaar, "evenementdeelnemers", "doel")).isNull();
        assertThat(veld(jaar, "nps", "gerealiseerd")).isEqualTo(25); // 2 promoters, 1 passive, 1 detractor
        assertThat(veld(jaar, "nps", "responsen")).isEqualTo(4);
        assertThat(veld(jaar, "nps", "doel")).isEqualTo(20);
        assertThat(veld(jaar, "nps", "gehaald")).isEqualTo(true);

        JsonPath k1 = rapport(regio, null, 1);
        assertThat(veld(k1, "bedrijfsbezoeken", "doel")).isEqualTo(90); // 365 a year, linear by days: 90 days in Q1 2041
        assertThat(veld(k1, "bedrijfsbezoeken", "gerealiseerd")).isEqualTo(2);
        assertThat(veld(k1, "nps", "doel")).isEqualTo(20); // a score: the yearly target in every period

        JsonPath logistiek = rapport(regio, "logistiek", null);
        assertThat(veld(logistiek, "bedrijfsbezoeken", "gerealiseerd")).isEqualTo(2);
        assertThat(veld(logistiek, "bedrijfsbezoeken", "doel")).isEqualTo(10);
        assertThat(veld(logistiek, "bedrijfsbezoeken", "percentage")).isEqualTo(20.0f);
        assertThat(veld(logistiek, "vacatures-opgehaald", "gerealiseerd")).isEqualTo(1);
        assertThat(veld(logistiek, "evenementdeelnemers", "gerealiseerd")).isEqualTo(13);
        assertThat(veld(logistiek, "evenementdeelnemers", "gehaald")).isEqualTo(true);
        assertThat(veld(logistiek, "nps", "doel")).isEqualTo(30);
        // the sector plan's NPS: the responses of logistics employers only (one promoter, one detractor)
        assertThat(veld(logistiek, "nps", "gerealiseerd")).isEqualTo(0);
        assertThat(veld(logistiek, "nps", "responsen")).isEqualTo(2);
        assertThat(veld(logistiek, "nps", "gehaald")).isEqualTo(false);

        JsonPath plannen = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2041)
                .get("/api/v1/sectorplannen").then().statusCode(200).extract().jsonPath();
        assertThat(plannen.getList("plannen.sector")).containsExactly("logistiek");
        assertThat(plannen.getList("plannen[0].indicatoren.indicator")).containsExactly("bedrijfsbezoeken", "evenementdeelnemers", "nps");
        assertThat(plannen.getInt("plannen[0].indicatoren.find { it.indicator == 'bedrijfsbezoeken' }.gerealiseerd")).isEqualTo(2);
    }

    @Test
    void de_realisatie_per_indicator_en_sector_komt_uit_de_events_een_dubbel_event_telt_een_keer_en_een_herbouw_geeft_dezelfde_getallen() {
        String regio = regioMetSectoren();
        stelVast(regio, "bedrijfsbezoeken", null, 365);
        stelVast(regio, "nps", null, 20);
        given().auth().oauth2(Tokens.beheerder(regio)).contentType(ContentType.JSON).body("""
                        {"regio": "%s", "jaar": 2041, "indicatoren": [{"indicator": "bedrijfsbezoeken", "doel": 10},
                         {"indicator": "evenementdeelnemers", "doel": 12}, {"indicator": "nps", "doel": 30}]}""".formatted(regio))
                .put("/api/v1/sectorplannen/logistiek").then().log().ifValidationFails().statusCode(200)
                .body("sector", equalTo("logistiek")).body("indicatoren.indicator", contains("bedrijfsbezoeken", "evenementdeelnemers", "nps"));

        String werkgever = UUID.randomUUID().toString();
        String dubbel = contactmoment(regio, "bezoek", "2041-02-10", "logistiek");
        TestKafka.send("wsp.account.werkgevers", werkgever, dubbel);
        TestKafka.send("wsp.account.werkgevers", werkgever, dubbel); // delivered twice: counts once
        TestKafka.send("wsp.account.werkgevers", werkgever, contactmoment(regio, "bezoek", "2041-03-31", "zorg"));
        TestKafka.send("wsp.account.werkgevers", werkgever, contactmoment(regio, "bezoek", "2041-05-02", "logistiek"));
        TestKafka.send("wsp.account.werkgevers", werkgever, contactmoment(regio, "telefoon", "2041-05-03", "logistiek")); // no visit
        TestKafka.send("wsp.vacancy.vacatures", werkgever, vacature(regio, "logistiek", "2041-04-01"));
        TestKafka.send("wsp.vacancy.vacatures", werkgever, vacature(regio, "zorg", "2041-04-02"));
        String evenement = UUID.randomUUID().toString();
        TestKafka.send("wsp.account.evenementen", evenement, event("nl.werkgeversdienstverlening.evenementen.geregistreerd.v1", ACCOUNT, evenement,
                "2041-05-01T09:00:00Z", """
                        {"evenementId":"%s","soort":"speedmeet","niveau":"branche","datum":"2041-06-12","organisator":"gemeente-tilburg","regio":"%s","sector":"logistiek"}"""
                        .formatted(evenement, regio)));
        TestKafka.send("wsp.account.evenementen", evenement, event("nl.werkgeversdienstverlening.evenementen.aanwezigheid-vastgelegd.v1", ACCOUNT, evenement,
                "2041-06-13T09:00:00Z", """
                        {"evenementId":"%s","regio":"%s","werkgeverIds":["%s","%s","%s"],"aantalWerkgevers":3,"aantalKandidaten":10}"""
                        .formatted(evenement, regio, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())));
        TestKafka.send("wsp.account.nps", UUID.randomUUID().toString(), nps(regio, 10, "logistiek"));
        TestKafka.send("wsp.account.nps", UUID.randomUUID().toString(), nps(regio, 9));
        TestKafka.send("wsp.account.nps", UUID.randomUUID().toString(), nps(regio, 8, "zorg"));
        TestKafka.send("wsp.account.nps", UUID.randomUUID().toString(), nps(regio, 3, "logistiek"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> zelfdeGetallen(regio));
        String tekst = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2041)
                .get("/api/v1/rapportages/indicatoren").then().statusCode(200).extract().asString();
        assertThat(tekst).doesNotContain(werkgever).doesNotContain(evenement).doesNotContain("werkgeverId"); // aggregates only

        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(5))
                .untilAsserted(() -> zelfdeGetallen(regio));
    }

    @Test
    void een_nps_doel_ligt_van_min_100_tot_en_met_100_en_een_aantal_is_niet_negatief() {
        String regio = TestRegio.nieuw();
        for (String fout : new String[]{doel(regio, "nps", null, 101), doel(regio, "nps", null, -101), doel(regio, "bedrijfsbezoeken", null, -1)}) {
            given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(fout).post("/api/v1/indicatordoelen")
                    .then().statusCode(400).body("invalidParams.name", contains("doel"));
        }
        assertThat(stelVast(regio, "nps", null, -20)).isNotNull();
        stelVast(regio, "evenementdeelnemers", null, 0);
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).get("/api/v1/indicatordoelen")
                .then().statusCode(200).body("resultaten.indicator", contains("evenementdeelnemers", "nps"))
                .body("resultaten.find { it.indicator == 'nps' }.doel", equalTo(-20));
    }

    @Test
    void een_onbekende_indicator_of_sector_of_een_dubbele_regel_is_400_met_het_veld_en_verandert_niets() {
        String regio = TestRegio.nieuw();
        TestRegio.sector(regio, "zorg");
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(doel(regio, "koffie", null, 3)).post("/api/v1/indicatordoelen")
                .then().statusCode(400).body("invalidParams.name", contains("indicator"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(doel(regio, "bedrijfsbezoeken", "ruimtevaart", 3)).post("/api/v1/indicatordoelen")
                .then().statusCode(400).body("invalidParams.name", contains("sector"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2041).queryParam("sector", "ruimtevaart")
                .get("/api/v1/rapportages/indicatoren").then().statusCode(400).body("invalidParams.name", contains("sector"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("indicator", "koffie")
                .get("/api/v1/indicatordoelen").then().statusCode(400).body("invalidParams.name", contains("indicator"));

        String plan = """
                {"regio": "%s", "jaar": 2041, "indicatoren": [{"indicator": "bedrijfsbezoeken", "doel": 40}]}""".formatted(regio);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(plan).put("/api/v1/sectorplannen/zorg").then().statusCode(200);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body("""
                        {"regio": "%s", "jaar": 2041, "indicatoren": [{"indicator": "bedrijfsbezoeken", "doel": 50}, {"indicator": "koffie", "doel": 1}]}"""
                        .formatted(regio)).put("/api/v1/sectorplannen/zorg")
                .then().statusCode(400).body("invalidParams.name", contains("indicatoren[1].indicator"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body("""
                        {"regio": "%s", "jaar": 2041, "indicatoren": [{"indicator": "nps", "doel": 150}]}""".formatted(regio)).put("/api/v1/sectorplannen/zorg")
                .then().statusCode(400).body("invalidParams.name", contains("indicatoren[0].doel"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(plan).put("/api/v1/sectorplannen/ruimtevaart")
                .then().statusCode(400).body("invalidParams.name", contains("sector"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body("""
                        {"regio": "%s", "jaar": 2041, "indicatoren": [{"indicator": "nps", "doel": 10}, {"indicator": "nps", "doel": 20}]}""".formatted(regio))
                .put("/api/v1/sectorplannen/zorg").then().statusCode(400).body("invalidParams.name", contains("indicatoren[1].indicator"));
        // the refused plans changed nothing: zorg still plans 40 visits
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("sector", "zorg").get("/api/v1/indicatordoelen")
                .then().statusCode(200).body("resultaten.doel", contains(40));
        // an empty plan removes it
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body("""
                {"regio": "%s", "jaar": 2041, "indicatoren": []}""".formatted(regio)).put("/api/v1/sectorplannen/zorg").then().statusCode(200);
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2041).get("/api/v1/sectorplannen")
                .then().statusCode(200).body("plannen.size()", equalTo(0));
    }

    @Test
    void een_tweede_doel_voor_dezelfde_regio_jaar_indicator_en_sector_is_409() {
        String regio = TestRegio.nieuw();
        String eerste = stelVast(regio, "vacatures-opgehaald", null, 100);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(doel(regio, "vacatures-opgehaald", null, 120))
                .post("/api/v1/indicatordoelen").then().statusCode(409)
                .body("bestaandIndicatordoel", equalTo("/api/v1/indicatordoelen/" + eerste));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(doel(regio, "vacatures-opgehaald", null, 120))
                .put("/api/v1/indicatordoelen/" + eerste).then().statusCode(200).body("doel", equalTo(120));
    }

    @Test
    void een_doel_van_een_andere_regio_bestaat_niet_voor_zijn_beheerder_en_een_adviseur_ziet_niets() {
        String regio = TestRegio.nieuw();
        String id = stelVast(regio, "bedrijfsbezoeken", null, 50);
        String ander = Tokens.beheerder("Midden-Brabant");
        given().auth().oauth2(ander).get("/api/v1/indicatordoelen/" + id).then().statusCode(404);
        given().auth().oauth2(ander).contentType(ContentType.JSON).body(doel(regio, "bedrijfsbezoeken", null, 60))
                .put("/api/v1/indicatordoelen/" + id).then().statusCode(404);
        given().auth().oauth2(ander).delete("/api/v1/indicatordoelen/" + id).then().statusCode(404);
        given().auth().oauth2(ander).contentType(ContentType.JSON).body(doel(regio, "nps", null, 10))
                .post("/api/v1/indicatordoelen").then().statusCode(400).body("invalidParams.name", contains("regio"));
        given().auth().oauth2(Tokens.beheerder(regio)).get("/api/v1/indicatordoelen/" + id).then().statusCode(200).body("doel", equalTo(50));
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort")).queryParam("regio", regio).queryParam("jaar", 2041)
                .get("/api/v1/rapportages/indicatoren").then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).queryParam("jaar", 2041).get("/api/v1/rapportages/indicatoren")
                .then().statusCode(400).body("invalidParams.name", contains("regio"));
        given().auth().oauth2(Tokens.beheerder(regio)).delete("/api/v1/indicatordoelen/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.beheerder(regio)).get("/api/v1/indicatordoelen/" + id).then().statusCode(404);
    }
}
