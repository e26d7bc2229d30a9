package nl.wsp.account.team;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;

/** Issue 17 item 4 (docs/adr/0033): units of a region with a work area, and the advisers that belong to them. */
@QuarkusTest
class TeamTest {

    @Inject
    EntityManager em;

    @Test
    void twee_teams_van_midden_limburg_delen_leudal_en_elk_staat_met_zijn_werkgebied_op_kafka() {
        String s = Testdata.kort();
        String roermond = richtIn("Midden-Limburg", "Roermond " + s, "[\"Roermond\", \"Roerdalen\", \"Leudal\", \"Maasgouw\"]");
        String weert = given().auth().oauth2(Tokens.beheerder("Midden-Limburg")).contentType(ContentType.JSON)
                .body("{\"regio\": \"Midden-Limburg\", \"naam\": \"Weert " + s + "\", \"werkgebied\": [\"weert\", \"Nederweert\", \"Leudal\", \"Cranendonck\"]}")
                .post("/api/v1/teams").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/teams/"))
                .body("werkgebied", contains("Cranendonck", "Leudal", "Nederweert", "Weert"))
                .extract().path("id");
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/teams/" + roermond).then().statusCode(200)
                .body("werkgebied", contains("Leudal", "Maasgouw", "Roerdalen", "Roermond"));
        assertThat(Testdata.allePaginas(Tokens.beheerder(), "/api/v1/teams?regio=Midden-Limburg"))
                .extracting(t -> t.get("id")).contains(roermond, weert);
        assertThat(TestKafka.readUntil(TeamGegevens.TOPIC, r -> r.key().equals(weert), Duration.ofSeconds(20)))
                .hasSize(1).first().satisfies(r -> assertThat(r.value())
                        .contains("\"type\":\"" + TeamGegevens.INGERICHT + "\"")
                        .contains("\"werkgebied\":[\"Cranendonck\",\"Leudal\",\"Nederweert\",\"Weert\"]"));
    }

    @Test
    void een_gemeente_buiten_de_regio_of_twee_keer_in_het_werkgebied_is_400_en_slaat_niets_op() {
        String s = Testdata.kort();
        long voor = teams();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"Midden-Limburg\", \"naam\": \"Weert " + s + "\", \"werkgebied\": [\"Weert\", \"Amersfoort\"]}")
                .post("/api/v1/teams").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("werkgebied[1]"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"Midden-Limburg\", \"naam\": \"Weert " + s + "\", \"werkgebied\": [\"Weert\", \"WEERT\"]}")
                .post("/api/v1/teams").then().statusCode(400).body("invalidParams.name", contains("werkgebied[1]"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"Midden-Limburg\", \"naam\": \"Weert " + s + "\", \"werkgebied\": [\"Atlantis\"]}")
                .post("/api/v1/teams").then().statusCode(400).body("invalidParams.name", contains("werkgebied[0]"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"Midden-Limburg\", \"naam\": \"Weert " + s + "\", \"werkgebied\": []}")
                .post("/api/v1/teams").then().statusCode(400).body("invalidParams.name", contains("werkgebied"));
        assertThat(teams()).isEqualTo(voor);
        richtIn("Midden-Limburg", "Weert " + s, "[\"Weert\"]");
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"Midden-Limburg\", \"naam\": \"Weert " + s + "\", \"werkgebied\": [\"Nederweert\"]}")
                .post("/api/v1/teams").then().statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:team-bestaat"));
        assertThat(teams()).isEqualTo(voor + 1);
    }

    @Test
    void een_gewijzigd_werkgebied_staat_als_gewijzigd_event_op_kafka_en_de_regio_verandert_niet() {
        String s = Testdata.kort();
        String team = richtIn("Midden-Limburg", "Roermond " + s, "[\"Roermond\"]");
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"Midden-Limburg\", \"naam\": \"Roermond " + s + "\", \"werkgebied\": [\"Roermond\", \"Leudal\"]}")
                .put("/api/v1/teams/" + team).then().statusCode(200).body("werkgebied", contains("Leudal", "Roermond"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"Amersfoort\", \"naam\": \"Roermond " + s + "\", \"werkgebied\": [\"Amersfoort\"]}")
                .put("/api/v1/teams/" + team).then().statusCode(400).body("invalidParams.name", contains("regio"));
        assertThat(TestKafka.readUntil(TeamGegevens.TOPIC, r -> r.key().equals(team) && r.value().contains(TeamGegevens.GEWIJZIGD),
                Duration.ofSeconds(20))).hasSize(1).first()
                .satisfies(r -> assertThat(r.value()).contains("\"werkgebied\":[\"Leudal\",\"Roermond\"]"));
    }

