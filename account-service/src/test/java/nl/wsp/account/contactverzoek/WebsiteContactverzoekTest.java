package nl.wsp.account.contactverzoek;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 17 item 9 (source 004: "Nieuw contact via de website"; docs/adr/0042): the public website hands in an employer's
 * contact request, which is an ordinary contact request — the same routing, the same 24 hours — and reads nothing back.
 * Regions Drenthe and Twente, which no other test of this module uses.
 */
@QuarkusTest
class WebsiteContactverzoekTest {

    @Inject
    TestKlok klok;
    @Inject
    BewaakReactietermijn bewaking;
    @Inject
    EntityManager em;

    @AfterEach
    void klokLooptWeer() {
        klok.loopWeer();
    }

    private static String aanvraag(String kvk, String sector, String gemeente) {
        return """
                {"bedrijfsnaam": "Bakkerij De Korenaar B.V.", "kvkNummer": "%s", "contactpersoon": "Sanne de Vries",
                 "email": "s.devries@korenaar.nl", "telefoon": "033-4651234", "sector": "%s", "vestigingsgemeente": "%s",
                 "vraag": "Wij zoeken een leerling-bakker", "aantalWerknemers": 12}
                """.formatted(kvk, sector, gemeente);
    }

    private static io.restassured.response.Response stuur(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/website-contactverzoeken");
    }

    @Test
    void een_contactverzoek_via_de_website_valt_onder_de_24_uursregel() {
        Instant nu = Instant.parse("2036-03-02T09:00:00Z");
        klok.zetOp(nu);
        Testdata.Adviseur am = Testdata.adviseur();
        String kvk = Testdata.kvk();
        String werkgever = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(kvk, "Bakkerij De Korenaar B.V.", "Leusden", "horeca", 12, am.id()))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");

        String id = stuur(Tokens.website(), aanvraag(kvk, "horeca", "Leusden")).then().statusCode(202)
                .body("ontvangenOp", equalTo("2036-03-02T09:00:00Z")).body("reactieUiterlijk", equalTo("2036-03-03T09:00:00Z"))
                .body("werkgeverId", nullValue()).body("toegewezenAan", nullValue())
                .extract().path("referentie");

        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken/" + id).then().statusCode(200)
                .body("werkgeverId", equalTo(werkgever)).body("toegewezenAan", equalTo(am.id()))
                .body("kanaal", equalTo("website")).body("onderwerp", equalTo("Wij zoeken een leerling-bakker"))
                .body("contactpersoon", equalTo("Sanne de Vries")).body("email", equalTo("s.devries@korenaar.nl"))
                .body("telefoon", equalTo("033-4651234")).body("teLaat", equalTo(false));
        given().auth().oauth2(am.token()).get("/api/v1/werklijsten/mijn/open-contactverzoeken").then().statusCode(200)
                .body("resultaten.id", org.hamcrest.Matchers.hasItem(id));

