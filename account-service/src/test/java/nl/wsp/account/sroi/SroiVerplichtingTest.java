package nl.wsp.account.sroi;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Social return obligations (issue 17 item 6; docs/adr/0032): an employer's, from a partner's procurement, in euros over a period. */
@QuarkusTest
class SroiVerplichtingTest {

    @Inject
    EntityManager em;

    static String verplichting(String opdrachtgever, String bedrag, String van, String tot) {
        return """
                {"aanbesteding": "  Onderhoud openbare ruimte  ", "opdrachtgever": "%s", "bedrag": %s, "periodeVan": "%s", "periodeTot": "%s"}
                """.formatted(opdrachtgever, bedrag, van, tot);
    }

    @Test
    void een_adviseur_van_de_regio_legt_een_verplichting_vast_en_het_event_gaat_met_de_staat_mee() {
        Testdata.Adviseur a = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Groen BV " + Testdata.kort(), "bouw", 40, null);
        String id = given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(verplichting(a.partner(), "90000.5", "2025-01-01", "2027-12-31"))
                .post("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/sroi-verplichtingen/"))
                .body("aanbesteding", equalTo("Onderhoud openbare ruimte")).body("opdrachtgever", equalTo(a.partner()))
                .body("bedrag", equalTo(90000.50f)).body("status", equalTo("lopend")).body("regio", equalTo("Amersfoort"))
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = TestKafka.readUntil(SroiVerplichtingGegevens.TOPIC,
                r -> r.value().contains(id), Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo(id);
        assertThat(records.get(0).value()).contains("\"type\":\"" + SroiVerplichtingGegevens.VASTGELEGD + "\"")
                .contains("\"bedrag\":90000.5").contains("\"werkgeverId\":\"" + werkgever + "\"");

        given().auth().oauth2(Testdata.adviseur().token()).get("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(id));
        given().auth().oauth2(a.token()).get("/api/v1/sroi-verplichtingen/{id}", id).then().statusCode(200)
                .body("periodeTot", equalTo("2027-12-31"));
    }

    @Test
    void het_bedrag_is_positief_met_hoogstens_twee_decimalen_en_slechte_invoer_verandert_niets() {
        Testdata.Adviseur a = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Bedrag BV " + Testdata.kort(), "bouw", 40, null);
        for (String bedrag : new String[]{"0", "-100", "10.001", "1000000000", "\"veel\""}) {
            given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                    .body(verplichting(a.partner(), bedrag, "2025-01-01", "2025-12-31"))
                    .post("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidParams.name", contains("bedrag"));
        }
        assertThat(tel("SELECT count(*) FROM sroi_verplichting WHERE werkgever_id = '" + werkgever + "'")).isZero();
    }

    @Test
    void de_periode_eindigt_niet_voor_ze_begint() {
        Testdata.Adviseur a = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Periode BV " + Testdata.kort(), "bouw", 40, null);
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(verplichting(a.partner(), "5000", "2026-01-01", "2025-12-31"))
                .post("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(400)
                .body("invalidParams.name", contains("periodeTot"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(verplichting(a.partner(), "5000", "2026-01-01", "2026-01-01"))
                .post("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(201);
    }

    @Test
    void de_opdrachtgever_is_een_partner_van_de_regio_van_de_werkgever() {
        Testdata.Adviseur a = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Opdracht BV " + Testdata.kort(), "bouw", 40, null);
        String brabants = Testdata.partner("Midden-Brabant");
        for (String opdrachtgever : new String[]{brabants, "gemeente-bestaat-niet"}) {
            given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                    .body(verplichting(opdrachtgever, "5000", "2026-01-01", "2026-12-31"))
                    .post("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(400)
                    .body("invalidParams.name", contains("opdrachtgever"));
        }
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body("{\"aanbesteding\": \"Zonder\", \"bedrag\": 5000, \"periodeVan\": \"2026-01-01\", \"periodeTot\": \"2026-12-31\"}")
                .post("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(400)
                .body("invalidParams.name", contains("opdrachtgever"));
    }

    @Test
    void een_werkgever_of_verplichting_van_een_andere_regio_is_404() {
        Testdata.Adviseur a = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Regio BV " + Testdata.kort(), "bouw", 40, null);
        String id = given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(verplichting(a.partner(), "5000", "2026-01-01", "2026-12-31"))
                .post("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(201).extract().path("id");
        Testdata.Adviseur brabant = Testdata.adviseur(Testdata.partner("Midden-Brabant"));
        given().auth().oauth2(brabant.token()).contentType(ContentType.JSON)
                .body(verplichting(brabant.partner(), "5000", "2026-01-01", "2026-12-31"))
                .post("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(404);
        given().auth().oauth2(brabant.token()).get("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(404);
        given().auth().oauth2(brabant.token()).get("/api/v1/sroi-verplichtingen/{id}", id).then().statusCode(404);
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).contentType(ContentType.JSON)
                .body(verplichting(a.partner(), "1", "2026-01-01", "2026-12-31"))
                .put("/api/v1/sroi-verplichtingen/{id}", id).then().statusCode(404);
        assertThat(tel("SELECT count(*) FROM sroi_verplichting WHERE id = '" + id + "' AND bedrag = 5000")).isEqualTo(1);
    }

    @Test
    void een_wijziging_vervangt_bedrag_en_periode_sluit_de_verplichting_en_houdt_de_opdrachtgever() {
        Testdata.Adviseur a = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Wijzig BV " + Testdata.kort(), "bouw", 40, null);
        String id = given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(verplichting(a.partner(), "5000", "2026-01-01", "2026-12-31"))
                .post("/api/v1/werkgevers/{w}/sroi-verplichtingen", werkgever).then().statusCode(201).extract().path("id");
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(verplichting(Testdata.partner(), "6000", "2026-01-01", "2027-06-30"))
                .put("/api/v1/sroi-verplichtingen/{id}", id).then().statusCode(400).body("invalidParams.name", contains("opdrachtgever"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body("{\"aanbesteding\": \"Onderhoud\", \"bedrag\": 6000, \"periodeVan\": \"2026-01-01\", \"periodeTot\": \"2025-06-30\"}")
                .put("/api/v1/sroi-verplichtingen/{id}", id).then().statusCode(400).body("invalidParams.name", contains("periodeTot"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"aanbesteding\": \"Onderhoud\", \"bedrag\": 6000, \"periodeVan\": \"2026-01-01\", \"periodeTot\": \"2027-06-30\", \"status\": \"gesloten\"}")
                .put("/api/v1/sroi-verplichtingen/{id}", id).then().statusCode(200)
                .body("bedrag", equalTo(6000.00f)).body("status", equalTo("gesloten")).body("opdrachtgever", equalTo(a.partner()));
        List<ConsumerRecord<String, String>> records = TestKafka.readUntil(SroiVerplichtingGegevens.TOPIC,
                r -> r.value().contains(id) && r.value().contains(SroiVerplichtingGegevens.GEWIJZIGD), Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value()).contains("\"status\":\"gesloten\"").contains("\"periodeTot\":\"2027-06-30\"");
    }

    private long tel(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
