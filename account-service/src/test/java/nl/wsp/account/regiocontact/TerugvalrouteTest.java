package nl.wsp.account.regiocontact;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Item 8 of the employer-services issue: a contact request of a sector without a desk goes to the region's contact person
 * (source 004: "Werkgevers uit overige sectoren kunnen uiteraard ook terecht bij deze contactpersonen"), so somebody owns
 * its 24 hours; employers are given a phone number. Region Midden-Brabant, which no other test of this module uses.
 */
@QuarkusTest
class TerugvalrouteTest {

    private static final String REGIO = "Midden-Brabant";

    private static void stelIn(String adviseurId, String telefoon) {
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"adviseurId\": \"" + adviseurId + "\", \"telefoon\": \"" + telefoon + "\"}")
                .put("/api/v1/regio-contactpersonen/" + REGIO).then().statusCode(200)
                .body("adviseurId", equalTo(adviseurId)).body("telefoon", equalTo(telefoon));
    }

    private static String werkgeverZonderAccountmanager(String sector) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Drukkerij Tilburg", "Tilburg", sector, 30, null))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");
    }

    @Test
    void een_verzoek_van_een_sector_zonder_sectortafel_gaat_naar_de_contactpersoon_van_de_regio() {
        Testdata.Adviseur contact = Testdata.adviseur(Testdata.partner(REGIO));
        stelIn(contact.id(), "06-22206456");
        String werkgever = werkgeverZonderAccountmanager("grafisch-" + Testdata.kort());

        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Wij zoeken twee drukkers\"}")
                .post("/api/v1/contactverzoeken")
                .then().statusCode(201).body("toegewezenAan", equalTo(contact.id())).body("partner", equalTo(contact.partner()));
        given().auth().oauth2(contact.token()).get("/api/v1/regio-contactpersonen/" + REGIO)
                .then().statusCode(200).body("telefoon", equalTo("06-22206456")).body("naam", equalTo("Fatima de Vries"));
    }

    @Test
    void een_sectortafel_gaat_voor_de_contactpersoon_van_de_regio_en_geeft_het_telefoonnummer_van_haar_contactpersoon() {
        Testdata.Adviseur regiocontact = Testdata.adviseur(Testdata.partner(REGIO));
        stelIn(regiocontact.id(), "+31 13 4567890");
        Testdata.Adviseur tafelcontact = Testdata.adviseur(Testdata.partner(REGIO));
        String sector = "logistiek-" + Testdata.kort();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"regio": "%s", "naam": "Logistiek %s", "sectoren": ["%s"], "contactAdviseurId": "%s", "contactTelefoon": "06-46032486"}
                        """.formatted(REGIO, sector, sector, tafelcontact.id()))
                .post("/api/v1/sectortafels").then().statusCode(201).body("contactTelefoon", equalTo("06-46032486"));
        String werkgever = werkgeverZonderAccountmanager(sector);

        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Vraag over een leerwerkplek\"}")
                .post("/api/v1/contactverzoeken")
                .then().statusCode(201).body("toegewezenAan", equalTo(tafelcontact.id()));
    }

    @Test
    void een_onjuist_telefoonnummer_of_een_adviseur_van_een_andere_regio_is_400_met_het_veld() {
        Testdata.Adviseur hier = Testdata.adviseur(Testdata.partner(REGIO));
        Testdata.Adviseur elders = Testdata.adviseur(Testdata.partner("Amersfoort"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"adviseurId\": \"" + hier.id() + "\", \"telefoon\": \"bel me maar\"}")
                .put("/api/v1/regio-contactpersonen/" + REGIO).then().statusCode(400).body("invalidParams.name", contains("telefoon"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"adviseurId\": \"" + elders.id() + "\", \"telefoon\": \"06-52464423\"}")
                .put("/api/v1/regio-contactpersonen/" + REGIO).then().statusCode(400).body("invalidParams.name", contains("adviseurId"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"adviseurId\": \"" + hier.id() + "\", \"telefoon\": \"06-52464423\"}")
                .put("/api/v1/regio-contactpersonen/Atlantis").then().statusCode(400).body("invalidParams.name", contains("regio"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"regio": "%s", "naam": "Zorg %s", "sectoren": ["zorg-%s"], "contactAdviseurId": "%s", "contactTelefoon": "12"}
                        """.formatted(REGIO, Testdata.kort(), Testdata.kort(), hier.id()))
                .post("/api/v1/sectortafels").then().statusCode(400).body("invalidParams.name", contains("contactTelefoon"));
    }

    @Test
    void de_contactpersoon_van_een_andere_regio_bestaat_niet_voor_een_adviseur() {
        Testdata.Adviseur hier = Testdata.adviseur(Testdata.partner(REGIO));
        stelIn(hier.id(), "013-4567890");
        Testdata.Adviseur amersfoort = Testdata.adviseur();
        given().auth().oauth2(amersfoort.token()).get("/api/v1/regio-contactpersonen/" + REGIO).then().statusCode(404);
        given().auth().oauth2(amersfoort.token()).contentType(ContentType.JSON)
                .body("{\"adviseurId\": \"" + amersfoort.id() + "\", \"telefoon\": \"06-52464423\"}")
                .put("/api/v1/regio-contactpersonen/Amersfoort").then().statusCode(403);
    }
}
