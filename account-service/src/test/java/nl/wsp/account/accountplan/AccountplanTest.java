package nl.wsp.account.accountplan;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Issue 17 item 7, the rest (docs/adr/0034): a key account's plan, who may set and read it, and its review in the work list. */
@QuarkusTest
class AccountplanTest {

    private static final Instant T = Instant.parse("2036-05-04T10:00:00Z");

    @Inject
    TestKlok klok;
    @Inject
    EntityManager em;

    @BeforeEach
    void klokVast() {
        klok.zetOp(T);
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    private static String keyAccount(String accountmanager) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"kvkNummer": "%s", "naam": "Logistiek Centrum Eemland BV", "vestigingsgemeente": "Amersfoort", "sector": "logistiek",
                         "aantalWerknemers": 240, "keyAccount": true, "accountmanagerId": "%s"}
                        """.formatted(Testdata.kvk(), accountmanager))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");
    }

    private static String plan(String herziening) {
        return """
                {"doelen": ["Vijf leerwerkplekken in de logistiek", "Twee garantiebanen"],
                 "acties": [{"omschrijving": "Inclusieve arbeidsanalyse van het magazijn", "uiterlijk": "2036-06-15", "afgerond": false}],
                 "herzieningsdatum": "%s"}
                """.formatted(herziening);
    }

    @Test
    void de_accountmanager_stelt_het_plan_van_een_key_account_vast_en_elke_adviseur_van_de_regio_leest_het() {
        Testdata.Adviseur am = Testdata.adviseur();
        String w = keyAccount(am.id());
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(plan("2036-11-01"))
                .put("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(200)
                .body("werkgeverId", equalTo(w)).body("doelen", contains("Vijf leerwerkplekken in de logistiek", "Twee garantiebanen"))
                .body("acties[0].uiterlijk", equalTo("2036-06-15")).body("herzieningVerlopen", equalTo(false))
                .body("gewijzigdDoor", equalTo(am.id()));
        Testdata.Adviseur ander = Testdata.adviseur(); // another partner of the region
        given().auth().oauth2(ander.token()).get("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(200)
                .body("herzieningsdatum", equalTo("2036-11-01"));
        given().auth().oauth2(Testdata.adviseur(Testdata.partner("Midden-Brabant")).token())
                .get("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(404);
        // another partner's adviser may read but not change it; nothing changes
        given().auth().oauth2(ander.token()).contentType(ContentType.JSON).body(plan("2036-12-01"))
                .put("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(403);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(plan("2036-12-01"))
                .put("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(200).body("herzieningsdatum", equalTo("2036-12-01"));
        assertThat(plannen(w)).isEqualTo(1);
    }

    @Test
    void een_werkgever_die_geen_key_account_is_heeft_geen_plan_en_een_herziening_in_het_verleden_is_400() {
        Testdata.Adviseur am = Testdata.adviseur();
        String gewoon = Testdata.werkgever("Bakkerij Jansen", "voeding", 12, am.id());
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(plan("2036-11-01"))
                .put("/api/v1/werkgevers/{id}/accountplan", gewoon).then().statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:geen-key-account"));
        given().auth().oauth2(am.token()).get("/api/v1/werkgevers/{id}/accountplan", gewoon).then().statusCode(404);
        String w = keyAccount(am.id());
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(plan("2036-05-03"))
                .put("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(400)
                .body("invalidParams.name", contains("herzieningsdatum"));
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(plan("2036-11-01").replace("\"doelen\": [", "\"doelen\": [\"\", "))
                .put("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(400);
        assertThat(plannen(w)).isZero();
        assertThat(plannen(gewoon)).isZero();
    }

    @Test
    void een_verlopen_herziening_staat_in_de_werklijst_van_de_accountmanager_en_niet_in_die_van_een_ander() {
        Testdata.Adviseur am = Testdata.adviseur();
        String w = keyAccount(am.id());
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(plan("2036-05-10"))
                .put("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(200);
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/te-herzien-accountplannen").then().statusCode(200)
                .body("resultaten.werkgeverId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(w)));
        klok.verzet(Duration.ofDays(6)); // 2036-05-10 is today: not yet overdue
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/te-herzien-accountplannen").then().statusCode(200)
                .body("resultaten.werkgeverId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(w)));
        klok.verzet(Duration.ofDays(1));
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/te-herzien-accountplannen").then().statusCode(200)
                .body("resultaten.findAll { it.werkgeverId == '" + w + "' }.herzieningsdatum", contains("2036-05-10"));
        given().auth().oauth2(am.token()).get("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(200)
                .body("herzieningVerlopen", equalTo(true));
        Testdata.Adviseur ander = Testdata.adviseur(am.partner());
        given().auth().oauth2(ander.token()).get("/api/v1/werklijsten/mijn/te-herzien-accountplannen").then().statusCode(200)
                .body("resultaten.werkgeverId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(w)));
        // reviewed: a new review date takes it off the list
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(plan("2036-12-01"))
                .put("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(200);
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/te-herzien-accountplannen").then().statusCode(200)
                .body("resultaten.werkgeverId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(w)));
    }

    @Test
    void elke_wijziging_van_het_plan_staat_met_wie_in_het_verwerkingslogboek() {
        Testdata.Adviseur am = Testdata.adviseur();
        String w = keyAccount(am.id());
        for (String datum : new String[]{"2036-09-01", "2036-10-01"}) {
            given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(plan(datum))
                    .put("/api/v1/werkgevers/{id}/accountplan", w).then().statusCode(200);
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND handeling = 'accountplan-vastgesteld'
                           AND status = 'OK' AND wie = ?2""").setParameter(1, UUID.fromString(w)).setParameter(2, am.id())
                .getSingleResult()).longValue())).isEqualTo(2);
    }

    private long plannen(String werkgever) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM accountplan WHERE werkgever_id = ?1").setParameter(1, UUID.fromString(werkgever)).getSingleResult()).longValue());
    }
}
