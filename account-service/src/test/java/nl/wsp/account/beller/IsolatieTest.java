package nl.wsp.account.beller;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The authorisation rules of docs/api.md ("Authorisation — account and vacancy") for account-service: advisers work for
 * the region of their partner, a contact request is answered only by its account manager's partner, and a token
 * whose partner or adviser is unknown here is refused on every operation.
 */
@QuarkusTest
class IsolatieTest {

    @Inject
    EntityManager em;

    private static String verzoek(String werkgever) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Graag contact over stageplekken\"}")
                .post("/api/v1/contactverzoeken").then().statusCode(201).extract().path("id");
    }

    private static String werkgeverIn(String gemeente, String accountmanagerId) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Isolatie BV " + Testdata.kort(), gemeente, "logistiek", 60, accountmanagerId))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");
    }

    @Test
    void een_contactverzoek_beantwoordt_alleen_de_partner_van_de_accountmanager_een_ander_krijgt_404_en_er_verandert_niets() {
        Testdata.Adviseur am = Testdata.adviseur();
        Testdata.Adviseur collega = Testdata.adviseur(am.partner());
        Testdata.Adviseur anderePartner = Testdata.adviseur();
        String werkgever = werkgeverIn("Amersfoort", am.id());
        String id = verzoek(werkgever);

        given().auth().oauth2(anderePartner.token()).post("/api/v1/contactverzoeken/" + id + "/beantwoorden")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:niet-gevonden"));
        assertThat(beantwoordEvents(id)).isZero();
        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken/" + id)
                .then().statusCode(200).body("beantwoordOp", org.hamcrest.Matchers.nullValue());

        // a colleague of the account manager's partner may answer for them
        given().auth().oauth2(collega.token()).post("/api/v1/contactverzoeken/" + id + "/beantwoorden")
                .then().statusCode(200).body("beantwoordDoor", equalTo(collega.id()));
        assertThat(beantwoordEvents(id)).isEqualTo(1);
    }

    @Test
    void een_adviseur_van_midden_brabant_ziet_niets_van_amersfoort() {
        Testdata.Adviseur amersfoort = Testdata.adviseur();
        Testdata.Adviseur brabant = Testdata.adviseur(Testdata.partner("Midden-Brabant"));
        String werkgever = werkgeverIn("Amersfoort", amersfoort.id());
        String verzoek = verzoek(werkgever);
        String contact = given().auth().oauth2(amersfoort.token()).contentType(ContentType.JSON)
                .body("""
                        {"soort": "bezoek", "datum": "%s", "adviseurId": "%s", "samenvatting": "Kennismaking"}
                        """.formatted(LocalDate.now().minusDays(1), amersfoort.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(201).extract().path("id");
        String brabantsWerkgever = werkgeverIn("Tilburg", brabant.id());

        String token = brabant.token();
        for (String pad : new String[]{"/api/v1/werkgevers/" + werkgever, "/api/v1/werkgevers/" + werkgever + "/contactmomenten",
                "/api/v1/werkgevers/" + werkgever + "/contactmomenten/" + contact,
                "/api/v1/werkgevers/" + werkgever + "/accountmanager-toewijzingen",
                "/api/v1/contactverzoeken/" + verzoek, "/api/v1/adviseurs/" + amersfoort.id(),
                "/api/v1/partners/" + amersfoort.partner()}) {
            given().auth().oauth2(token).get(pad).then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(token).get("/api/v1/werkgevers?limiet=200&accountmanagerId=" + amersfoort.id())
                .then().statusCode(200).body("resultaten", org.hamcrest.Matchers.empty());
        given().auth().oauth2(token).get("/api/v1/werkgevers?limiet=200&sector=logistiek&naam=Isolatie")
                .then().statusCode(200).body("resultaten.id", not(hasItem(werkgever))).body("resultaten.id", hasItem(brabantsWerkgever));
        given().auth().oauth2(token).get("/api/v1/contactverzoeken?limiet=200&toegewezenAan=" + amersfoort.id())
                .then().statusCode(200).body("resultaten", org.hamcrest.Matchers.empty());
        given().auth().oauth2(token).get("/api/v1/adviseurs?partner=" + amersfoort.partner())
                .then().statusCode(200).body("resultaten", org.hamcrest.Matchers.empty());
        given().auth().oauth2(token).get("/api/v1/werklijsten/bezoeken?accountmanagerId=" + amersfoort.id())
                .then().statusCode(200).body("resultaten", org.hamcrest.Matchers.empty());
        given().auth().oauth2(token).get("/api/v1/partners?regio=Amersfoort")
                .then().statusCode(200).body("resultaten", org.hamcrest.Matchers.empty());

        // writes across the border find nothing either, and change nothing
        given().auth().oauth2(token).post("/api/v1/contactverzoeken/" + verzoek + "/beantwoorden").then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"soort": "mail", "datum": "%s", "adviseurId": "%s", "samenvatting": "x"}
                        """.formatted(LocalDate.now(), brabant.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"x\"}")
                .post("/api/v1/contactverzoeken").then().statusCode(400).body("invalidParams.name", contains("werkgeverId"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Over de grens BV", "Amersfoort", "bouw", 10, null))
                .post("/api/v1/werkgevers").then().statusCode(400).body("invalidParams.name", contains("vestigingsgemeente"));

        // the own region stays visible
        given().auth().oauth2(token).get("/api/v1/werkgevers/" + brabantsWerkgever).then().statusCode(200);
        given().auth().oauth2(amersfoort.token()).get("/api/v1/werkgevers/" + werkgever).then().statusCode(200);
    }

    @Test
    void een_token_met_een_onbekende_partner_of_adviseur_is_op_elke_operatie_403() {
        Testdata.Adviseur echte = Testdata.adviseur();
        String werkgever = werkgeverIn("Amersfoort", echte.id());
        String[] tokens = {
                Tokens.adviseur("bestaat-niet-" + Testdata.kort(), echte.id()),
                Tokens.adviseur(echte.partner(), UUID.randomUUID().toString()),
                Tokens.adviseur(echte.partner(), "iemand@" + echte.partner()),
                Tokens.adviseur(Testdata.partner(), echte.id()), // a real adviser, but not of this partner
                Tokens.partnersysteem("verzonnen-" + Testdata.kort()),
                Tokens.sign("adviseur", null, echte.id())};
        for (String token : tokens) {
            for (String pad : new String[]{"/api/v1/werkgevers/" + werkgever, "/api/v1/werkgevers", "/api/v1/partners",
                    "/api/v1/adviseurs", "/api/v1/contactverzoeken", "/api/v1/werklijsten/bezoeken"}) {
                given().auth().oauth2(token).get(pad).then().statusCode(403).contentType("application/problem+json")
                        .body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));
            }
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"x\"}")
                    .post("/api/v1/contactverzoeken").then().statusCode(403);
        }
        given().auth().oauth2(echte.token()).get("/api/v1/werkgevers/" + werkgever).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "\"+2147483648-01-01\"", "\"-999999999-01-01\"", "\"1899-12-31\""})
    void een_datum_buiten_het_bereik_is_400_met_de_veldnaam(String datum) {
        Testdata.Adviseur am = Testdata.adviseur();
        String werkgever = werkgeverIn("Amersfoort", am.id());
        long voor = contactmomenten();
        given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("""
                        {"soort": "mail", "datum": "%s", "adviseurId": "%s", "samenvatting": "x",
                         "vervolgafspraak": "bellen", "vervolgUiterlijk": %s}
                        """.formatted(LocalDate.now().minusDays(1), am.id(), datum))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("vervolgUiterlijk"));
        assertThat(contactmomenten()).isEqualTo(voor);
        String tekst = datum.replace("\"", "");
        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken/naleving?van=" + tekst.replace("+", "%2B") + "&tot=2026-01-01")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains("van"));
    }

    /**
     * An integer beyond what the field holds never reaches the database: 400 problem JSON. (Naming the field of a body
     * number that overflows Java's int is the frame's Jackson mapping — docs/adr/0009; the query parameter is named.)
     */
    @Test
    void een_te_groot_getal_is_400_en_nooit_een_databasefout() {
        Testdata.Adviseur am = Testdata.adviseur();
        String werkgever = werkgeverIn("Amersfoort", am.id());
        given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Groot BV", "Amersfoort", "bouw", 1, null).replace("\"aantalWerknemers\": 1", "\"aantalWerknemers\": 2147483648"))
                .post("/api/v1/werkgevers").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"meetronde\": \"2026-1\", \"score\": 99999999999999999999}")
                .post("/api/v1/nps-metingen").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(am.token()).get("/api/v1/werkgevers?limiet=2147483648")
                .then().statusCode(400).body("invalidParams.name", contains("limiet"));
    }

    private long beantwoordEvents(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId = :id and e.type = 'nl.werkgeversdienstverlening.contactverzoeken.beantwoord.v1'")
                .setParameter("id", id).getSingleResult());
    }

    private long contactmomenten() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery("select count(c) from Contactmoment c").getSingleResult());
    }
}
