package nl.wsp.vacancy.sroi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import nl.wsp.vacancy.Testdata.Account;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A vacancy may deliver on a social return obligation of its employer (issue 17 item 6; docs/adr/0032): the obligation
 * must be one account-service recorded — known here from its event on the real broker — of the vacancy's own employer.
 */
@QuarkusTest
class VacatureVoorSroiTest {

    @Inject
    EntityManager em;

    static String vastgelegd(UUID id, UUID werkgever) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service",
                 "type":"nl.werkgeversdienstverlening.sroi-verplichtingen.vastgelegd.v1","time":"2026-11-22T10:00:00Z",
                 "subject":"%s","datacontenttype":"application/json",
                 "data":{"verplichtingId":"%s","werkgeverId":"%s","regio":"Amersfoort","aanbesteding":"Groenonderhoud",
                         "opdrachtgever":"gemeente-soest","bedrag":90000.00,"periodeVan":"2025-01-01","periodeTot":"2027-12-31","status":"lopend"}}
                """.formatted(UUID.randomUUID(), id, id, werkgever);
    }

    /** Sends the event twice (at least once delivery) and waits until the consumer kept it. */
    private void bekend(UUID id, UUID werkgever) {
        String event = vastgelegd(id, werkgever);
        TestKafka.send("wsp.account.sroi-verplichtingen", id.toString(), event);
        TestKafka.send("wsp.account.sroi-verplichtingen", id.toString(), event);
        await().atMost(Duration.ofSeconds(30)).until(() -> tel("SELECT count(*) FROM sroi_verplichting WHERE id = '" + id + "'") == 1);
    }

    @Test
    void een_vacature_noemt_de_verplichting_van_haar_werkgever_en_haar_events_dragen_die() {
        Account a = Testdata.werkgever(em, "gemeente-soest");
        UUID verplichting = UUID.randomUUID();
        bekend(verplichting, a.werkgeverId());
        Map<String, Object> body = Testdata.vacature(a.werkgeverId());
        body.put("sroiVerplichtingId", verplichting.toString());
        String token = Tokens.adviseur(a.partner(), a.accountmanagerId().toString());

        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/vacatures").then().statusCode(201).body("sroiVerplichtingId", equalTo(verplichting.toString()))
                .extract().path("id");
        assertThat(tel("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id + "' AND type = 'nl.werkgeversdienstverlening.vacatures.geopend.v1'"
                + " AND payload LIKE '%\"sroiVerplichtingId\":\"" + verplichting + "\"%'")).isEqualTo(1);

        // a full update without the field: the vacancy no longer delivers on it (PUT replaces the content)
        body.remove("sroiVerplichtingId");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/vacatures/{id}", id).then().statusCode(200).body("sroiVerplichtingId", nullValue());
        assertThat(tel("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id + "' AND type = 'nl.werkgeversdienstverlening.vacatures.gewijzigd.v1'"
                + " AND payload LIKE '%\"sroiVerplichtingId\":null%'")).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM sroi_verplichting WHERE id = '" + verplichting + "'")).as("the duplicate event kept one row").isEqualTo(1);
    }

    @Test
    void een_onbekende_verplichting_of_een_van_een_andere_werkgever_is_400_en_verandert_niets() {
        Account a = Testdata.werkgever(em, "gemeente-soest");
        Account ander = Testdata.werkgever(em, "gemeente-soest");
        UUID vanAnder = UUID.randomUUID();
        bekend(vanAnder, ander.werkgeverId());
        String token = Tokens.adviseur(a.partner(), a.accountmanagerId().toString());
        long voor = tel("SELECT count(*) FROM vacature WHERE werkgever_id = '" + a.werkgeverId() + "'");
        for (UUID verplichting : new UUID[]{vanAnder, UUID.randomUUID()}) {
            Map<String, Object> body = Testdata.vacature(a.werkgeverId());
            body.put("sroiVerplichtingId", verplichting.toString());
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/vacatures").then().statusCode(400)
                    .contentType("application/problem+json").body("invalidParams[0].name", equalTo("sroiVerplichtingId"));
        }
        assertThat(tel("SELECT count(*) FROM vacature WHERE werkgever_id = '" + a.werkgeverId() + "'")).isEqualTo(voor);

        // and on a change: the vacancy keeps what it had
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(Testdata.vacature(a.werkgeverId()))
                .post("/api/v1/vacatures").then().statusCode(201).extract().path("id");
        Map<String, Object> body = Testdata.vacature(a.werkgeverId());
        body.put("sroiVerplichtingId", vanAnder.toString());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/vacatures/{id}", id).then().statusCode(400).body("invalidParams[0].name", equalTo("sroiVerplichtingId"));
        assertThat(tel("SELECT count(*) FROM vacature WHERE id = '" + id + "' AND sroi_verplichting_id IS NULL")).isEqualTo(1);
    }

    private long tel(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
