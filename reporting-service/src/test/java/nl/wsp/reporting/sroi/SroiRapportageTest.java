package nl.wsp.reporting.sroi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Item 6 of the employer-services issue (docs/adr/0032): social return delivered against obligations, from account's,
 * vacancy's and matching's events over the real broker — the obligations running in the year (the latest description
 * wins), the vacancies that name them, the placements on those vacancies and the delivered value at the standard value
 * per placement; a duplicate counts once, a vacancy no longer naming its obligation leaves it, and a rebuild is the same.
 */
@QuarkusTest
class SroiRapportageTest {

    private static final String ACCOUNT = "urn:nld:oin:00000000000000000000:systeem:account-service";
    private static final String VACANCY = "urn:nld:oin:00000000000000000000:systeem:vacancy-service";
    private static final String MATCHING = "urn:nld:oin:00000000000000000000:systeem:matching-service";
    private static final String VASTGELEGD = "nl.werkgeversdienstverlening.sroi-verplichtingen.vastgelegd.v1";
    private static final String GEWIJZIGD = "nl.werkgeversdienstverlening.sroi-verplichtingen.gewijzigd.v1";
    private static final String GEOPEND = "nl.werkgeversdienstverlening.vacatures.geopend.v1";

    private static String event(String type, String source, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"2036-06-01T09:00:00Z","subject":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), source, type, subject, data);
    }

    private static String verplichting(String type, String id, String werkgever, String regio, String opdrachtgever, String bedrag,
                                       String van, String tot, String status) {
        return event(type, ACCOUNT, id, """
                {"verplichtingId":"%s","werkgeverId":"%s","regio":"%s","aanbesteding":"Groenonderhoud","opdrachtgever":"%s",
                 "bedrag":%s,"periodeVan":"%s","periodeTot":"%s","status":"%s"}"""
                .formatted(id, werkgever, regio, opdrachtgever, bedrag, van, tot, status));
    }

    private static String vacature(String type, String id, String werkgever, String regio, String verplichting) {
        return event(type, VACANCY, id, """
                {"vacatureId":"%s","werkgeverId":"%s","accountmanagerId":"%s","accountmanagerPartner":"gemeente-hilversum",
                 "titel":"Hovenier","escoBeroep":"http://data.europa.eu/esco/occupation/a7c1d23d-aeca-4bee-9a08-5993ed98b135",
                 "vereisteVaardigheden":[],"gewensteVaardigheden":[],"urenPerWeek":32,"aantalPosities":2,"werklocatieGemeente":"Hilversum",
                 "regio":"%s","sector":"groen","contractvorm":"vast","startdatum":null,"sluitingsdatum":null,
                 "opleidingsniveau":null,"geschiktVoorBanenafspraak":false,"rijbewijsVereist":false,"eigenBestandTot":"2036-06-02T09:00:00Z",
                 "evenementId":null,"sroiVerplichtingId":%s}
                """.formatted(id, werkgever, UUID.randomUUID(), regio, verplichting == null ? "null" : "\"" + verplichting + "\""));
    }

    private static String plaatsing(String vacatureId, String regio) {
        String id = UUID.randomUUID().toString();
        return event("nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1", MATCHING, id, """
                {"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"gemeente-hilversum","gemeente":"Hilversum","regio":"%s",
                 "doelgroepen":["bijstand"],"startdatum":"2036-07-01","contractvorm":"vast","urenPerWeek":32,"instrumenten":[]}"""
                .formatted(id, vacatureId, UUID.randomUUID(), regio));
    }

    private static JsonPath rapport(String token, String regio, int jaar) {
        return given().auth().oauth2(token).queryParam("regio", regio).queryParam("jaar", jaar)
                .get("/api/v1/rapportages/sroi").then().statusCode(200).extract().jsonPath();
    }

    /** Obligation A (gemeente-a, 100 000, 2 vacancies, 3 placements), B (gemeente-b, 50 000, its vacancy left it), C (2037 only). */
    private static void zelfdeGetallen(String regio, String a, String b) {
        JsonPath r = rapport(Tokens.beheerder(), regio, 2036);
        assertThat(r.getString("waardePerPlaatsing")).isEqualTo("35000.0");
        assertThat(r.getList("perOpdrachtgever.opdrachtgever")).containsExactly("gemeente-a", "gemeente-b");
        String pa = "perOpdrachtgever.find { it.opdrachtgever == 'gemeente-a' }";
        assertThat(r.getInt(pa + ".verplichtingen")).isEqualTo(1);
        assertThat(r.getDouble(pa + ".bedrag")).as("the change replaced the amount").isEqualTo(100000.0);
        assertThat(r.getInt(pa + ".vacatures")).isEqualTo(2);
        assertThat(r.getInt(pa + ".plaatsingen")).as("a duplicate placement counts once").isEqualTo(3);
        assertThat(r.getDouble(pa + ".geleverd")).isEqualTo(105000.0);
        assertThat(r.getDouble(pa + ".percentageGeleverd")).isEqualTo(105.0);
        String pb = "perOpdrachtgever.find { it.opdrachtgever == 'gemeente-b' }";
        assertThat(r.getInt(pb + ".vacatures")).as("the vacancy that no longer names it left").isZero();
        assertThat(r.getDouble(pb + ".geleverd")).isZero();
        assertThat(r.getInt("totaal.verplichtingen")).as("C runs in 2037 only").isEqualTo(2);
        assertThat(r.getDouble("totaal.bedrag")).isEqualTo(150000.0);
        assertThat(r.getDouble("totaal.geleverd")).isEqualTo(105000.0);
        assertThat(r.getDouble("totaal.percentageGeleverd")).isEqualTo(70.0);
        assertThat(r.getList("verplichtingen.verplichtingId")).containsExactlyInAnyOrder(a, b);
        String va = "verplichtingen.find { it.verplichtingId == '" + a + "' }";
        assertThat(r.getString(va + ".status")).isEqualTo("gesloten");
        assertThat(r.getInt(va + ".plaatsingen")).isEqualTo(3);
    }

    @Test
    void geleverd_is_plaatsingen_op_de_vacatures_van_een_verplichting_maal_de_waarde_per_plaatsing_en_een_herbouw_telt_hetzelfde() {
        String regio = TestRegio.nieuw();
        String werkgever = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        String topic = "wsp.account.sroi-verplichtingen";
        TestKafka.send(topic, a, verplichting(VASTGELEGD, a, werkgever, regio, "gemeente-a", "80000.00", "2035-01-01", "2036-12-31", "lopend"));
        String wijziging = verplichting(GEWIJZIGD, a, werkgever, regio, "gemeente-a", "100000.00", "2035-01-01", "2037-06-30", "gesloten");
        TestKafka.send(topic, a, wijziging);
        TestKafka.send(topic, a, wijziging); // delivered twice
        TestKafka.send(topic, b, verplichting(VASTGELEGD, b, werkgever, regio, "gemeente-b", "50000.00", "2036-06-01", "2036-06-01", "lopend"));
        TestKafka.send(topic, c, verplichting(VASTGELEGD, c, werkgever, regio, "gemeente-a", "70000.00", "2037-01-01", "2037-12-31", "lopend"));

        String v1 = UUID.randomUUID().toString();
        String v2 = UUID.randomUUID().toString();
        String v3 = UUID.randomUUID().toString();
        String zonder = UUID.randomUUID().toString();
        // a placement before its vacancy's event: the topics are read side by side, the report joins at query time
        String p1 = plaatsing(v1, regio);
        TestKafka.send("wsp.matching.plaatsingen", v1, p1);
        TestKafka.send("wsp.matching.plaatsingen", v1, p1); // delivered twice
        TestKafka.send("wsp.vacancy.vacatures", v1, vacature(GEOPEND, v1, werkgever, regio, a));
        TestKafka.send("wsp.vacancy.vacatures", v2, vacature(GEOPEND, v2, werkgever, regio, a));
        TestKafka.send("wsp.vacancy.vacatures", v3, vacature(GEOPEND, v3, werkgever, regio, b));
        TestKafka.send("wsp.vacancy.vacatures", v3, vacature("nl.werkgeversdienstverlening.vacatures.gewijzigd.v1", v3, werkgever, regio, null));
        TestKafka.send("wsp.vacancy.vacatures", zonder, vacature(GEOPEND, zonder, werkgever, regio, null));
        TestKafka.send("wsp.matching.plaatsingen", v1, plaatsing(v1, regio));
        TestKafka.send("wsp.matching.plaatsingen", v2, plaatsing(v2, regio));
        TestKafka.send("wsp.matching.plaatsingen", v3, plaatsing(v3, regio));
        TestKafka.send("wsp.matching.plaatsingen", zonder, plaatsing(zonder, regio));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> zelfdeGetallen(regio, a, b));

        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(5))
                .untilAsserted(() -> zelfdeGetallen(regio, a, b));

        JsonPath volgendJaar = rapport(Tokens.beheerder(), regio, 2037);
        assertThat(volgendJaar.getList("verplichtingen.verplichtingId")).containsExactlyInAnyOrder(a, c);

        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2036).queryParam("formaat", "csv")
                .get("/api/v1/rapportages/sroi").then().statusCode(200)
                .body(containsString("opdrachtgever,verplichtingen,bedrag,vacatures,plaatsingen,geleverd,percentageGeleverd"))
                .body(containsString("gemeente-a,1,100000.00,2,3,105000.00,105.0"))
                .body(containsString("Totaal,2,150000.00,2,3,105000.00,70.0"));
    }

    @Test
    void een_dashboard_ziet_alleen_aggregaten_en_een_beheerder_van_een_andere_regio_ook() {
        String regio = TestRegio.nieuw();
        String a = UUID.randomUUID().toString();
        String werkgever = UUID.randomUUID().toString();
        TestKafka.send("wsp.account.sroi-verplichtingen", a,
                verplichting(VASTGELEGD, a, werkgever, regio, "gemeente-a", "10000.00", "2036-01-01", "2036-12-31", "lopend"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(rapport(Tokens.beheerder(), regio, 2036).getList("verplichtingen.verplichtingId")).containsExactly(a));

        for (String token : new String[]{Tokens.dashboard(), Tokens.dashboard(regio), Tokens.beheerder("Midden-Brabant")}) {
            String body = given().auth().oauth2(token).queryParam("regio", regio).queryParam("jaar", 2036)
                    .get("/api/v1/rapportages/sroi").then().statusCode(200)
                    .body("totaal.verplichtingen", equalTo(1)).extract().asString();
            assertThat(body).doesNotContain(werkgever).doesNotContain(a).doesNotContain("\"verplichtingen\":[");
        }
        assertThat(rapport(Tokens.beheerder(regio), regio, 2036).getList("verplichtingen.werkgeverId")).containsExactly(werkgever);
    }

    @Test
    void een_regio_met_een_eigen_waarde_per_plaatsing_rekent_daarmee() {
        String regio = "Gooi en Vechtstreek"; // %test.wsp.reporting.sroi.regio."Gooi en Vechtstreek"=30000.00
        String a = UUID.randomUUID().toString();
        String werkgever = UUID.randomUUID().toString();
        String vacature = UUID.randomUUID().toString();
        TestKafka.send("wsp.account.sroi-verplichtingen", a,
                verplichting(VASTGELEGD, a, werkgever, regio, "gemeente-hilversum", "60000.00", "2036-01-01", "2036-12-31", "lopend"));
        TestKafka.send("wsp.vacancy.vacatures", vacature, vacature(GEOPEND, vacature, werkgever, regio, a));
        TestKafka.send("wsp.matching.plaatsingen", vacature, plaatsing(vacature, regio));
        String rij = "verplichtingen.find { it.verplichtingId == '" + a + "' }";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath r = rapport(Tokens.beheerder(), regio, 2036);
            assertThat(r.getString("waardePerPlaatsing")).isEqualTo("30000.0");
            assertThat(r.getInt(rij + ".plaatsingen")).isEqualTo(1);
            assertThat(r.getDouble(rij + ".geleverd")).isEqualTo(30000.0);
            assertThat(r.getDouble(rij + ".percentageGeleverd")).isEqualTo(50.0);
        });
    }

    @Test
    void zonder_regio_of_jaar_is_het_400_met_het_veld_en_een_adviseur_ziet_het_niet() {
        given().auth().oauth2(Tokens.dashboard()).queryParam("jaar", 2036).get("/api/v1/rapportages/sroi")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("regio"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Amersfoort").get("/api/v1/rapportages/sroi")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("jaar"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Atlantis").queryParam("jaar", 2036).get("/api/v1/rapportages/sroi")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("regio"));
        given().auth().oauth2(Tokens.adviseur("gemeente-amersfoort")).queryParam("regio", "Amersfoort").queryParam("jaar", 2036)
                .get("/api/v1/rapportages/sroi").then().statusCode(403);
    }
}
