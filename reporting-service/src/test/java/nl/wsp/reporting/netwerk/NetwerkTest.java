package nl.wsp.reporting.netwerk;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.reporting.TestBellers;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

/**
 * Item 3 of the employer-services issue: the network report from account's and vacancy's events over the real broker —
 * employers known, with regular contact (at least 2 contact moments in the 12 months up to the period's end), with
 * vacancies opened in the period, key accounts, ambassadors — per sector; a duplicate counts once, a rebuild is the same.
 */
@QuarkusTest
class NetwerkTest {

    private static String event(String type, String source, String subject, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"%s","subject":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), source, type, time, subject, data);
    }

    private static String werkgever(String id, String regio, String sector, boolean keyAccount, boolean smaakmaker, String op) {
        return event("nl.werkgeversdienstverlening.werkgevers.geregistreerd.v1", "urn:nld:oin:00000000000000000000:systeem:account-service", id, op + "T09:00:00Z", """
                {"werkgeverId":"%s","kvkNummer":"12345678","naam":"Werkgever","vestigingsgemeente":"Soest","regio":"%s","sector":"%s",
                 "aantalWerknemers":40,"keyAccount":%s,"smaakmaker":%s}""".formatted(id, regio, sector, keyAccount, smaakmaker));
    }

    private static String contact(String werkgever, String regio, String datum) {
        return event("nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1", "urn:nld:oin:00000000000000000000:systeem:account-service", werkgever, datum + "T10:00:00Z", """
                {"werkgeverId":"%s","contactmomentId":"%s","soort":"bezoek","datum":"%s","adviseurId":"%s","adviseurPartner":"uwv-amersfoort",
                 "vestigingsgemeente":"Soest","regio":"%s","accountmanagerGenotificeerd":false}""".formatted(werkgever, UUID.randomUUID(), datum,
                UUID.randomUUID(), regio));
    }

    private static String vacature(String werkgever, String regio, String op) {
        String id = UUID.randomUUID().toString();
        return event("nl.werkgeversdienstverlening.vacatures.geopend.v1", "urn:nld:oin:00000000000000000000:systeem:vacancy-service", id, op + "T08:00:00Z", """
                {"vacatureId":"%s","werkgeverId":"%s","accountmanagerId":"%s","accountmanagerPartner":"gemeente-amersfoort",
                 "titel":"Medewerker logistiek","escoBeroep":"http://data.europa.eu/esco/occupation/a7c1d23d-aeca-4bee-9a08-5993ed98b135",
                 "vereisteVaardigheden":[],"gewensteVaardigheden":[],"urenPerWeek":32,"aantalPosities":1,"werklocatieGemeente":"Amersfoort",
                 "regio":"%s","sector":"logistiek","contractvorm":"tijdelijk","startdatum":"2036-03-01","sluitingsdatum":"2036-03-31",
                 "opleidingsniveau":"mbo-2","geschiktVoorBanenafspraak":false,"rijbewijsVereist":false,"eigenBestandTot":"%sT08:00:00Z"}
                """.formatted(id, werkgever, UUID.randomUUID(), regio, op));
    }

    private static JsonPath rapport(String regio, Integer kwartaal) {
        var verzoek = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2036);
        if (kwartaal != null) {
            verzoek = verzoek.queryParam("kwartaal", kwartaal);
        }
        return verzoek.get("/api/v1/rapportages/netwerk").then().statusCode(200).extract().jsonPath();
    }

    private static void zelfdeGetallen(String regio) {
        JsonPath jaar = rapport(regio, null);
        assertThat(jaar.getList("perSector.sector")).containsExactly("techniek", "zorg");
        assertThat(jaar.getInt("totaal.bekend")).isEqualTo(3);
        assertThat(jaar.getInt("totaal.regelmatigContact")).isEqualTo(2);
        assertThat(jaar.getInt("perSector.find { it.sector == 'zorg' }.regelmatigContact")).isEqualTo(1);
        assertThat(jaar.getInt("totaal.metVacatures")).isEqualTo(1);
        assertThat(jaar.getInt("perSector.find { it.sector == 'zorg' }.metVacatures")).isEqualTo(1);
        assertThat(jaar.getInt("totaal.keyAccounts")).isEqualTo(1);
        assertThat(jaar.getInt("totaal.ambassadeurs")).isEqualTo(1);
        JsonPath k1 = rapport(regio, 1);
        assertThat(k1.getInt("totaal.bekend")).isEqualTo(3);
        assertThat(k1.getInt("totaal.regelmatigContact")).isZero();
        assertThat(k1.getInt("totaal.metVacatures")).isZero();
    }

    @Test
    void het_netwerk_telt_bekende_werkgevers_regelmatig_contact_vacatures_key_accounts_en_ambassadeurs_en_een_herbouw_telt_hetzelfde() {
        String regio = TestRegio.nieuw();
        String w1 = UUID.randomUUID().toString();
        String w2 = UUID.randomUUID().toString();
        String w3 = UUID.randomUUID().toString();
        String w4 = UUID.randomUUID().toString();
        TestKafka.send("wsp.account.werkgevers", w1, werkgever(w1, regio, "zorg", true, false, "2036-01-10"));
        TestKafka.send("wsp.account.werkgevers", w2, werkgever(w2, regio, "zorg", false, true, "2036-02-01"));
        TestKafka.send("wsp.account.werkgevers", w3, werkgever(w3, regio, "techniek", false, false, "2036-03-05"));
        TestKafka.send("wsp.account.werkgevers", w4, werkgever(w4, regio, "techniek", true, true, "2037-01-04")); // after 2036
        TestKafka.send("wsp.account.werkgevers", w1, contact(w1, regio, "2036-03-01"));
        TestKafka.send("wsp.account.werkgevers", w1, contact(w1, regio, "2036-09-01"));
        String eenmaal = contact(w2, regio, "2036-05-01");
        TestKafka.send("wsp.account.werkgevers", w2, eenmaal);
        TestKafka.send("wsp.account.werkgevers", w2, eenmaal); // delivered twice: still one contact, so not regular
        TestKafka.send("wsp.account.werkgevers", w3, contact(w3, regio, "2036-04-01"));
        TestKafka.send("wsp.account.werkgevers", w3, contact(w3, regio, "2036-04-15"));
        TestKafka.send("wsp.vacancy.vacatures", w2, vacature(w2, regio, "2036-06-10"));
        TestKafka.send("wsp.vacancy.vacatures", w3, vacature(w3, regio, "2035-11-20")); // before the period

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> zelfdeGetallen(regio));

        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(5))
                .untilAsserted(() -> zelfdeGetallen(regio));
    }

    @Test
    void zonder_regio_is_het_400_met_het_veld_en_een_adviseur_ziet_het_niet() {
        given().auth().oauth2(Tokens.dashboard()).queryParam("jaar", 2036).get("/api/v1/rapportages/netwerk")
                .then().statusCode(400).body("invalidParams.name", contains("regio"));
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort"))
                .queryParam("regio", "Amersfoort").queryParam("jaar", 2036).get("/api/v1/rapportages/netwerk").then().statusCode(403);
    }
}
