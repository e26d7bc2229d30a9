package nl.wsp.matching.kandidaat;

import nl.wsp.matching.TestBellers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.kandidaat.Kandidaten.partner;
import static nl.wsp.matching.kandidaat.Kandidaten.pushEen;
import static nl.wsp.matching.kandidaat.Kandidaten.referentie;
import static nl.wsp.matching.kandidaat.Kandidaten.volledig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Disclosure by partner, OWASP API1, the audit trail, the right of access and erasure. */
@QuarkusTest
class KandidaatPrivacyTest {

    @Inject
    AgroalDataSource db;

    @Inject
    GewistWaarnemer waarnemer;

    @Test
    void de_eigen_partner_ziet_alles_ook_de_leefgebieden() {
        String partner = partner();
        UUID id = pushEen(partner, volledig(referentie()));
        for (String token : List.of(TestBellers.partnersysteem(partner), TestBellers.adviseur(partner))) {
            given().auth().oauth2(token).when().get("/api/v1/kandidaten/" + id).then().statusCode(200)
                    .body("zicht", equalTo("eigenaar"))
                    .body("naam.achternaam", equalTo("El Amrani"))
                    .body("contact.adres.postcode", equalTo("3811 HN"))
                    .body("leefgebieden[0].gebied", equalTo("schulden"))
                    .body("referentie", notNullValue());
        }
    }

    @Test
    void een_adviseur_van_een_andere_partner_ziet_een_gepseudonimiseerd_profiel() {
        UUID id = pushEen(partner(), volledig(referentie()));
        String body = given().auth().oauth2(TestBellers.adviseur(partner())).when().get("/api/v1/kandidaten/" + id)
                .then().statusCode(200)
                .body("zicht", equalTo("gepseudonimiseerd"))
                .body("naam", nullValue())
                .body("contact", nullValue())
                .body("leefgebieden", nullValue())
                .body("referentie", nullValue())
                .body("woongemeente", equalTo("Amersfoort"))
                .body("profiel.gewensteBeroepen", hasItems(Kandidaten.SCHOONMAKER_GEBOUWEN))
                .extract().asString();
        assertThat(body).doesNotContain("El Amrani", "Fatima", "Stadsring", "3811", "example.nl", "06-1234", "Schuldhulp");
    }

    @Test
    void een_partnersysteem_krijgt_404_op_elke_kandidaat_van_een_andere_partner() {
        String eigenaar = partner();
        UUID id = pushEen(eigenaar, volledig(referentie()));
        String ander = partner();
        Function<String, RequestSpecification> als = token -> given().auth().oauth2(token).contentType("application/json");

        als.apply(TestBellers.partnersysteem(ander)).get("/api/v1/kandidaten/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        als.apply(TestBellers.partnersysteem(ander)).get("/api/v1/kandidaten/" + id + "/inzage").then().statusCode(404);
        als.apply(TestBellers.partnersysteem(ander)).body("{\"reden\":\"verhuisd\"}")
                .post("/api/v1/kandidaten/" + id + "/intrekken").then().statusCode(404);
        als.apply(TestBellers.partnersysteem(ander)).delete("/api/v1/kandidaten/" + id).then().statusCode(404);
        als.apply(TestBellers.partnersysteem(ander)).post("/api/v1/kandidaten/" + id + "/wissen").then().statusCode(404);
        als.apply(TestBellers.partnersysteem(ander)).get("/api/v1/kandidaten/" + id + "/matches").then().statusCode(404);
        // an adviser of another partner may read the pseudonymised profile, never the full record
        als.apply(TestBellers.adviseur(ander)).get("/api/v1/kandidaten/" + id + "/inzage").then().statusCode(404);
        // updating through the bulk push: the same reference from another partner is that partner's own candidate
        UUID vanAnder = pushEen(ander, volledig(referentieVan(eigenaar, id)));
        assertThat(vanAnder).isNotEqualTo(id);

        // and nothing changed for the owner
        given().auth().oauth2(TestBellers.partnersysteem(eigenaar)).get("/api/v1/kandidaten/" + id).then().statusCode(200)
                .body("status", equalTo("beschikbaar"));
        // an unknown id looks exactly the same
        als.apply(TestBellers.partnersysteem(ander)).get("/api/v1/kandidaten/" + UUID.randomUUID()).then().statusCode(404);
        als.apply(TestBellers.partnersysteem(ander)).get("/api/v1/kandidaten/geen-uuid").then().statusCode(404);
    }

    @Test
    void rollen_zonder_recht_worden_geweigerd() {
        UUID id = pushEen(partner(), volledig(referentie()));
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/kandidaten/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/kandidaten/" + id + "/inzage").then().statusCode(403);
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort")).delete("/api/v1/kandidaten/" + id).then().statusCode(403);
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort")).contentType("application/json")
                .body("{\"reden\":\"verhuisd\"}").post("/api/v1/kandidaten/" + id + "/intrekken").then().statusCode(403);
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort")).get("/api/v1/kandidaten/wijzigingen").then().statusCode(403);
        given().get("/api/v1/kandidaten/" + id).then().statusCode(401);
    }

    @Test
    void elke_lezing_en_schrijving_komt_in_het_audittrail_met_trace_id() throws SQLException {
        String partner = partner();
        UUID id = pushEen(partner, volledig(referentie()));
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().auth().oauth2(TestBellers.adviseur(partner(), "5f8b2c4e-9a1d-4e7b-b3c6-2d8e4f6a1b9c")).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .get("/api/v1/kandidaten/" + id).then().statusCode(200);

        given().auth().oauth2(TestBellers.partnersysteem(partner)).get("/api/v1/kandidaten/" + id + "/inzage").then().statusCode(200)
                .body("kandidaat.leefgebieden[0].notitie", notNullValue())
                .body("verwerkingen.doel", hasItems("aanlevering", "bemiddeling", "inzageverzoek"))
                .body("verwerkingen.find { it.doel == 'bemiddeling' }.wie", equalTo("5f8b2c4e-9a1d-4e7b-b3c6-2d8e4f6a1b9c"))
                .body("verwerkingen.find { it.doel == 'bemiddeling' }.rol", equalTo("adviseur"))
                .body("verwerkingen.find { it.doel == 'bemiddeling' }.traceId", equalTo(trace))
                .body("verwerkingen.find { it.doel == 'aanlevering' }.partner", equalTo(partner));
    }

    @Test
    void het_audittrail_weigert_wijzigen_en_verwijderen() throws SQLException {
        UUID id = pushEen(partner(), volledig(referentie()));
        try (Connection c = db.getConnection()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "UPDATE verwerkingslogboek SET wie = 'niemand' WHERE betrokkene = '" + id + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "DELETE FROM verwerkingslogboek WHERE betrokkene = '" + id + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("TRUNCATE verwerkingslogboek"))
                    .hasMessageContaining("append-only");
        }
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?", id)).isEqualTo(1);
    }

