package nl.wsp.reporting.wissing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * reporting honours the erasure of a candidate over the real broker: the erasure is counted once however often it is
 * delivered, the placement counts stay as they were, and no table holds the candidate's id.
 */
@QuarkusTest
class KandidaatWissingTest {

    @Inject
    EntityManager em;

    static String event(String id, String type, String subject, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:matching-service","type":"%s","time":"%s","subject":"%s",
                 "datacontenttype":"application/json","data":%s}
                """.formatted(id, type, time, subject, data);
    }

    static String gewist(String eventId, String kandidaat, LocalDate op) {
        return event(eventId, "nl.werkgeversdienstverlening.kandidaten.gewist.v1", kandidaat, op + "T10:00:00Z", "{\"kandidaatId\":\"" + kandidaat + "\"}");
    }

    static String plaatsing(String kandidaat, String regio, String gemeente) {
        String id = UUID.randomUUID().toString();
        return event(UUID.randomUUID().toString(), "nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1", id, "2019-03-01T09:00:00Z", """
                {"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"gemeente-soest","gemeente":"%s","regio":"%s",
                 "doelgroepen":["bijstand"],"startdatum":"2019-03-01","contractvorm":"vast","urenPerWeek":32,"instrumenten":[]}
                """.formatted(id, UUID.randomUUID(), kandidaat, gemeente, regio));
    }

    @Test
    void een_wissing_telt_een_keer_laat_de_plaatsingen_staan_en_nergens_staat_het_id() {
        String regio = TestRegio.nieuw();
        String kandidaat = UUID.randomUUID().toString();
        TestKafka.send("wsp.matching.plaatsingen", "p1", plaatsing(kandidaat, regio, "Soest"));
        TestKafka.send("wsp.matching.plaatsingen", "p2", plaatsing(UUID.randomUUID().toString(), regio, "Baarn"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> stuurgroep(regio).body("plaatsingen", equalTo(2)));

        // months of their own, so that no other test's erasure is counted in them
        LocalDate maand = LocalDate.of(2200 + ThreadLocalRandom.current().nextInt(700), 1 + ThreadLocalRandom.current().nextInt(11), 1);
        LocalDate volgende = maand.plusMonths(1);
        String eventId = UUID.randomUUID().toString();
        TestKafka.send("wsp.matching.kandidaten", kandidaat, gewist(eventId, kandidaat, maand.plusDays(3)));
        TestKafka.send("wsp.matching.kandidaten", kandidaat, gewist(eventId, kandidaat, maand.plusDays(3))); // delivered twice
        // the same key, so the same partition, in order: once this one is counted, both copies above have been applied
        TestKafka.send("wsp.matching.kandidaten", kandidaat, gewist(UUID.randomUUID().toString(), kandidaat, volgende.plusDays(3)));

        await().atMost(Duration.ofSeconds(60)).until(() -> wissingen(volgende) == 1);
        assertThat(wissingen(maand)).isEqualTo(1);
        stuurgroep(regio).body("plaatsingen", equalTo(2));
        assertThat(kolommenMet(kandidaat)).isEmpty();
    }

    private long wissingen(LocalDate maand) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rij = em.createNativeQuery("SELECT aantal FROM wissingen_per_maand WHERE maand = ?1")
                    .setParameter(1, maand).getResultList();
            return rij.isEmpty() ? 0L : ((Number) rij.get(0)).longValue();
        });
    }

    /** Every text or uuid column of every table of this service that holds the value somewhere. */
    @SuppressWarnings("unchecked")
    private List<String> kolommenMet(String waarde) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> kolommen = em.createNativeQuery("""
                    SELECT table_name, column_name FROM information_schema.columns
                     WHERE table_schema = current_schema() AND data_type IN ('text', 'uuid', 'character varying', 'jsonb', 'ARRAY')
                    """).getResultList();
            return kolommen.stream().filter(k -> ((Number) em.createNativeQuery(
                            "SELECT count(*) FROM \"" + k[0] + "\" WHERE position(?1 in \"" + k[1] + "\"::text) > 0")
                    .setParameter(1, waarde).getSingleResult()).longValue() > 0).map(k -> k[0] + "." + k[1]).toList();
        });
    }

    static io.restassured.response.ValidatableResponse stuurgroep(String regio) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2019).queryParam("kwartaal", 1)
                .when().get("/api/v1/rapportages/stuurgroep").then().statusCode(200);
    }
}
