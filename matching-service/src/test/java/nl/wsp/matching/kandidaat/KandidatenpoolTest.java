package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.matching.TestBellers;
import nl.wsp.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.kandidaat.Kandidaten.partner;
import static nl.wsp.matching.kandidaat.Kandidaten.push;
import static nl.wsp.matching.kandidaat.Kandidaten.referentie;
import static nl.wsp.matching.kandidaat.Kandidaten.volledig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Issue 18 items 5 and 7 (docs/adr/0043): the optional age band of the intake and the pool counts matching publishes for
 * reporting — numbers per municipality, target groups and band, never a candidate, once per change.
 */
@QuarkusTest
class KandidatenpoolTest {

    @Inject
    AgroalDataSource db;
    @Inject
    ObjectMapper json;

    private static Map<String, Object> kandidaat(String gemeente, List<String> doelgroepen, String band) {
        Map<String, Object> k = volledig(referentie());
        k.put("woongemeente", gemeente);
        k.put("doelgroepen", doelgroepen);
        if (band != null) {
            k.put("leeftijdsband", band);
        }
        return k;
    }

    @Test
    void een_onbekende_leeftijdsband_wordt_geweigerd_en_noemt_het_veld() throws SQLException {
        String partner = partner();
        Map<String, Object> k = kandidaat("Amersfoort", List.of("bijstand"), "1961");
        push(partner, List.of(k)).statusCode(200)
                .body("afgewezen", equalTo(1))
                .body("resultaten[0].probleem.status", equalTo(400))
                .body("resultaten[0].probleem.invalidParams[0].name", equalTo("kandidaten[0].leeftijdsband"));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).as("nothing stored on a refusal").isZero();
    }

    @Test
    void de_pool_gaat_als_tellingen_naar_reporting_zonder_kandidaat_en_alleen_als_zij_verandert() throws Exception {
        String partner = partner();
        Map<String, Object> a = kandidaat("Amersfoort", List.of("bijstand"), "27-49");
        Map<String, Object> b = kandidaat("Amersfoort", List.of("bijstand"), "27-49");
        Map<String, Object> c = kandidaat("Soest", List.of("wajong", "banenafspraak"), null);
        String idA = push(partner, List.of(a, b, c)).statusCode(200).body("aangemaakt", equalTo(3))
                .extract().path("resultaten[0].id");
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ? AND leeftijdsband = '27-49'", partner)).isEqualTo(2);

        JsonNode pool = laatstePool(partner);
        assertThat(pool.get("regio").asText()).isEqualTo("Amersfoort");
        assertThat(pool.get("totaal").asInt()).isEqualTo(3);
        assertThat(pool.get("cellen").toString())
                .isEqualTo("[{\"gemeente\":\"Amersfoort\",\"doelgroepen\":[\"bijstand\"],\"leeftijdsband\":\"27-49\",\"aantal\":2},"
                        + "{\"gemeente\":\"Soest\",\"doelgroepen\":[\"banenafspraak\",\"wajong\"],\"leeftijdsband\":null,\"aantal\":1}]");
        assertThat(poolEvents(partner)).singleElement().asString()
                .doesNotContain(idA, (String) a.get("referentie"), "El Amrani", "Stadsring", "alleenstaande-ouder");

        // the same file again: nothing changed, nothing published
        push(partner, List.of(a, b, c)).statusCode(200).body("ongewijzigd", equalTo(3));
        assertThat(poolEvents(partner)).hasSize(1);

        // a changed band moves a candidate between cells: the whole pool again
        Map<String, Object> ouder = new java.util.HashMap<>(b);
        ouder.put("leeftijdsband", "50-plus");
        push(partner, List.of(ouder)).statusCode(200).body("bijgewerkt", equalTo(1));
        assertThat(poolEvents(partner)).hasSize(2);
        assertThat(laatstePool(partner).get("cellen").toString()).contains("\"leeftijdsband\":\"50-plus\",\"aantal\":1");

        // a withdrawal leaves the pool
        given().auth().oauth2(TestBellers.partnersysteem(partner)).contentType("application/json")
                .body(Map.of("reden", "elders-geplaatst")).post("/api/v1/kandidaten/" + idA + "/intrekken").then().statusCode(200);
        assertThat(laatstePool(partner).get("totaal").asInt()).isEqualTo(2);

        // and it is on the broker, keyed by the partner
        List<ConsumerRecord<String, String>> records = TestKafka.readUntil(KandidatenpoolGewijzigdV1.TOPIC,
                r -> partner.equals(r.key()) && r.value().contains("\"totaal\":2"), Duration.ofSeconds(30));
        assertThat(records).anyMatch(r -> partner.equals(r.key()) && r.value().contains(KandidatenpoolGewijzigdV1.TYPE));
    }

    @Test
    void een_partner_wiens_pool_nooit_is_gepubliceerd_publiceert_haar_bij_de_volgende_ongewijzigde_aanlevering() throws Exception {
        String partner = partner();
        Map<String, Object> k = kandidaat("Baarn", List.of("ww"), "tot-27");
        push(partner, List.of(k)).statusCode(200).body("aangemaakt", equalTo(1));
        assertThat(poolEvents(partner)).hasSize(1);
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("DELETE FROM kandidatenpool_stand WHERE partner = ?")) {
            s.setString(1, partner); // as for a partner whose candidates were stored before the pool event existed
            s.executeUpdate();
        }
        push(partner, List.of(k)).statusCode(200).body("ongewijzigd", equalTo(1));
        assertThat(poolEvents(partner)).hasSize(2);
        assertThat(laatstePool(partner).get("totaal").asInt()).isEqualTo(1);
        push(partner, List.of(k)).statusCode(200).body("ongewijzigd", equalTo(1));
        assertThat(poolEvents(partner)).as("published now: the next unchanged push publishes nothing").hasSize(2);
    }

    @Test
    void de_leeftijdsband_ziet_alleen_de_eigen_partner_niet_een_adviseur_van_een_andere_partner() {
        String partner = partner();
        String id = push(partner, List.of(kandidaat("Amersfoort", List.of("ww"), "50-plus"))).statusCode(200)
                .extract().path("resultaten[0].id");
        given().auth().oauth2(TestBellers.partnersysteem(partner)).get("/api/v1/kandidaten/" + id).then().statusCode(200)
                .body("leeftijdsband", equalTo("50-plus"));
        given().auth().oauth2(TestBellers.adviseur(partner())).get("/api/v1/kandidaten/" + id).then().statusCode(200)
                .body(not(containsString("leeftijdsband"))).body(not(containsString("50-plus")));
    }

    private List<String> poolEvents(String partner) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT payload FROM outbox_event WHERE type = ? AND aggregate_id = ? ORDER BY position")) {
            s.setString(1, KandidatenpoolGewijzigdV1.TYPE);
            s.setString(2, partner);
            List<String> payloads = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
            return payloads;
        }
    }

    private JsonNode laatstePool(String partner) throws Exception {
        List<String> events = poolEvents(partner);
        assertThat(events).isNotEmpty();
        JsonNode payload = json.readTree(events.get(events.size() - 1));
        return payload.has("data") ? payload.get("data") : payload;
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
