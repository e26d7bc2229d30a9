package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.privacy.Bsn;
import nl.wsp.platform.privacy.BsnGenerator;
import nl.wsp.platform.tracing.EventTrace;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.vacancy.Testdata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from an HTTP request through an event to its consumer (ADR 0019): the request's W3C traceparent becomes the
 * trace of the event it commits (the CloudEvents distributed-tracing extension, also on Kafka), and a consumer that
 * takes an event carrying it continues that trace in the events it appends in turn.
 */
@QuarkusTest
class TraceTest {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void partnersBekend() {
        Testdata.partners(em);
    }

    /**
     * A random traceparent that spells no BSN (one in some dozens of random ones does: ADR 0012), neither as sent nor
     * with its span id replaced: the event carries the caller's trace id beside the server's span id, which begins
     * with a letter, so a run at the trace id's end that the caller's span id lengthened into no BSN can stand alone
     * there (trace id …e365264374 before a span id 5…: once in some hundred runs, the event had no traceparent).
     */
    private static String traceparent() {
        HexFormat hex = HexFormat.of();
        while (true) {
            byte[] trace = new byte[16];
            byte[] span = new byte[8];
            ThreadLocalRandom.current().nextBytes(trace);
            ThreadLocalRandom.current().nextBytes(span);
            String traceparent = "00-" + hex.formatHex(trace) + "-" + hex.formatHex(span) + "-01";
            if (!Bsn.komtVoorIn(traceparent) && !Bsn.komtVoorIn(hex.formatHex(trace)) && !Bsn.komtVoorIn(hex.formatHex(span))) {
                return traceparent;
            }
        }
    }

    private JsonNode outbox(String vacatureId, String type) throws Exception {
        String payload = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT payload FROM outbox_event WHERE aggregate_id = ?1 AND type = ?2 AND topic = 'wsp.vacancy.vacatures'")
                .setParameter(1, vacatureId).setParameter(2, type).getSingleResult());
        return json.readTree(payload);
    }

    private static String plaatsing(String vacatureId, String traceparent) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:matching-service","type":"nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1",
                 "time":"2026-11-22T10:00:00Z","subject":"%s","datacontenttype":"application/json","traceparent":"%s",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"gemeente-amersfoort",
                         "gemeente":"Leusden","regio":"Amersfoort","doelgroepen":["bijstand"],"startdatum":"2027-01-04",
                         "contractvorm":"tijdelijk","urenPerWeek":32,"instrumenten":[]}}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), traceparent, UUID.randomUUID(), vacatureId, UUID.randomUUID());
    }

    @Test
    void de_traceparent_van_een_verzoek_gaat_mee_in_het_event_en_de_consument_zet_dezelfde_trace_voort() throws Exception {
        String verzoek = traceparent();
        String traceId = EventTrace.traceId(verzoek).orElseThrow();
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("aantalPosities", 1);
        String id = given().auth().oauth2(account.token()).header("traceparent", verzoek).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/vacatures").then().statusCode(201).extract().path("id");

        // the request's trace is the event's: same trace id, the server span (a child of the caller's) as parent
        JsonNode geopend = outbox(id, "nl.werkgeversdienstverlening.vacatures.geopend.v1");
        String eventTrace = geopend.path("traceparent").asText();
        assertThat(EventTrace.traceId(eventTrace)).contains(traceId);
        assertThat(eventTrace).isNotEqualTo(verzoek);
        List<ConsumerRecord<String, String>> opKafka = TestKafka.readUntil(VacatureEvents.TOPIC,
                r -> id.equals(r.key()) && r.value().contains("nl.werkgeversdienstverlening.vacatures.geopend.v1"), Duration.ofSeconds(30));
        assertThat(opKafka).hasSize(1);
        assertThat(json.readTree(opKafka.get(0).value()).path("traceparent").asText()).isEqualTo(eventTrace);

        // matching continues the trace in its placement; this service's consumer continues it in what it appends
        TestKafka.send("wsp.matching.plaatsingen", id, plaatsing(id, eventTrace));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT status FROM vacature WHERE id = ?1").setParameter(1, UUID.fromString(id))
                .getSingleResult()).equals("vervuld"));
        String vervuld = outbox(id, VacatureVervuld.TYPE).path("traceparent").asText();
        assertThat(EventTrace.traceId(vervuld)).contains(traceId);
        assertThat(vervuld).as("a span of the consumer, not the producer's").isNotEqualTo(eventTrace);
    }

    @Test
    void een_verzoek_zonder_traceparent_begint_een_eigen_trace() throws Exception {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String id = VacatureResourceTest.open(account, Testdata.vacature(account.werkgeverId()));
        String eventTrace = outbox(id, "nl.werkgeversdienstverlening.vacatures.geopend.v1").path("traceparent").asText();
        assertThat(EventTrace.traceId(eventTrace)).as("the server span starts a trace of its own").isPresent();
    }

    @Test
    void een_traceparent_waarin_een_bsn_staat_komt_niet_in_het_event() throws Exception {
        String bsn = BsnGenerator.nieuw();
        // letters around it: right after "00-" the digits would join the version's into a longer run, which is no BSN
        String metBsn = "00-a" + bsn + "a".repeat(31 - bsn.length()) + "-" + "b".repeat(16) + "-01";
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String id = given().auth().oauth2(account.token()).header("traceparent", metBsn).contentType(ContentType.JSON)
                .body(Testdata.vacature(account.werkgeverId())).when().post("/api/v1/vacatures")
                .then().statusCode(201).extract().path("id");
        JsonNode geopend = outbox(id, "nl.werkgeversdienstverlening.vacatures.geopend.v1");
        assertThat(geopend.has("traceparent")).isFalse();
        assertThat(geopend.toString()).doesNotContain(bsn);
    }
}
