package nl.wsp.vacancy.evenement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.vacancy.Testdata.Account;
import nl.wsp.vacancy.Testdata;
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
 * A vacancy collected at an employer event names it (issue 17, item 2; docs/adr/0031): the event must be one
 * account-service registered — known here from its event on the real broker — of the vacancy's region.
 */
@QuarkusTest
class VacatureUitEvenementTest {

    @Inject
    EntityManager em;

    static String geregistreerd(UUID id, String regio) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service",
                 "type":"nl.werkgeversdienstverlening.evenementen.geregistreerd.v1","time":"2026-11-22T10:00:00Z",
                 "subject":"%s","datacontenttype":"application/json",
                 "data":{"evenementId":"%s","soort":"speedmeet","niveau":"branche","datum":"2026-11-19",
                         "organisator":"gemeente-amersfoort","regio":"%s","sector":"logistiek"}}
                """.formatted(UUID.randomUUID(), id, id, regio);
    }

    /** Sends the event twice (at least once delivery) and waits until the consumer kept it. */
    private void bekend(UUID id, String regio) {
        String event = geregistreerd(id, regio);
        TestKafka.send("wsp.account.evenementen", id.toString(), event);
        TestKafka.send("wsp.account.evenementen", id.toString(), event);
        await().atMost(Duration.ofSeconds(30)).until(() -> tel("SELECT count(*) FROM evenement WHERE id = '" + id + "'") == 1);
    }

    @Test
    void een_vacature_noemt_het_evenement_waar_ze_is_opgehaald_en_haar_events_dragen_het() {
        Account a = Testdata.werkgever(em, "gemeente-soest");
        UUID evenement = UUID.randomUUID();
        bekend(evenement, "Amersfoort");
        Map<String, Object> body = Testdata.vacature(a.werkgeverId());
        body.put("evenementId", evenement.toString());
        String token = nl.wsp.testsupport.Tokens.adviseur(a.partner(), a.accountmanagerId().toString());

        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/vacatures").then().statusCode(201).body("evenementId", equalTo(evenement.toString()))
                .extract().path("id");
        assertThat(tel("SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + id + "' AND type = 'nl.werkgeversdienstverlening.vacatures.geopend.v1'"
                + " AND payload LIKE '%\"evenementId\":\"" + evenement + "\"%'")).isEqualTo(1);

        // a full update without the field: the vacancy no longer names an event (PUT replaces the content)
        body.remove("evenementId");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/vacatures/{id}", id).then().statusCode(200).body("evenementId", nullValue());
        assertThat(tel("SELECT count(*) FROM evenement WHERE id = '" + evenement + "'")).as("the duplicate event kept one row").isEqualTo(1);
    }

    @Test
    void een_onbekend_evenement_of_een_van_een_andere_regio_is_400_en_opent_niets() {
        Account a = Testdata.werkgever(em, "gemeente-soest");
        UUID brabants = UUID.randomUUID();
        bekend(brabants, "Midden-Brabant");
        String token = nl.wsp.testsupport.Tokens.adviseur(a.partner(), a.accountmanagerId().toString());
        long voor = tel("SELECT count(*) FROM vacature WHERE werkgever_id = '" + a.werkgeverId() + "'");
        for (UUID evenement : new UUID[]{brabants, UUID.randomUUID()}) {
            Map<String, Object> body = Testdata.vacature(a.werkgeverId());
            body.put("evenementId", evenement.toString());
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/vacatures").then().statusCode(400)
                    .contentType("application/problem+json").body("invalidParams[0].name", equalTo("evenementId"));
        }
        assertThat(tel("SELECT count(*) FROM vacature WHERE werkgever_id = '" + a.werkgeverId() + "'")).isEqualTo(voor);
    }

    private long tel(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
