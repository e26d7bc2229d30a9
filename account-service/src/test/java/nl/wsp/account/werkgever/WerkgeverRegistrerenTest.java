package nl.wsp.account.werkgever;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.Map;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class WerkgeverRegistrerenTest {

    @Inject
    EntityManager em;

    @Test
    void een_adviseur_registreert_een_werkgever_de_regio_volgt_uit_de_gemeente_en_het_event_staat_op_kafka() {
        String kvk = Testdata.kvk();
        var response = given().auth().oauth2(Testdata.adviseur().token()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(kvk, "Bouwbedrijf Van de Kamp", "leusden", "bouw", 40, null))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(201)
                .body("kvkNummer", equalTo(kvk))
                .body("vestigingsgemeente", equalTo("Leusden"))
                .body("regio", equalTo("Amersfoort"))
                .body("bediend", equalTo(true))
                .body("keyAccount", equalTo(false))
                .body("accountmanager", nullValue());
        String id = response.extract().path("id");
        response.header("Location", endsWith("/api/v1/werkgevers/" + id));

        List<ConsumerRecord<String, String>> records = TestKafka.readUntil(WerkgeverGeregistreerd.TOPIC,
                r -> r.value().contains(kvk), Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo(id);
        assertThat(records.get(0).value()).contains("\"type\":\"" + WerkgeverGeregistreerd.TYPE + "\"")
                .contains("\"aantalWerknemers\":40").contains("\"regio\":\"Amersfoort\"");
    }

    @Test
    void elke_gemeente_van_de_35_regios_geeft_haar_eigen_regio_en_geen_standaardregio() {
        // the first and the last municipality of every region of the reference data
        Map<String, List<String>> perRegio = nl.wsp.referentie.Arbeidsmarktregios.perRegio();
        assertThat(perRegio).hasSize(35);
        perRegio.forEach((regio, gemeenten) -> {
            for (String gemeente : Set.of(gemeenten.get(0), gemeenten.get(gemeenten.size() - 1))) {
                given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                        .body(Testdata.werkgeverJson(Testdata.kvk(), "Regio BV", gemeente, "bouw", 9, null))
                        .when().post("/api/v1/werkgevers")
                        .then().statusCode(201).body("vestigingsgemeente", equalTo(gemeente)).body("regio", equalTo(regio));
            }
        });
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Zwolse Zorg", "Zwolle", "zorg", 30, null))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(201).body("vestigingsgemeente", equalTo("Zwolle")).body("regio", equalTo("Regio Zwolle"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Larense Bakkerij", "laren", "horeca", 12, null))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(201).body("vestigingsgemeente", equalTo("Laren (NH.)")).body("regio", equalTo("Gooi en Vechtstreek"));
        long voor = aantal();
        for (String onbekend : List.of("Weesp", "Bergen", "-1", "<script>", "../../etc/passwd")) {
            given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                    .body(Testdata.werkgeverJson(Testdata.kvk(), "X", onbekend, "bouw", 8, null))
                    .when().post("/api/v1/werkgevers")
                    .then().statusCode(400).body("invalidParams.name", contains("vestigingsgemeente"));
        }
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void een_bestaand_kvk_nummer_is_409_met_de_bestaande_werkgever_en_zijn_accountmanager() {
        String partner = Testdata.partner();
        Testdata.Adviseur am = Testdata.adviseur(partner);
        String kvk = Testdata.kvk();
        String id = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(kvk, "Zorggroep Amaris", "Amersfoort", "zorg-en-welzijn", 300, am.id()))
                .post("/api/v1/werkgevers").then().statusCode(201)
                .body("accountmanager.id", equalTo(am.id())).extract().path("id");
        long voor = aantal();

        given().auth().oauth2(Testdata.adviseur().token()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(kvk, "Amaris (tweede poging)", "Soest", "zorg-en-welzijn", 10, null))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:werkgever-bestaat"))
                .body("bestaandeWerkgever", equalTo("/api/v1/werkgevers/" + id))
                .body("bestaandeWerkgeverNaam", equalTo("Zorggroep Amaris"))
                .body("accountmanager.id", equalTo(am.id()))
                .body("accountmanager.partner", equalTo(partner))
                .body("accountmanager.link", equalTo("/api/v1/adviseurs/" + am.id()));
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void een_kvk_nummer_van_zeven_cijfers_is_400_bij_naam_en_slaat_niets_op() {
        long voor = aantal();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson("1234567", "Te Kort BV", "Amersfoort", "bouw", 10, null))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:ongeldige-invoer"))
                .body("invalidParams.name", contains("kvkNummer"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson("1234567a", "Letter BV", "Amersfoort", "bouw", 10, null))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(400).body("invalidParams.name", contains("kvkNummer"));
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void een_negatief_aantal_werknemers_is_400_bij_naam_en_slaat_niets_op() {
        long voor = aantal();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Min BV", "Amersfoort", "bouw", -3, null))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(400).body("invalidParams.name", contains("aantalWerknemers"));
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void een_onbekend_veld_een_onbekende_gemeente_en_een_onbekende_adviseur_worden_bij_naam_geweigerd() {
        long voor = aantal();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"kvkNummer": "%s", "naam": "X", "vestigingsgemeente": "Amersfoort", "sector": "bouw",
                         "aantalWerknemers": 8, "omzet": 1000000}
                        """.formatted(Testdata.kvk()))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(400).body("invalidParams.name", contains("omzet"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "X", "Atlantis", "bouw", 8, null))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(400).body("invalidParams.name", contains("vestigingsgemeente"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "X", "Amersfoort", "bouw", 8, "00000000-0000-0000-0000-000000000000"))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(400).body("invalidParams.name", contains("accountmanagerId"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"kvkNummer": "%s", "naam": "X", "vestigingsgemeente": "Amersfoort", "sector": "bouw",
                         "aantalWerknemers": "veel"}
                        """.formatted(Testdata.kvk()))
                .when().post("/api/v1/werkgevers")
                .then().statusCode(400).body("invalidParams.name", contains("aantalWerknemers"));
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void partnersystemen_en_dashboards_zien_geen_werkgevers() {
        String id = Testdata.werkgever("Hotel De Witte Bergen", "horeca", 60, null);
        for (String token : List.of(Tokens.partnersysteem("gemeente-amersfoort"), Tokens.dashboard())) {
            given().auth().oauth2(token).when().get("/api/v1/werkgevers/" + id)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));
            given().auth().oauth2(token).when().get("/api/v1/werkgevers?naam=Witte")
                    .then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Testdata.werkgeverJson(Testdata.kvk(), "X", "Amersfoort", "bouw", 8, null))
                    .when().post("/api/v1/werkgevers").then().statusCode(403);
        }
        given().auth().oauth2(Testdata.adviseur().token()).when().get("/api/v1/werkgevers/" + id)
                .then().statusCode(200).body("naam", equalTo("Hotel De Witte Bergen"));
    }

    @Test
    void een_onbekende_werkgever_is_404() {
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/werkgevers/6b1c9a0e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/werkgevers/geen-uuid")
                .then().statusCode(404);
    }

    @Test
    void de_accountmanager_wijzigt_de_gegevens_en_een_ander_mag_dat_niet() {
        String partner = Testdata.partner();
        Testdata.Adviseur am = Testdata.adviseur(partner);
        Testdata.Adviseur ander = Testdata.adviseur(partner);
        String id = Testdata.werkgever("Van Keulen Transport", "logistiek", 30, am.id());
        String wijziging = """
                {"naam": "Van Keulen Transport & Opslag", "vestigingsgemeente": "Nijkerk", "sector": "logistiek",
                 "aantalWerknemers": 45, "keyAccount": true, "smaakmaker": false}
                """;
        given().auth().oauth2(ander.token()).contentType(ContentType.JSON).body(wijziging)
                .when().put("/api/v1/werkgevers/" + id).then().statusCode(403);
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(wijziging)
                .when().put("/api/v1/werkgevers/" + id).then().statusCode(200)
                .body("naam", equalTo("Van Keulen Transport & Opslag"))
                .body("vestigingsgemeente", equalTo("Nijkerk"))
                .body("keyAccount", equalTo(true));
        assertThat(TestKafka.readUntil(WerkgeverGeregistreerd.TOPIC,
                r -> r.value().contains(WerkgeverGewijzigd.TYPE) && r.value().contains(id), Duration.ofSeconds(20)))
                .hasSize(1);
    }

    private long aantal() {
        return (Long) em.createQuery("select count(w) from Werkgever w").getSingleResult();
    }
}
