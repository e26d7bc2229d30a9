package nl.wsp.account.werkgever;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AccountmanagerToewijzenTest {

    @Inject
    EntityManager em;

    private static String toewijzing(String nieuwe, String huidige, String reden) {
        return """
                {"accountmanagerId": "%s", "huidigeAccountmanagerId": %s, "reden": "%s"}
                """.formatted(nieuwe, huidige == null ? "null" : "\"" + huidige + "\"", reden);
    }

    private static Response wijsToe(String token, String werkgever, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/werkgevers/" + werkgever + "/accountmanager-toewijzingen");
    }

    @RepeatedTest(3)
    void twee_gelijktijdige_toewijzingen_een_wint_de_ander_krijgt_409_en_er_is_precies_een_accountmanager() throws Exception {
        String gemeente = Testdata.partner();
        String uwv = Testdata.partner();
        Testdata.Adviseur a = Testdata.adviseur(gemeente);
        Testdata.Adviseur b = Testdata.adviseur(uwv);
        String werkgever = Testdata.werkgever("Bakkerij Koopmans", "voedingsmiddelen", 35, null);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> eerste = CompletableFuture.supplyAsync(() -> {
                await(start);
                return wijsToe(a.token(), werkgever, toewijzing(a.id(), null, "neemt de werkgever op")).statusCode();
            }, pool);
            CompletableFuture<Integer> tweede = CompletableFuture.supplyAsync(() -> {
                await(start);
                return wijsToe(b.token(), werkgever, toewijzing(b.id(), null, "neemt de werkgever op")).statusCode();
            }, pool);
            assertThat(List.of(eerste.get(), tweede.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }

        List<ToewijzingRij> geschiedenis = geschiedenis(werkgever);
        assertThat(geschiedenis).hasSize(1);
        String winnaar = geschiedenis.get(0).accountmanagerId();
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers/" + werkgever)
                .then().statusCode(200).body("accountmanager.id", equalTo(winnaar));
        assertThat(outbox(werkgever, AccountmanagerToegewezen.TYPE)).isEqualTo(1);
    }

    @Test
    void herverdelen_mag_alleen_de_huidige_accountmanager_of_een_beheerder_en_de_geschiedenis_zegt_wie_wanneer_waarom() {
        String partner = Testdata.partner();
        Testdata.Adviseur huidige = Testdata.adviseur(partner);
        Testdata.Adviseur opvolger = Testdata.adviseur(partner);
        Testdata.Adviseur buitenstaander = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Installatiebedrijf Hoogland", "techniek", 50, huidige.id());

        wijsToe(buitenstaander.token(), werkgever, toewijzing(buitenstaander.id(), huidige.id(), "wil hem hebben"))
                .then().statusCode(403).contentType("application/problem+json");
        wijsToe(Tokens.partnersysteem(partner), werkgever, toewijzing(opvolger.id(), huidige.id(), "x")).then().statusCode(403);

        wijsToe(huidige.token(), werkgever, toewijzing(opvolger.id(), huidige.id(), "overdracht wegens vertrek"))
                .then().statusCode(201)
                .body("accountmanagerId", equalTo(opvolger.id()))
                .body("vorigeAccountmanagerId", equalTo(huidige.id()))
                .body("reden", equalTo("overdracht wegens vertrek"))
                .body("toegewezenDoor", equalTo(huidige.id()));

        // the former account manager has no say any more; a beheerder has. A token whose subject is the adviser id counts too.
        wijsToe(huidige.token(), werkgever, toewijzing(huidige.id(), opvolger.id(), "terug")).then().statusCode(403);
        wijsToe(Tokens.adviseur(partner, huidige.id()), werkgever, toewijzing(huidige.id(), opvolger.id(), "terug")).then().statusCode(403);
        wijsToe(Tokens.adviseur(partner, opvolger.id()), werkgever, toewijzing(opvolger.id(), opvolger.id(), "al"))
                .then().statusCode(400).body("invalidParams.name", contains("accountmanagerId"));
        wijsToe(Tokens.beheerder(), werkgever, toewijzing(huidige.id(), opvolger.id(), "terug na herindeling"))
                .then().statusCode(201);

        given().auth().oauth2(Testdata.adviseur().token()).get("/api/v1/werkgevers/" + werkgever + "/accountmanager-toewijzingen")
                .then().statusCode(200)
                .body("resultaten.accountmanagerId", contains(huidige.id(), opvolger.id(), huidige.id()))
                .body("resultaten.volgnummer", contains(1, 2, 3))
                .body("resultaten[0].vorigeAccountmanagerId", nullValue())
                .body("resultaten.reden", contains("toegewezen bij registratie", "overdracht wegens vertrek", "terug na herindeling"));

        List<String> events = TestKafka.readUntil(AccountmanagerToegewezen.TOPIC,
                r -> r.key().equals(werkgever) && r.value().contains(AccountmanagerToegewezen.TYPE), Duration.ofSeconds(20))
                .stream().map(r -> r.value()).toList();
        assertThat(events).hasSize(3);
        assertThat(events.get(1)).contains("\"vorigeAccountmanagerId\":\"" + huidige.id() + "\"")
                .contains("\"accountmanagerPartner\":\"" + partner + "\"");
    }

    @Test
    void wie_op_verouderde_informatie_herverdeelt_krijgt_409_en_er_verandert_niets() {
        String partner = Testdata.partner();
        Testdata.Adviseur huidige = Testdata.adviseur(partner);
        Testdata.Adviseur ander = Testdata.adviseur(partner);
        String werkgever = Testdata.werkgever("Tapijtfabriek Eemland", "industrie", 80, huidige.id());

        wijsToe(Tokens.beheerder(), werkgever, toewijzing(ander.id(), null, "dacht dat er niemand was"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:accountmanager-gewijzigd"))
                .body("huidigeAccountmanagerId", equalTo(huidige.id()));
        assertThat(geschiedenis(werkgever)).hasSize(1);
    }

    @Test
    void ongeldige_toewijzingen_zijn_400_bij_naam() {
        String werkgever = Testdata.werkgever("Drukkerij Wilco", "grafisch", 20, null);
        wijsToe(Tokens.beheerder(), werkgever, "{\"accountmanagerId\": \"" + UUID.randomUUID() + "\", \"reden\": \"x\"}")
                .then().statusCode(400).body("invalidParams.name", contains("accountmanagerId"));
        wijsToe(Tokens.beheerder(), werkgever, "{\"accountmanagerId\": \"" + UUID.randomUUID() + "\"}")
                .then().statusCode(400).body("invalidParams.name", contains("reden"));
        assertThat(geschiedenis(werkgever)).isEmpty();
    }

    record ToewijzingRij(String accountmanagerId) {
    }

    private List<ToewijzingRij> geschiedenis(String werkgever) {
        List<String> ams = given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers/" + werkgever + "/accountmanager-toewijzingen")
                .then().statusCode(200).extract().path("resultaten.accountmanagerId");
        return ams.stream().map(ToewijzingRij::new).toList();
    }

    private long outbox(String aggregate, String type) {
        return (Long) em.createQuery("select count(e) from OutboxEvent e where e.aggregateId = :id and e.type = :type")
                .setParameter("id", aggregate).setParameter("type", type).getSingleResult();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