    @Test
    void wissen_verwijdert_de_persoonsgegevens_en_meldt_alleen_het_id() throws SQLException {
        String partner = partner();
        UUID id = pushEen(partner, volledig(referentie()));
        given().auth().oauth2(TestBellers.partnersysteem(partner)).delete("/api/v1/kandidaten/" + id).then().statusCode(204);

        given().auth().oauth2(TestBellers.partnersysteem(partner)).get("/api/v1/kandidaten/" + id).then().statusCode(404);
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE id = ? AND (persoonsgegevens IS NOT NULL OR profiel IS NOT NULL "
                + "OR referentie IS NOT NULL)", id)).isZero();
        assertThat(tel("SELECT count(*) FROM kandidaat_leefgebied WHERE kandidaat_id = ?", id)).isZero();

        List<ConsumerRecord<String, String>> records = TestKafka.readUntil("wsp.matching.kandidaten",
                r -> id.toString().equals(r.key()), Duration.ofSeconds(30));
        ConsumerRecord<String, String> event = records.stream().filter(r -> id.toString().equals(r.key())).findFirst().orElseThrow();
        assertThat(event.value()).contains("\"type\":\"nl.werkgeversdienstverlening.kandidaten.gewist.v1\"")
                .contains("\"data\":{\"kandidaatId\":\"" + id + "\"}")
                .doesNotContain("El Amrani", "Amersfoort", "schulden");

        assertThat(waarnemer.gewist()).as("modules of this service hear it in the same transaction").contains(id);

        // the partner's feed reports the erasure
        given().auth().oauth2(TestBellers.partnersysteem(partner)).get("/api/v1/kandidaten/wijzigingen").then().statusCode(200)
                .body("resultaten.find { it.id == '" + id + "' }.status", equalTo("gewist"));
    }

    @Test
    void de_beheerder_kan_wissen_via_post() {
        UUID id = pushEen(partner(), volledig(referentie()));
        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/kandidaten/" + id + "/wissen").then().statusCode(204);
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/kandidaten/" + id).then().statusCode(404);
    }

    @Test
    void leefgebieden_staan_apart_en_nooit_in_een_event() throws SQLException {
        String partner = partner();
        UUID id = pushEen(partner, volledig(referentie()));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE id = ? AND (profiel::text LIKE '%Schuldhulp%' "
                + "OR persoonsgegevens::text LIKE '%Schuldhulp%')", id)).isZero();
        assertThat(tel("SELECT count(*) FROM kandidaat_leefgebied WHERE kandidaat_id = ?", id)).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM outbox_event WHERE payload LIKE '%Schuldhulp%' OR payload LIKE '%El Amrani%'")).isZero();

        Map<String, Object> zonder = volledig(referentieVan(partner, id));
        zonder.remove("leefgebieden");
        Kandidaten.push(partner, List.of(zonder)).statusCode(200).body("resultaten[0].resultaat", equalTo("bijgewerkt"));
        assertThat(tel("SELECT count(*) FROM kandidaat_leefgebied WHERE kandidaat_id = ?", id)).isZero();
    }

    private String referentieVan(String partner, UUID id) {
        return given().auth().oauth2(TestBellers.partnersysteem(partner)).get("/api/v1/kandidaten/" + id)
                .then().statusCode(200).extract().path("referentie");
    }

    private long tel(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
