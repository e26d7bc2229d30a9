package nl.wsp.vacancy.webhook;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Metrieken;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook counters (deploy/observability/README.md) move with the delivery log: every attempt counts once by its
 * outcome in {@code wsp_webhook_delivery_attempts_total}, every delivery given up after the last attempt once in
 * {@code wsp_webhook_deliveries_given_up_total}.
 */
@QuarkusTest
class WebhookMetriekTest {

    @Inject
    EntityManager em;
    @Inject
    TestKlok clock;
    @Inject
    WebhookBezorger bezorger;
    @Inject
    WebhookConfig config;

    @BeforeEach
    void partnersBekend() {
        Testdata.partners(em);
    }

    @AfterEach
    void klokLooptWeer() {
        clock.loopWeer();
    }

    record Stand(double geslaagd, double mislukt, double opgegeven) {
    }

    private static Stand meters() {
        String tekst = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return new Stand(Metrieken.waarde(tekst, "wsp_webhook_delivery_attempts_total", "outcome", "success"),
                Metrieken.waarde(tekst, "wsp_webhook_delivery_attempts_total", "outcome", "failure"),
                Metrieken.waarde(tekst, "wsp_webhook_deliveries_given_up_total"));
    }

    /** The same figures from the delivery log: attempts by outcome, deliveries given up. */
    private Stand log() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long geslaagd = ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM webhook_poging WHERE http_status BETWEEN 200 AND 299").getSingleResult()).longValue();
            long alle = ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_poging").getSingleResult()).longValue();
            long opgegeven = ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM webhook_aflevering WHERE status = 'mislukt'").getSingleResult()).longValue();
            return new Stand(geslaagd, alle - geslaagd, opgegeven);
        });
    }

    @Test
    void elke_poging_telt_naar_haar_uitkomst_en_een_opgegeven_aflevering_telt_een_keer() throws Exception {
        AtomicInteger verzoeken = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/altijd-stuk", exchange -> {
            verzoeken.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/altijd-stuk";
            String abonnementId = given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn")).contentType(ContentType.JSON)
                    .body(Map.of("url", url)).when().post("/api/v1/webhook-abonnementen")
                    .then().statusCode(201).extract().path("id");

            Stand metersVoor = meters();
            Stand logVoor = log();
            clock.zetOp(Instant.now());
            Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
            String vacatureId = given().auth().oauth2(account.token()).contentType(ContentType.JSON)
                    .body(Testdata.vacature(account.werkgeverId())).when().post("/api/v1/vacatures")
                    .then().statusCode(201).extract().path("id");
            given().auth().oauth2(account.token()).when().post("/api/v1/vacatures/" + vacatureId + "/breed-uitzetten")
                    .then().statusCode(200);
            for (int poging = 0; poging <= config.maximumPogingen(); poging++) {
                while (bezorger.bezorg() > 0) {
                    // every due delivery, ours among them, gets one attempt per step
                }
                clock.verzet(config.maximaleWachttijd().plus(Duration.ofMinutes(1)));
            }
            assertThat(verzoeken.get()).as("every attempt reached the endpoint, none after the last").isEqualTo(config.maximumPogingen());
            String status = given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn"))
                    .when().get("/api/v1/webhook-abonnementen/" + abonnementId + "/afleveringen")
                    .then().statusCode(200).extract().path("resultaten.find { it.vacatureId == '" + vacatureId + "' }.status");
            assertThat(status).isEqualTo("mislukt");

            Stand metersNa = meters();
            Stand logNa = log();
            assertThat(metersNa.mislukt() - metersVoor.mislukt()).isEqualTo(logNa.mislukt() - logVoor.mislukt())
                    .isGreaterThanOrEqualTo(config.maximumPogingen());
            assertThat(metersNa.geslaagd() - metersVoor.geslaagd()).isEqualTo(logNa.geslaagd() - logVoor.geslaagd());
            assertThat(metersNa.opgegeven() - metersVoor.opgegeven()).isEqualTo(logNa.opgegeven() - logVoor.opgegeven())
                    .isGreaterThanOrEqualTo(1);
        } finally {
            server.stop(0);
        }
    }
}
