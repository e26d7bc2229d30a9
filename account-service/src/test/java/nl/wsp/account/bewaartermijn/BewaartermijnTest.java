package nl.wsp.account.bewaartermijn;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * account-service's retention periods on the test clock (docs/bewaartermijnen.md): nothing goes before its period;
 * then a contact request's subject and who answered it go after a year, a contact moment's summary and follow-up, an
 * NPS remark and an assignment's reason and assigner after two; the facts stay, so the visit count, the NPS result and
 * the account-manager history are what they were, and every emptying is in the processing log under the employer.
 */
@QuarkusTest
class BewaartermijnTest {

    private static final Instant T0 = Instant.parse("2031-03-10T09:00:00Z");

    @Inject
    TestKlok klok;
    @Inject
    HandhaafBewaartermijnen bewaartermijnen;
    @Inject
    Verwerkingslogboek logboek;
    @Inject
    EntityManager em;

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void na_de_bewaartermijn_is_de_vrije_tekst_over_mensen_weg_en_blijven_de_feiten_die_geteld_worden() {
        klok.zetOp(T0);
        Testdata.Adviseur am = Testdata.adviseur();
        Testdata.Adviseur opvolger = Testdata.adviseur(am.partner());
        String werkgever = Testdata.werkgever("Bouwbedrijf Van Ark", "bouw", 45, am.id());
        String ronde = "2031-1";

        String contactmoment = given().auth().oauth2(am.token()).contentType(ContentType.JSON).body("""
                        {"soort": "bezoek", "datum": "2031-03-09", "adviseurId": "%s",
                         "samenvatting": "Gesprek met mevrouw Jansen over twee leerwerkplekken",
                         "vervolgafspraak": "Kandidaten voorstellen", "vervolgUiterlijk": "2031-03-23"}""".formatted(am.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(201).extract().path("id");
        String verzoek = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Terugbellen: dhr. Bakker, 06-12345678\"}")
                .post("/api/v1/contactverzoeken").then().statusCode(201).extract().path("id");
        given().auth().oauth2(am.token()).post("/api/v1/contactverzoeken/" + verzoek + "/beantwoorden").then().statusCode(200);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"meetronde\": \"" + ronde + "\", \"score\": 9, "
                        + "\"toelichting\": \"Fijne samenwerking met Fatima\"}")
                .post("/api/v1/nps-metingen").then().statusCode(201);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"accountmanagerId\": \"" + opvolger.id() + "\", \"huidigeAccountmanagerId\": \"" + am.id()
                        + "\", \"reden\": \"Overdracht wegens zwangerschapsverlof\"}")
                .post("/api/v1/werkgevers/" + werkgever + "/accountmanager-toewijzingen").then().statusCode(201);

        // a day before a year has passed: every period still runs
        klok.zetOp(T0.plus(java.time.Duration.ofDays(364)));
        bewaartermijnen.handhaaf();
        assertThat(tekst("SELECT onderwerp FROM contactverzoek WHERE id = ?1", verzoek)).isNotNull();
        assertThat(tekst("SELECT beantwoord_door FROM contactverzoek WHERE id = ?1", verzoek)).isNotNull();

        // a year after the answer: the request's subject and who answered go; the request still counts as answered
        klok.zetOp(T0.plus(java.time.Duration.ofDays(367)));
        assertThat(bewaartermijnen.handhaaf().contactverzoeken()).isPositive();
        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken/" + verzoek).then().statusCode(200)
                .body("onderwerp", nullValue()).body("beantwoordDoor", nullValue()).body("binnenTermijn", equalTo(true));
        assertThat(tekst("SELECT samenvatting FROM contactmoment WHERE id = ?1", contactmoment)).isNotNull();
        assertThat(tekst("SELECT toelichting FROM nps_respons WHERE werkgever_id = ?1", werkgever)).isNotNull();
        assertThat(tekst("SELECT reden FROM accountmanager_toewijzing WHERE werkgever_id = ?1 AND reden IS NOT NULL", werkgever))
                .isNotNull();

        // two years after the follow-up date: the contact moment's text, the NPS remark and the assignment's reason and assigner go
        klok.zetOp(T0.plus(java.time.Duration.ofDays(2 * 365 + 16)));
        HandhaafBewaartermijnen.Opgeruimd opgeruimd = bewaartermijnen.handhaaf();
        assertThat(opgeruimd.contactmomenten()).isPositive();
        assertThat(opgeruimd.npsToelichtingen()).isPositive();
        assertThat(opgeruimd.toewijzingen()).isPositive();
        given().auth().oauth2(opvolger.token()).get("/api/v1/werkgevers/" + werkgever + "/contactmomenten/" + contactmoment)
                .then().statusCode(200).body("samenvatting", nullValue()).body("vervolgafspraak", nullValue())
                .body("soort", equalTo("bezoek"));
        given().auth().oauth2(opvolger.token()).get("/api/v1/werkgevers/" + werkgever)
                .then().statusCode(200).body("aantalBezoeken", equalTo(1));
        assertThat(tel("SELECT count(*) FROM nps_respons WHERE werkgever_id = ?1 AND toelichting IS NULL AND score = 9", werkgever))
                .isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM accountmanager_toewijzing WHERE werkgever_id = ?1 AND (reden IS NOT NULL "
                + "OR toegewezen_door IS NOT NULL)", werkgever)).isZero();
        assertThat(tel("SELECT count(*) FROM accountmanager_toewijzing WHERE werkgever_id = ?1 AND accountmanager_id = ?2",
                werkgever, UUID.fromString(opvolger.id()))).isEqualTo(1);

        assertThat(logboek.van(UUID.fromString(werkgever)))
                .filteredOn(r -> r.actie().equals("tekst-gewist-na-bewaartermijn"))
                .as("each emptying logged as the service's own processing, under the employer")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> {
                    assertThat(r.rol()).isEqualTo("systeem");
                    assertThat(r.doel()).isEqualTo("bewaartermijn");
                });
    }

    private String tekst(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(sql)
                .setParameter(1, id instanceof String s ? UUID.fromString(s) : id).getResultList().stream().findFirst().orElse(null));
    }

    private long tel(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                q.setParameter(i + 1, p instanceof String s ? UUID.fromString(s) : p);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
