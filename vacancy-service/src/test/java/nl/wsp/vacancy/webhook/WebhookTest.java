package nl.wsp.vacancy.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Tokens;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class WebhookTest {

    @Inject
    EntityManager em;

    @org.junit.jupiter.api.BeforeEach
    void partnersBekend() {
        nl.wsp.vacancy.Testdata.partners(em);
    }
    @Inject
    TestKlok clock;
    @Inject
    WebhookBezorger bezorger;
    @Inject
    ObjectMapper json;

    @AfterEach
    void klokLooptWeer() {
        clock.loopWeer();
    }

    record Ontvangen(byte[] body, String handtekening, String contentType, String id, String tijdstip) {
    }

    /** What a receiver does (docs/api.md): HMAC-SHA256 over "id.timestamp.body" with the decoded whsec_ secret. */
    static String verwachteHandtekening(String geheim, Ontvangen o) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(java.util.Base64.getDecoder().decode(geheim.substring("whsec_".length())), "HmacSHA256"));
        byte[] ondertekend = (o.id() + "." + o.tijdstip() + "." + new String(o.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return "v1," + java.util.Base64.getEncoder().encodeToString(mac.doFinal(ondertekend));
    }

    static Ontvangen ontvangen(com.sun.net.httpserver.HttpExchange exchange) throws java.io.IOException {
        var h = exchange.getRequestHeaders();
        return new Ontvangen(exchange.getRequestBody().readAllBytes(), h.getFirst("webhook-signature"), h.getFirst("Content-Type"),
                h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"));
    }

    @Test
    void een_endpoint_dat_twee_keer_faalt_krijgt_het_event_bij_de_derde_poging_ondertekend_en_alles_staat_in_het_log()
            throws Exception {
        List<Ontvangen> ontvangen = new CopyOnWriteArrayList<>();
        AtomicInteger verzoeken = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wsp/vacatures", exchange -> {
            ontvangen.add(ontvangen(exchange));
            int status = verzoeken.incrementAndGet() <= 2 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/wsp/vacatures";
            var abonnement = given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn")).contentType(ContentType.JSON)
                    .body(Map.of("url", url)).when().post("/api/v1/webhook-abonnementen")
                    .then().statusCode(201).body("partner", equalTo("gemeente-baarn")).body("geheim", notNullValue())
                    .extract();
            String abonnementId = abonnement.path("id");
            String geheim = abonnement.path("geheim");
            given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn")).when().get("/api/v1/webhook-abonnementen/" + abonnementId)
                    .then().statusCode(200).body("geheim", nullValue());

            Instant t = Instant.now();
            clock.zetOp(t);
            Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
            String vacatureId = given().auth().oauth2(account.token()).contentType(ContentType.JSON)
                    .body(Testdata.vacature(account.werkgeverId())).when().post("/api/v1/vacatures")
                    .then().statusCode(201).extract().path("id");
            given().auth().oauth2(account.token()).when().post("/api/v1/vacatures/" + vacatureId + "/breed-uitzetten")
                    .then().statusCode(200);

            for (int tik = 0; tik < 10 && verzoeken.get() < 3; tik++) {
                bezorger.bezorg();
                clock.verzet(Duration.ofMinutes(10));
            }
            bezorger.bezorg(); // delivered: nothing more is sent
            assertThat(verzoeken.get()).isEqualTo(3);

            Ontvangen laatste = ontvangen.get(2);
            JsonNode event = json.readTree(laatste.body());
            assertThat(event.path("type").asText()).isEqualTo("nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1");
            assertThat(event.path("subject").asText()).isEqualTo(vacatureId);
            assertThat(event.path("data").path("reden").asText()).isEqualTo("handmatig");
            assertThat(laatste.contentType()).startsWith("application/cloudevents+json");
            assertThat(geheim).startsWith("whsec_");
            assertThat(laatste.id()).isEqualTo(event.path("id").asText());
            assertThat(laatste.handtekening()).isEqualTo(verwachteHandtekening(geheim, laatste));
            assertThat(ontvangen.get(0).id()).isEqualTo(laatste.id()); // a retry is the same message: receivers deduplicate

            given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn"))
                    .when().get("/api/v1/webhook-abonnementen/" + abonnementId + "/afleveringen")
                    .then().statusCode(200)
                    .body("resultaten.findAll { it.vacatureId == '" + vacatureId + "' }", hasSize(1))
                    .body("resultaten.find { it.vacatureId == '" + vacatureId + "' }.status", equalTo("afgeleverd"))
                    .body("resultaten.find { it.vacatureId == '" + vacatureId + "' }.aantalPogingen", equalTo(3))
                    .body("resultaten.find { it.vacatureId == '" + vacatureId + "' }.pogingen.httpStatus", equalTo(List.of(503, 503, 204)))
                    .body("resultaten.find { it.vacatureId == '" + vacatureId + "' }.pogingen.uitkomst",
                            equalTo(List.of("mislukt", "mislukt", "afgeleverd")))
                    .body("resultaten.find { it.vacatureId == '" + vacatureId + "' }.pogingen[0].fout", nullValue())
                    .body("resultaten.find { it.vacatureId == '" + vacatureId + "' }.pogingen[0].duurMs", nullValue())
                    .body("resultaten.find { it.vacatureId == '" + vacatureId + "' }.eventId", equalTo(event.path("id").asText()));
            given().auth().oauth2(Tokens.partnersysteem("uwv-amersfoort"))
                    .when().get("/api/v1/webhook-abonnementen/" + abonnementId + "/afleveringen").then().statusCode(404);

            given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn")).when().delete("/api/v1/webhook-abonnementen/" + abonnementId)
                    .then().statusCode(204);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void een_abonnement_vraagt_een_http_url_en_hoort_bij_de_eigen_partner() {
        given().auth().oauth2(Tokens.partnersysteem("gemeente-soest")).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://soest.nl/vacatures")).when().post("/api/v1/webhook-abonnementen")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("url"));
        given().auth().oauth2(Tokens.partnersysteem("gemeente-soest")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://soest.nl/vacatures", "partner", "uwv-amersfoort")).when().post("/api/v1/webhook-abonnementen")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("partner"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://soest.nl/vacatures")).when().post("/api/v1/webhook-abonnementen")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("partner"));
        given().auth().oauth2(Testdata.adviseurToken(em, "gemeente-soest")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://soest.nl/vacatures")).when().post("/api/v1/webhook-abonnementen")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/webhook-abonnementen").then().statusCode(403);
    }

    @Test
    void een_partnersysteem_ziet_alleen_de_eigen_abonnementen_in_paginas_zonder_geheim() {
        String partner = "gemeente-baarn";
        List<String> aangemaakt = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            aangemaakt.add(given().auth().oauth2(Tokens.partnersysteem(partner)).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:9/lijst-" + i)).when().post("/api/v1/webhook-abonnementen")
                    .then().statusCode(201).extract().path("id"));
        }
        given().auth().oauth2(Tokens.partnersysteem(partner)).queryParam("limiet", 1).when().get("/api/v1/webhook-abonnementen")
                .then().statusCode(200).body("resultaten", org.hamcrest.Matchers.hasSize(1))
                .body("volgendeCursor", notNullValue()).body("resultaten[0].geheim", nullValue());
        List<String> gezien = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var pagina = given().auth().oauth2(Tokens.partnersysteem(partner)).queryParam("limiet", 1)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .when().get("/api/v1/webhook-abonnementen").then().statusCode(200)
                    .body("resultaten.partner", org.hamcrest.Matchers.everyItem(equalTo(partner))).extract().jsonPath();
            gezien.addAll(pagina.getList("resultaten.id"));
            cursor = pagina.getString("volgendeCursor");
        } while (cursor != null);
        org.assertj.core.api.Assertions.assertThat(gezien).doesNotHaveDuplicates().containsAll(aangemaakt);
        List<String> vanAnder = given().auth().oauth2(Tokens.partnersysteem("gemeente-woudenberg")).queryParam("limiet", 200)
                .when().get("/api/v1/webhook-abonnementen").then().statusCode(200).extract().path("resultaten.id");
        org.assertj.core.api.Assertions.assertThat(vanAnder).doesNotContainAnyElementsOf(aangemaakt);
    }

    @Test
    void een_abonnement_op_een_intern_adres_is_400_url_en_slaat_niets_op() {
        long voor = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery("select count(a) from WebhookAbonnement a").getSingleResult());
        for (String url : List.of("http://2130706433:8080/h", "http://0177.0.0.1:8080/h", "http://0x7f.1/h", "http://127.1/h",
                "http://localhost:8080/h", "http://[::1]:8080/h", "http://[::ffff:127.0.0.1]/h", "http://169.254.169.254/latest/meta-data",
                "http://10.0.0.1/h", "http://100.64.0.1/h", "http://[fd00::1]/h", "http://0.0.0.0/h")) {
            given().auth().oauth2(Tokens.partnersysteem("gemeente-soest")).contentType(ContentType.JSON)
                    .body(Map.of("url", url)).when().post("/api/v1/webhook-abonnementen")
                    .then().statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("url"));
        }
        long na = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery("select count(a) from WebhookAbonnement a").getSingleResult());
        assertThat(na).isEqualTo(voor);
    }

    @Test
    void de_wachttijd_verdubbelt_per_poging_tot_het_maximum() {
        assertThat(bezorger.wachttijd(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(bezorger.wachttijd(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(bezorger.wachttijd(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(bezorger.wachttijd(20)).isEqualTo(Duration.ofHours(1));
    }
}
