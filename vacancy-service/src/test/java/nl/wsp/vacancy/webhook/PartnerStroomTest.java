package nl.wsp.vacancy.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import nl.wsp.vacancy.vacature.VacatureEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The partner-facing stream: the topic wsp.vacancy.partner-vacatures and the webhooks carry a vacancy from its broadcast
 * on, and what happens to it afterwards — never anything of a vacancy still in its own-caseload window.
 */
@QuarkusTest
class PartnerStroomTest {

    private static final String OPEN = "nl.werkgeversdienstverlening.vacatures.geopend.v1";
    private static final String BREED = "nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1";
    private static final String INGETROKKEN = "nl.werkgeversdienstverlening.vacatures.ingetrokken.v1";

    @Inject
    EntityManager em;
    @Inject
    WebhookBezorger bezorger;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void partnersBekend() {
        Testdata.partners(em);
    }

    private static String open(Testdata.Account account) {
        return given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Testdata.vacature(account.werkgeverId()))
                .post("/api/v1/vacatures").then().statusCode(201).extract().path("id");
    }

    private static void trekIn(Testdata.Account account, String id) {
        given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Map.of("reden", "werkgever ziet ervan af"))
                .post("/api/v1/vacatures/" + id + "/intrekken").then().statusCode(200);
    }

    private static String type(String cloudEvent) {
        return cloudEvent.replaceAll("(?s).*\"type\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void het_partnertopic_draagt_een_vacature_pas_vanaf_de_brede_uitzet_en_daarna_haar_intrekking() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String binnenTermijn = open(account);
        trekIn(account, binnenTermijn); // withdrawn inside the window: partners never hear of it
        String id = open(account);
        given().auth().oauth2(account.token()).post("/api/v1/vacatures/" + id + "/breed-uitzetten").then().statusCode(200);
        trekIn(account, id);

        List<String> gezien = new CopyOnWriteArrayList<>();
        List<String> binnenTermijnGezien = new CopyOnWriteArrayList<>();
        List<ConsumerRecord<String, String>> ingetrokken = TestKafka.readUntil(VacatureEvents.PARTNER_TOPIC, r -> {
            if (r.key().equals(binnenTermijn)) {
                binnenTermijnGezien.add(type(r.value()));
            }
            if (r.key().equals(id)) {
                gezien.add(type(r.value()));
            }
            return r.key().equals(id) && r.value().contains(INGETROKKEN);
        }, Duration.ofSeconds(30));

        assertThat(ingetrokken).hasSize(1);
        assertThat(gezien).containsExactly(BREED, INGETROKKEN);
        assertThat(binnenTermijnGezien).isEmpty();
        assertThat(partnerRijen(binnenTermijn)).isZero();
        // the internal topic keeps everything, for matching and reporting
        assertThat(TestKafka.readUntil(VacatureEvents.TOPIC, r -> r.key().equals(binnenTermijn) && r.value().contains(INGETROKKEN),
                Duration.ofSeconds(30))).hasSize(1);
        assertThat(TestKafka.readUntil(VacatureEvents.TOPIC, r -> r.key().equals(id) && r.value().contains(OPEN),
                Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void de_intrekking_van_een_breed_uitgezette_vacature_komt_ook_als_ondertekende_webhook_en_het_interne_event_kent_het_venster()
            throws Exception {
        List<WebhookTest.Ontvangen> ontvangen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            ontvangen.add(WebhookTest.ontvangen(exchange));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            var abonnement = given().auth().oauth2(Tokens.partnersysteem("gemeente-woudenberg")).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/hook"))
                    .post("/api/v1/webhook-abonnementen").then().statusCode(201).extract();
            String geheim = abonnement.path("geheim");
            Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
            String binnenTermijn = open(account);
            trekIn(account, binnenTermijn);
            String id = open(account);
            given().auth().oauth2(account.token()).post("/api/v1/vacatures/" + id + "/breed-uitzetten").then().statusCode(200);
            trekIn(account, id);
            for (int i = 0; i < 5 && bezorger.bezorg() > 0; i++) {
                // deliver everything due
            }

            List<String> types = new ArrayList<>();
            for (WebhookTest.Ontvangen o : ontvangen) {
                var event = json.readTree(o.body());
                assertThat(event.path("subject").asText()).isNotEqualTo(binnenTermijn);
                assertThat(o.handtekening()).isEqualTo(WebhookTest.verwachteHandtekening(geheim, o));
                if (event.path("subject").asText().equals(id)) {
                    types.add(event.path("type").asText());
                }
            }
            // webhooks promise no order between deliveries: receivers order by the event's time
            assertThat(types).containsExactlyInAnyOrder(BREED, INGETROKKEN);
            given().auth().oauth2(Tokens.partnersysteem("gemeente-woudenberg"))
                    .delete("/api/v1/webhook-abonnementen/" + abonnement.path("id")).then().statusCode(204);
        } finally {
            server.stop(0);
        }
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/vacature-wijzigingen?limiet=200").then().statusCode(200);
        String intern = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select payload from outbox_event where topic = ?1 and type = ?2 order by position desc limit 1")
                .setParameter(1, VacatureEvents.TOPIC).setParameter(2, INGETROKKEN).getSingleResult());
        assertThat(intern).contains("\"accountmanagerPartner\":\"gemeente-amersfoort\"").contains("\"eigenBestandTot\":");
    }

    @Test
    void een_partnersysteem_van_een_andere_regio_ziet_de_breed_uitgezette_vacature_niet() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String id = open(account);
        given().auth().oauth2(account.token()).post("/api/v1/vacatures/" + id + "/breed-uitzetten").then().statusCode(200);
        given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn")).get("/api/v1/vacatures/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.partnersysteem(Testdata.BRABANTSE_PARTNER)).get("/api/v1/vacatures/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partnersysteem(Testdata.BRABANTSE_PARTNER)).queryParam("werkgever", account.werkgeverId())
                .get("/api/v1/vacatures").then().statusCode(200).body("resultaten.size()", equalTo(0));
    }

    @Test
    void een_token_met_een_onbekende_partner_of_adviseur_is_op_elke_operatie_403() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String id = open(account);
        for (String token : List.of(Tokens.partnersysteem("verzonnen"), Tokens.adviseur("verzonnen", account.accountmanagerId().toString()),
                Tokens.adviseur("gemeente-amersfoort", java.util.UUID.randomUUID().toString()),
                Tokens.adviseur("uwv-amersfoort", account.accountmanagerId().toString()))) {
            for (String pad : List.of("/api/v1/vacatures", "/api/v1/vacatures/" + id, "/api/v1/vacature-wijzigingen",
                    "/api/v1/webhook-abonnementen")) {
                given().auth().oauth2(token).get(pad).then().statusCode(403).contentType("application/problem+json")
                        .body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));
            }
            given().auth().oauth2(token).post("/api/v1/vacatures/" + id + "/breed-uitzetten").then().statusCode(403);
        }
    }

    @Test
    void een_datum_of_limiet_buiten_het_bereik_is_400_met_de_veldnaam() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        for (Object datum : List.of(2147483648L, "+2147483648-01-01", "1899-12-31", "2200-01-01")) {
            Map<String, Object> body = Testdata.vacature(account.werkgeverId());
            body.put("startdatum", datum);
            body.remove("sluitingsdatum");
            given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(body).post("/api/v1/vacatures")
                    .then().statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("startdatum"));
        }
        given().auth().oauth2(account.token()).get("/api/v1/vacatures?limiet=2147483648")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("limiet"));
        given().auth().oauth2(account.token()).get("/api/v1/vacature-wijzigingen?limiet=99999999999")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("limiet"));
    }

    private long partnerRijen(String vacatureId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where topic = ?1 and aggregate_id = ?2")
                .setParameter(1, VacatureEvents.PARTNER_TOPIC).setParameter(2, vacatureId).getSingleResult()).longValue());
    }
}
