package nl.wsp.reporting.evenement;

import io.quarkus.test.junit.QuarkusTest;
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
import static org.hamcrest.Matchers.containsString;

/**
 * Item 2 of the employer-services issue (docs/adr/0031): the employer-events report from account's, vacancy's and
 * matching's events over the real broker — events per kind, level and sector in the period of their date, the
 * employers and candidates who came (the latest attendance), the vacancies collected at them and the placements on
 * those vacancies; a duplicate counts once, a vacancy no longer naming its event leaves it, and a rebuild is the same.
 */
@QuarkusTest
class EvenementenTest {

    private static final String ACCOUNT = "urn:nld:oin:00000000000000000000:systeem:account-service";
    private static final String VACANCY = "urn:nld:oin:00000000000000000000:systeem:vacancy-service";
    private static final String MATCHING = "urn:nld:oin:00000000000000000000:systeem:matching-service";

    private static String event(String type, String source, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"2036-06-01T09:00:00Z","subject":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), source, type, subject, data);
    }

    private static String evenement(String id, String regio, String soort, String niveau, String sector, String datum) {
        return event("nl.werkgeversdienstverlening.evenementen.geregistreerd.v1", ACCOUNT, id, """
                {"evenementId":"%s","soort":"%s","niveau":"%s","datum":"%s","organisator":"gemeente-amersfoort","regio":"%s","sector":%s}"""
                .formatted(id, soort, niveau, datum, regio, sector == null ? "null" : "\"" + sector + "\""));
    }

    private static String aanwezigheid(String id, String regio, int werkgevers, int kandidaten) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < werkgevers; i++) {
            ids.append(i == 0 ? "" : ",").append('"').append(UUID.randomUUID()).append('"');
        }
        return event("nl.werkgeversdienstverlening.evenementen.aanwezigheid-vastgelegd.v1", ACCOUNT, id, """
                {"evenementId":"%s","regio":"%s","werkgeverIds":[%s],"aantalWerkgevers":%d,"aantalKandidaten":%d}"""
                .formatted(id, regio, ids, werkgevers, kandidaten));
    }

    private static String vacature(String type, String id, String regio, String evenementId) {
        return event(type, VACANCY, id, """
                {"vacatureId":"%s","werkgeverId":"%s","accountmanagerId":"%s","accountmanagerPartner":"gemeente-amersfoort",
                 "titel":"Timmerman","escoBeroep":"http://data.europa.eu/esco/occupation/a7c1d23d-aeca-4bee-9a08-5993ed98b135",
                 "vereisteVaardigheden":[],"gewensteVaardigheden":[],"urenPerWeek":38,"aantalPosities":2,"werklocatieGemeente":"Amersfoort",
                 "regio":"%s","sector":"bouw","contractvorm":"vast","startdatum":null,"sluitingsdatum":null,
                 "opleidingsniveau":null,"geschiktVoorBanenafspraak":false,"rijbewijsVereist":false,"eigenBestandTot":"2036-06-02T09:00:00Z"%s}
                """.formatted(id, UUID.randomUUID(), UUID.randomUUID(), regio, evenementId == null ? "" : ",\"evenementId\":\"" + evenementId + "\""));
    }

    private static String plaatsing(String vacatureId, String regio) {
        String id = UUID.randomUUID().toString();
        return event("nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1", MATCHING, id, """
                {"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"gemeente-amersfoort","gemeente":"Amersfoort","regio":"%s",
                 "doelgroepen":["bijstand"],"startdatum":"2036-07-01","contractvorm":"vast","urenPerWeek":38,"instrumenten":[]}"""
                .formatted(id, vacatureId, UUID.randomUUID(), regio));
    }

    private static JsonPath rapport(String regio, Integer kwartaal) {
        var verzoek = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2036);
        if (kwartaal != null) {
            verzoek = verzoek.queryParam("kwartaal", kwartaal);
        }
        return verzoek.get("/api/v1/rapportages/evenementen").then().statusCode(200).extract().jsonPath();
    }

    private static void zelfdeGetallen(String regio) {
        JsonPath jaar = rapport(regio, null);
        assertThat(jaar.getList("perSoort.soort")).containsExactly("banenmarkt", "speedmeet");
        assertThat(jaar.getInt("totaal.evenementen")).isEqualTo(2);
        String speedmeet = "perSoort.find { it.soort == 'speedmeet' }";
        assertThat(jaar.getString(speedmeet + ".niveau")).isEqualTo("branche");
        assertThat(jaar.getString(speedmeet + ".sector")).isEqualTo("bouw");
        assertThat(jaar.getInt(speedmeet + ".aanwezigeWerkgevers")).as("the latest attendance replaces the first").isEqualTo(3);
        assertThat(jaar.getInt(speedmeet + ".aanwezigeKandidaten")).isEqualTo(9);
        assertThat(jaar.getInt(speedmeet + ".vacaturesOpgehaald")).isEqualTo(2);
        assertThat(jaar.getInt(speedmeet + ".plaatsingen")).as("a duplicate placement counts once").isEqualTo(3);
        String banenmarkt = "perSoort.find { it.soort == 'banenmarkt' }";
        assertThat(jaar.getString(banenmarkt + ".sector")).isEmpty();
        assertThat(jaar.getInt(banenmarkt + ".vacaturesOpgehaald")).as("the vacancy that no longer names it left").isZero();
        assertThat(jaar.getInt(banenmarkt + ".aanwezigeWerkgevers")).isZero();
        assertThat(jaar.getInt("totaal.aanwezigeWerkgevers")).isEqualTo(3);
        assertThat(jaar.getInt("totaal.plaatsingen")).isEqualTo(3);
        JsonPath k1 = rapport(regio, 1);
        assertThat(k1.getList("perSoort.soort")).containsExactly("speedmeet");
        JsonPath k4 = rapport(regio, 4);
        assertThat(k4.getInt("totaal.evenementen")).isZero();
    }

    @Test
    void evenementen_tellen_per_soort_niveau_en_sector_met_wie_er_kwam_wat_er_werd_opgehaald_en_geplaatst_en_een_herbouw_telt_hetzelfde() {
        String regio = TestRegio.nieuw();
        String speedmeet = UUID.randomUUID().toString();
        String banenmarkt = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        TestKafka.send("wsp.account.evenementen", speedmeet, evenement(speedmeet, regio, "speedmeet", "branche", "bouw", "2036-03-12"));
        TestKafka.send("wsp.account.evenementen", speedmeet, aanwezigheid(speedmeet, regio, 5, 12));
        String tweede = aanwezigheid(speedmeet, regio, 3, 9);
        TestKafka.send("wsp.account.evenementen", speedmeet, tweede);
        TestKafka.send("wsp.account.evenementen", speedmeet, tweede); // delivered twice
        TestKafka.send("wsp.account.evenementen", banenmarkt, evenement(banenmarkt, regio, "banenmarkt", "regio", null, "2036-05-20"));
        TestKafka.send("wsp.account.evenementen", later, evenement(later, regio, "meet-en-match", "overheid", null, "2037-02-01"));

        String v1 = UUID.randomUUID().toString();
        String v2 = UUID.randomUUID().toString();
        String v3 = UUID.randomUUID().toString();
        String zonder = UUID.randomUUID().toString();
        String geopend = "nl.werkgeversdienstverlening.vacatures.geopend.v1";
        // placements before their vacancy's event: the topics are read side by side, the report joins at query time
        String p1 = plaatsing(v1, regio);
        TestKafka.send("wsp.matching.plaatsingen", v1, p1);
        TestKafka.send("wsp.matching.plaatsingen", v1, p1); // delivered twice
        TestKafka.send("wsp.vacancy.vacatures", v1, vacature(geopend, v1, regio, speedmeet));
        TestKafka.send("wsp.vacancy.vacatures", v2, vacature(geopend, v2, regio, speedmeet));
        TestKafka.send("wsp.vacancy.vacatures", v3, vacature(geopend, v3, regio, banenmarkt));
        TestKafka.send("wsp.vacancy.vacatures", v3, vacature("nl.werkgeversdienstverlening.vacatures.gewijzigd.v1", v3, regio, null));
        TestKafka.send("wsp.vacancy.vacatures", zonder, vacature(geopend, zonder, regio, null));
        TestKafka.send("wsp.matching.plaatsingen", v1, plaatsing(v1, regio));
        TestKafka.send("wsp.matching.plaatsingen", v2, plaatsing(v2, regio));
        TestKafka.send("wsp.matching.plaatsingen", v3, plaatsing(v3, regio));
        TestKafka.send("wsp.matching.plaatsingen", zonder, plaatsing(zonder, regio));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> zelfdeGetallen(regio));

        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(5))
                .untilAsserted(() -> zelfdeGetallen(regio));

        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2036).queryParam("formaat", "csv")
                .get("/api/v1/rapportages/evenementen").then().statusCode(200)
                .body(containsString("soort,niveau,sector,evenementen,aanwezigeWerkgevers,aanwezigeKandidaten,vacaturesOpgehaald,plaatsingen"))
                .body(containsString("speedmeet,branche,bouw,1,3,9,2,3"));
    }

    @Test
    void zonder_regio_is_het_400_met_het_veld_en_een_adviseur_ziet_het_niet() {
        given().auth().oauth2(Tokens.dashboard()).queryParam("jaar", 2036).get("/api/v1/rapportages/evenementen")
                .then().statusCode(400).body("invalidParams.name", contains("regio"));
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort"))
                .queryParam("regio", "Amersfoort").queryParam("jaar", 2036).get("/api/v1/rapportages/evenementen").then().statusCode(403);
    }
}
