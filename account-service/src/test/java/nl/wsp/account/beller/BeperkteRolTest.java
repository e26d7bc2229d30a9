package nl.wsp.account.beller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 17 item 9 (source 004: "beperkt extern met re-integratie-partners"; docs/adr/0042): re-integration companies and
 * private intermediaries are partners with a limited role. In account-service they see who the region's partners are
 * and nothing of employers: no employer, contact moment, contact request, account plan or work list; and none of their
 * advisers can own an employer, a desk, the region's contact or a contact moment. The complete table is the
 * authorisation matrix ({@code beperktePartner}).
 */
@QuarkusTest
class BeperkteRolTest {

    @Test
    void een_re_integratiebedrijf_ziet_geen_contactmomenten() {
        Testdata.Adviseur am = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Beperkt Zicht BV", "bouw", 20, am.id());
        given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("{\"soort\": \"bezoek\", \"datum\": \"2026-03-02\", \"adviseurId\": \"" + am.id() + "\", \"samenvatting\": \"Bezoek\"}")
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(201);
        Testdata.Adviseur reintegratie = Testdata.adviseur(Testdata.beperktePartner("re-integratiebedrijf"));

        given().auth().oauth2(reintegratie.token()).get("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));
        given().auth().oauth2(reintegratie.token()).get("/api/v1/werkgevers/" + werkgever).then().statusCode(403);
        given().auth().oauth2(reintegratie.token()).get("/api/v1/werkgevers").then().statusCode(403);
        given().auth().oauth2(reintegratie.token()).get("/api/v1/contactverzoeken").then().statusCode(403);
        given().auth().oauth2(reintegratie.token()).get("/api/v1/werkgevers/" + werkgever + "/accountplan").then().statusCode(403);
        given().auth().oauth2(reintegratie.token()).get("/api/v1/werklijsten/mijn/open-contactverzoeken").then().statusCode(403);
    }

    @Test
    void een_private_bemiddelaar_ziet_de_partners_van_zijn_regio_ook_als_partnersysteem() {
        String bemiddelaar = Testdata.beperktePartner("private-bemiddelaar");
        Testdata.Adviseur adviseur = Testdata.adviseur(bemiddelaar);
        given().auth().oauth2(adviseur.token()).get("/api/v1/partners/" + bemiddelaar).then().statusCode(200)
                .body("soort", equalTo("private-bemiddelaar"));
        given().auth().oauth2(Tokens.partnersysteem(bemiddelaar)).get("/api/v1/partners?regio=Amersfoort&limiet=200").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.partnersysteem(bemiddelaar)).get("/api/v1/adviseurs").then().statusCode(403);
    }

    @Test
    void een_adviseur_van_een_partner_met_een_beperkte_rol_kan_geen_accountmanager_of_contactpersoon_zijn() {
        Testdata.Adviseur bemiddelaar = Testdata.adviseur(Testdata.beperktePartner("private-bemiddelaar"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Uitzendklant BV", "Amersfoort", "logistiek", 40, bemiddelaar.id()))
                .post("/api/v1/werkgevers").then().statusCode(400).body("invalidParams.name", contains("accountmanagerId"));
        String werkgever = Testdata.werkgever("Overdracht BV", "logistiek", 40, null);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"accountmanagerId\": \"" + bemiddelaar.id() + "\", \"reden\": \"neemt het over\"}")
                .post("/api/v1/werkgevers/" + werkgever + "/accountmanager-toewijzingen")
                .then().statusCode(400).body("invalidParams.name", contains("accountmanagerId"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"regio": "Amersfoort", "naam": "Uitzend %s", "sectoren": ["uitzend-%s"], "contactAdviseurId": "%s"}
                        """.formatted(Testdata.kort(), Testdata.kort(), bemiddelaar.id()))
                .post("/api/v1/sectortafels").then().statusCode(400).body("invalidParams.name", contains("contactAdviseurId"));
    }
}