    @Test
    void een_adviseur_hoort_bij_een_team_gaat_over_naar_een_ander_en_elke_overgang_is_een_event() {
        String s = Testdata.kort();
        String roermond = richtIn("Midden-Limburg", "Roermond " + s, "[\"Roermond\", \"Leudal\"]");
        String weert = richtIn("Midden-Limburg", "Weert " + s, "[\"Weert\", \"Leudal\"]");
        Testdata.Adviseur a = Testdata.adviseur(Testdata.partner("Midden-Limburg"));
        given().auth().oauth2(Tokens.beheerder()).put("/api/v1/teams/{t}/leden/{a}", roermond, a.id()).then().statusCode(200)
                .body("teamId", equalTo(roermond)).body("adviseurId", equalTo(a.id()));
        given().auth().oauth2(Tokens.beheerder()).put("/api/v1/teams/{t}/leden/{a}", roermond, a.id()).then().statusCode(200);
        given().auth().oauth2(Tokens.beheerder()).put("/api/v1/teams/{t}/leden/{a}", weert, a.id()).then().statusCode(200)
                .body("teamId", equalTo(weert));
        given().auth().oauth2(a.token()).get("/api/v1/teams/{t}/leden", roermond).then().statusCode(200).body("resultaten", empty());
        given().auth().oauth2(a.token()).get("/api/v1/teams/{t}/leden", weert).then().statusCode(200)
                .body("resultaten.adviseurId", contains(a.id()));
        var events = TestKafka.readUntil(TeamGegevens.TOPIC,
                r -> r.value().contains(AdviseurIngedeeld.TYPE) && r.value().contains(a.id()), Duration.ofSeconds(20));
        assertThat(events).as("joining the unit it is in already tells no one").hasSize(2);
        // two units, two keys: the records may come from two partitions in either order
        assertThat(events).filteredOn(r -> r.key().equals(roermond)).singleElement()
                .satisfies(r -> assertThat(r.value()).doesNotContain("\"vorigTeamId\":\""));
        assertThat(events).filteredOn(r -> r.key().equals(weert)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"vorigTeamId\":\"" + roermond + "\"")
                        .contains("\"partner\":\"" + a.partner() + "\""));
    }

    @Test
    void een_adviseur_van_een_andere_regio_past_niet_in_het_team_en_een_regionale_beheerder_ziet_geen_ander_team() {
        String team = richtIn("Midden-Limburg", "Weert " + Testdata.kort(), "[\"Weert\"]");
        Testdata.Adviseur amersfoort = Testdata.adviseur();
        given().auth().oauth2(Tokens.beheerder()).put("/api/v1/teams/{t}/leden/{a}", team, amersfoort.id()).then()
                .statusCode(400).body("invalidParams.name", contains("adviseurId"));
        given().auth().oauth2(Tokens.beheerder("Midden-Limburg")).put("/api/v1/teams/{t}/leden/{a}", team, amersfoort.id()).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.beheerder("Amersfoort")).get("/api/v1/teams/{t}", team).then().statusCode(404);
        given().auth().oauth2(amersfoort.token()).get("/api/v1/teams/{t}/leden", team).then().statusCode(404);
        assertThat(Testdata.allePaginas(amersfoort.token(), "/api/v1/teams")).extracting(t -> t.get("id")).doesNotContain(team);
    }

    private static String richtIn(String regio, String naam, String werkgebied) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"" + regio + "\", \"naam\": \"" + naam + "\", \"werkgebied\": " + werkgebied + "}")
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    private long teams() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM team").getSingleResult()).longValue());
    }
}