        klok.verzet(Duration.ofHours(24).plusSeconds(1));
        bewaking.controleer();
        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken/" + id).then().statusCode(200)
                .body("teLaat", equalTo(true)).body("termijnVerstrekenOp", equalTo("2036-03-03T09:00:01Z"));
    }

    @Test
    void een_onbekende_werkgever_via_de_website_wordt_geregistreerd_en_gaat_naar_de_contactpersoon_van_de_regio() {
        Testdata.Adviseur contact = Testdata.adviseur(Testdata.partner("Drenthe"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"adviseurId\": \"" + contact.id() + "\", \"telefoon\": \"0592-123456\"}")
                .put("/api/v1/regio-contactpersonen/Drenthe").then().statusCode(200);
        String kvk = Testdata.kvk();

        String id = stuur(Tokens.website(), aanvraag(kvk, "bakkerij-" + Testdata.kort(), "Coevorden")).then().statusCode(202)
                .extract().path("referentie");

        String werkgever = given().auth().oauth2(contact.token()).get("/api/v1/contactverzoeken/" + id).then().statusCode(200)
                .body("toegewezenAan", equalTo(contact.id())).body("regio", equalTo("Drenthe")).extract().path("werkgeverId");
        given().auth().oauth2(contact.token()).get("/api/v1/werkgevers/" + werkgever).then().statusCode(200)
                .body("kvkNummer", equalTo(kvk)).body("naam", equalTo("Bakkerij De Korenaar B.V."))
                .body("vestigingsgemeente", equalTo("Coevorden")).body("aantalWerknemers", equalTo(12))
                .body("accountmanagerId", nullValue());
    }

    @Test
    void een_verzoek_via_de_website_gaat_naar_de_sectortafel_als_de_werkgever_geen_accountmanager_heeft() {
        Testdata.Adviseur tafelcontact = Testdata.adviseur(Testdata.partner("Drenthe"));
        String sector = "detailhandel-" + Testdata.kort();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"regio": "Drenthe", "naam": "Detailhandel %s", "sectoren": ["%s"], "contactAdviseurId": "%s"}
                        """.formatted(sector, sector, tafelcontact.id()))
                .post("/api/v1/sectortafels").then().statusCode(201);

        String id = stuur(Tokens.website(), aanvraag(Testdata.kvk(), sector, "Borger-Odoorn")).then().statusCode(202)
                .extract().path("referentie");

        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/contactverzoeken/" + id).then().statusCode(200)
                .body("toegewezenAan", equalTo(tafelcontact.id())).body("partner", equalTo(tafelcontact.partner()));
    }

    @Test
    void ongeldige_invoer_van_de_website_is_400_met_het_veld_en_legt_niets_vast() {
        long voor = verzoeken();
        String kvk = Testdata.kvk();
        String goed = aanvraag(kvk, "horeca", "Leusden");
        stuur(Tokens.website(), goed.replace(kvk, "1234567")).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", contains("kvkNummer"));
        stuur(Tokens.website(), goed.replace("s.devries@korenaar.nl", "sanne-at-korenaar")).then().statusCode(400)
                .body("invalidParams.name", contains("email"));
        stuur(Tokens.website(), goed.replace("033-4651234", "bel me maar")).then().statusCode(400)
                .body("invalidParams.name", contains("telefoon"));
        stuur(Tokens.website(), goed.replace("\"email\": \"s.devries@korenaar.nl\",", "").replace("\"telefoon\": \"033-4651234\",", ""))
                .then().statusCode(400).body("invalidParams.name", contains("email"));
        stuur(Tokens.website(), goed.replace("Leusden", "Atlantis")).then().statusCode(400)
                .body("invalidParams.name", contains("vestigingsgemeente"));
        stuur(Tokens.website(), goed.replace("\"Sanne de Vries\"", "\" \"")).then().statusCode(400)
                .body("invalidParams.name", contains("contactpersoon"));
        stuur(Tokens.website(), goed.replace("\"horeca\"", "\"Horeca & Catering\"")).then().statusCode(400)
                .body("invalidParams.name", contains("sector"));
        stuur(Tokens.website(), goed.replace("\"Wij zoeken een leerling-bakker\"", "\"\"")).then().statusCode(400)
                .body("invalidParams.name", contains("vraag"));
        assertThat(verzoeken()).isEqualTo(voor);
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers?kvkNummer=" + kvk).then().statusCode(200)
                .body("resultaten", org.hamcrest.Matchers.empty());
    }

    @Test
    void de_website_van_een_regio_neemt_alleen_gemeenten_van_die_regio_aan() {
        stuur(Tokens.website("Twente"), aanvraag(Testdata.kvk(), "horeca", "Leusden")).then().statusCode(400)
                .body("invalidParams.name", contains("vestigingsgemeente"));
        stuur(Tokens.website("Twente"), aanvraag(Testdata.kvk(), "horeca", "Enschede")).then().statusCode(202);
    }

    @Test
    void meer_dan_drie_verzoeken_van_een_kvk_nummer_in_24_uur_is_429_met_retry_after_en_legt_niets_vast() {
        Instant begin = Instant.parse("2036-05-04T08:00:00Z");
        klok.zetOp(begin);
        String kvk = Testdata.kvk();
        String body = aanvraag(kvk, "horeca", "Leusden");
        for (int i = 0; i < OntvangWebsiteContactverzoek.PER_WERKGEVER; i++) {
            stuur(Tokens.website(), body).then().statusCode(202);
            klok.verzet(Duration.ofHours(1));
        }
        long voor = verzoeken();

        stuur(Tokens.website(), body).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo(String.valueOf(Duration.ofHours(21).toSeconds())))
                .body("type", equalTo("urn:nl:wsp:probleem:te-veel-verzoeken")).body("status", equalTo(429));
        assertThat(verzoeken()).isEqualTo(voor);

        klok.zetOp(begin.plus(Duration.ofHours(24)).plusSeconds(1)); // the first of the three is older than 24 hours
        stuur(Tokens.website(), body).then().statusCode(202);
        stuur(Tokens.website(), aanvraag(Testdata.kvk(), "horeca", "Leusden")).then().statusCode(202); // another employer
    }

    @Test
    void de_website_leest_geen_contactverzoeken_en_geen_werkgevers() {
        String id = stuur(Tokens.website(), aanvraag(Testdata.kvk(), "horeca", "Leusden")).then().statusCode(202)
                .extract().path("referentie");
        given().auth().oauth2(Tokens.website()).get("/api/v1/contactverzoeken/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.website()).get("/api/v1/contactverzoeken").then().statusCode(403);
        given().auth().oauth2(Tokens.website()).get("/api/v1/werkgevers").then().statusCode(403);
        given().auth().oauth2(Tokens.website()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + UUID.randomUUID() + "\", \"onderwerp\": \"x\"}")
                .post("/api/v1/contactverzoeken").then().statusCode(403);
    }

    @Test
    void een_verzoek_via_de_website_staat_onder_de_werkgever_in_het_verwerkingslogboek() {
        String id = stuur(Tokens.website(), aanvraag(Testdata.kvk(), "horeca", "Leusden")).then().statusCode(202)
                .extract().path("referentie");
        String werkgever = given().auth().oauth2(Tokens.beheerder()).get("/api/v1/contactverzoeken/" + id).then()
                .statusCode(200).extract().path("werkgeverId");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND handeling = 'ontvangen'
                           AND activiteit = 'contactverzoeken' AND rol = 'website' AND status = 'OK'""")
                .setParameter(1, UUID.fromString(werkgever)).getSingleResult()).longValue())).isEqualTo(1);
    }

    private long verzoeken() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM contactverzoek").getSingleResult()).longValue());
    }
}
