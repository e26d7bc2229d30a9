package nl.wsp.account.werklijst;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Item 7 of the employer-services issue: the account manager's own work list, on the injected clock, for {@code sub}. */
@QuarkusTest
class MijnWerklijstTest {

    @Inject
    TestKlok klok;

    @AfterEach
    void klokLooptWeer() {
        klok.loopWeer();
    }

    private String contact(Testdata.Adviseur door, String werkgever, String datum, String vervolgUiterlijk) {
        String vervolg = vervolgUiterlijk == null ? ""
                : ", \"vervolgafspraak\": \"Twee kandidaten voorstellen\", \"vervolgUiterlijk\": \"" + vervolgUiterlijk + "\"";
        String id = given().auth().oauth2(door.token()).contentType(ContentType.JSON)
                .body("{\"soort\": \"bezoek\", \"datum\": \"" + datum + "\", \"adviseurId\": \"" + door.id()
                        + "\", \"samenvatting\": \"Rondleiding magazijn\"" + vervolg + "}")
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(201).extract().path("id");
        klok.verzet(Duration.ofMinutes(1)); // the next registration is later
        return id;
    }

    @Test
    void een_vervolgafspraak_staat_op_de_werklijst_zodra_vervolg_uiterlijk_voorbij_is_en_er_geen_nieuw_contact_volgde() {
        klok.zetOp(Instant.parse("2035-06-02T08:00:00Z"));
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String w1 = Testdata.werkgever("Transport Hoogland", "logistiek", 60, am.id());
        String w2 = Testdata.werkgever("Kwekerij Leusden", "groen", 30, am.id());
        String w3 = Testdata.werkgever("Garage Soest", "techniek", 28, am.id());
        String eerste = contact(am, w1, "2035-06-01", "2035-06-08");
        String tweede = contact(am, w2, "2035-06-01", "2035-06-09");
        contact(am, w3, "2035-06-01", "2035-06-09");
        contact(am, w3, "2035-06-02", null); // the next contact with w3 was the follow-up
        contact(am, w1, "2035-06-02", null);

        klok.zetOp(Instant.parse("2035-06-09T10:00:00Z"));
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/verlopen-vervolgafspraken")
                .then().statusCode(200).body("resultaten", empty());

        klok.zetOp(Instant.parse("2035-06-10T10:00:00Z"));
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/verlopen-vervolgafspraken")
                .then().statusCode(200).body("resultaten.contactmomentId", contains(tweede))
                .body("resultaten[0].werkgeverNaam", equalTo("Kwekerij Leusden"))
                .body("resultaten[0].vervolgUiterlijk", equalTo("2035-06-09"));
        org.assertj.core.api.Assertions.assertThat(eerste).isNotEqualTo(tweede);
    }

    @Test
    void de_werklijst_bladert_met_een_cursor() {
        klok.zetOp(Instant.parse("2035-07-01T08:00:00Z"));
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String w1 = Testdata.werkgever("Drukkerij Baarn", "grafisch", 40, am.id());
        String w2 = Testdata.werkgever("Bouwbedrijf Nijkerk", "bouw", 80, am.id());
        String a = contact(am, w1, "2035-06-20", "2035-06-25");
        String b = contact(am, w2, "2035-06-21", "2035-06-26");

        String cursor = given().auth().oauth2(am.token()).queryParam("limiet", 1).get("/api/v1/werklijsten/mijn/verlopen-vervolgafspraken")
                .then().statusCode(200).body("resultaten.contactmomentId", contains(a)).body("volgendeCursor", notNullValue())
                .extract().path("volgendeCursor");
        given().auth().oauth2(am.token()).queryParam("limiet", 1).queryParam("cursor", cursor)
                .get("/api/v1/werklijsten/mijn/verlopen-vervolgafspraken")
                .then().statusCode(200).body("resultaten.contactmomentId", contains(b)).body("volgendeCursor", nullValue());
    }

    @Test
    void contacten_van_andere_partners_met_mijn_werkgevers_staan_erop_tot_ik_ze_als_gezien_markeer() {
        klok.zetOp(Instant.parse("2035-08-04T08:00:00Z"));
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        Testdata.Adviseur collega = Testdata.adviseur(am.partner());
        Testdata.Adviseur uwv = Testdata.adviseur(Testdata.partner());
        Testdata.Adviseur anderAm = Testdata.adviseur(Testdata.partner());
        String mijn = Testdata.werkgever("Schoonmaak Amersfoort", "schoonmaak", 150, am.id());
        String andermans = Testdata.werkgever("Hotel Woudenberg", "horeca", 35, anderAm.id());

        String vanUwv = contact(uwv, mijn, "2035-08-04", null);
        contact(collega, mijn, "2035-08-04", null); // my own partner: not news
        contact(am, mijn, "2035-08-04", null);
        contact(uwv, andermans, "2035-08-04", null); // not my employer

        Instant geregistreerd = Instant.parse(given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/contacten-andere-partners")
                .then().statusCode(200).body("resultaten.contactmomentId", contains(vanUwv))
                .body("resultaten[0].adviseurPartner", equalTo(uwv.partner()))
                .extract().<String>path("resultaten[0].geregistreerdOp"));

        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body("{\"tot\": \"" + geregistreerd + "\"}")
                .put("/api/v1/werklijsten/mijn/contacten-andere-partners/gezien").then().statusCode(200);
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/contacten-andere-partners")
                .then().statusCode(200).body("resultaten", empty());

        String nieuw = contact(uwv, mijn, "2035-08-04", null);
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/contacten-andere-partners")
                .then().statusCode(200).body("resultaten.contactmomentId", contains(nieuw));
        given().auth().oauth2(anderAm.token()).get("/api/v1/werklijsten/mijn/contacten-andere-partners")
                .then().statusCode(200).body("resultaten.werkgeverId", contains(andermans));
    }

    @Test
    void mijn_open_contactverzoeken_verdwijnen_van_de_werklijst_als_ze_beantwoord_zijn() {
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Installatiebedrijf Bunschoten", "techniek", 55, am.id());
        String id = given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Vraag over loonkostensubsidie\"}")
                .post("/api/v1/contactverzoeken").then().statusCode(201).extract().path("id");
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/open-contactverzoeken")
                .then().statusCode(200).body("resultaten.id", contains(id));
        given().auth().oauth2(am.token()).post("/api/v1/contactverzoeken/" + id + "/beantwoorden").then().statusCode(200);
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/open-contactverzoeken")
                .then().statusCode(200).body("resultaten", empty());
    }

    @Test
    void alleen_een_adviseur_heeft_een_werklijst_en_onjuiste_invoer_is_400_met_het_veld() {
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werklijsten/mijn/verlopen-vervolgafspraken").then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/werklijsten/mijn/contacten-andere-partners").then().statusCode(403);
        given().auth().oauth2(am.token()).queryParam("limiet", 0).get("/api/v1/werklijsten/mijn/open-contactverzoeken")
                .then().statusCode(400).body("invalidParams.name", contains("limiet"));
        given().auth().oauth2(am.token()).queryParam("cursor", "onzin").get("/api/v1/werklijsten/mijn/contacten-andere-partners")
                .then().statusCode(400).body("invalidParams.name", contains("cursor"));
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body("{\"tot\": \"2999-01-01T00:00:00Z\"}")
                .put("/api/v1/werklijsten/mijn/contacten-andere-partners/gezien").then().statusCode(400)
                .body("invalidParams.name", contains("tot"));
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/werklijsten/mijn/contacten-andere-partners/gezien").then().statusCode(400)
                .body("invalidParams.name", contains("tot"));
    }
}
