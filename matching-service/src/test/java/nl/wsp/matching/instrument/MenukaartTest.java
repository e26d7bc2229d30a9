package nl.wsp.matching.instrument;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.TestBellers;
import nl.wsp.matching.TestPartners;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Issue 18 item 3 (C): the regional menu (seed 004: "Een gezamenlijke menukaart die de inzet van middelen voor iedere
 * gemeente gelijk maakt … Bij uitzonderlijke gevallen is het managementteam gemandateerd om af te wijken"). Region
 * Midden-Limburg is this test's own: no other test gives it a menu.
 */
@QuarkusTest
class MenukaartTest {

    static final String REGIO = "Midden-Limburg";
    static final String ROERMOND = "gemeente-roermond";

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @BeforeEach
    void menukaartVanMiddenLimburg() {
        TestPartners.bekend(em, ROERMOND, REGIO);
        klok.zetOp(Instant.parse("2031-03-20T09:00:00Z"));
        stelVast("jobcoaching", "{\"aangeboden\": true, \"maxMaanden\": 24}").statusCode(200)
                .body("soort", equalTo("jobcoaching")).body("maxMaanden", equalTo(24));
        stelVast("proefplaatsing", "{\"aangeboden\": true}").statusCode(200);
        stelVast("werk-uitbesteding", "{\"aangeboden\": false}").statusCode(200);
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void de_beheerder_van_de_regio_stelt_de_menukaart_vast_binnen_de_grenzen_van_de_soort() {
        stelVast("jobcoaching", "{\"aangeboden\": true, \"maxMaanden\": 37}").statusCode(400)
                .body("invalidParams[0].name", equalTo("maxMaanden"));
        stelVast("stimuleringspremie", "{\"aangeboden\": true, \"maxBedrag\": 6000}").statusCode(400)
                .body("invalidParams[0].name", equalTo("maxBedrag"));
        given().auth().oauth2(Tokens.beheerder("Amersfoort")).contentType(ContentType.JSON).body("{\"aangeboden\": true}")
                .when().put("/api/v1/menukaarten/{regio}/regels/{soort}", REGIO, "scholing").then().statusCode(403);

        given().auth().oauth2(TestBellers.adviseur(ROERMOND)).when().get("/api/v1/menukaarten/{regio}", REGIO)
                .then().statusCode(200)
                .body("regels.find { it.soort == 'jobcoaching' }.maxMaanden", equalTo(24))
                .body("regels.find { it.soort == 'werk-uitbesteding' }.aangeboden", equalTo(false))
                .body("regels.soort", not(hasItem("stimuleringspremie")));
        given().auth().oauth2(TestBellers.adviseur("gemeente-soest")).when().get("/api/v1/menukaarten/{regio}", REGIO)
                .then().statusCode(404);
    }

    @Test
    void een_aanvraag_buiten_de_menukaart_wordt_geweigerd_zonder_afwijking_van_het_mt() {
        UUID kandidaat = kandidaat();
        vraagAan(instrument("scholing"), kandidaat, null, "").statusCode(400)
                .body("invalidParams[0].name", equalTo("instrumentId"))
                .body("invalidParams[0].reason", containsString("menukaart"));
        vraagAan(instrument("werk-uitbesteding"), kandidaat, null, "").statusCode(400)
                .body("invalidParams[0].name", equalTo("instrumentId"));
        vraagAan(instrument("jobcoaching"), kandidaat, 30, "").statusCode(400)
                .body("invalidParams[0].name", equalTo("duurMaanden"));
        assertThat(aantalInzetten(kandidaat)).isZero();

        vraagAan(instrument("jobcoaching"), kandidaat, 24, "").statusCode(201).body("menukaartAfwijking", equalTo(null));
    }

    @Test
    void met_een_afwijking_van_het_mt_gaat_de_aanvraag_door_en_ziet_de_beheerder_wie_waarom_en_wanneer() {
        UUID kandidaat = kandidaat();
        String afwijking = """
                , "menukaartAfwijking": {"goedgekeurdDoor": "J. de Vries, MT WSP", "goedgekeurdOp": "2031-03-18",
                   "reden": "langere begeleiding nodig bij de nachtdienst"}""";
        String inzet = vraagAan(instrument("jobcoaching"), kandidaat, 30, afwijking).statusCode(201)
                .body("menukaartAfwijking.goedgekeurdDoor", equalTo("J. de Vries, MT WSP"))
                .body("menukaartAfwijking.goedgekeurdOp", equalTo("2031-03-18"))
                .extract().path("id");

        given().auth().oauth2(Tokens.beheerder(REGIO)).queryParam("limiet", 200)
                .when().get("/api/v1/menukaarten/{regio}/afwijkingen", REGIO).then().statusCode(200)
                .body("resultaten.find { it.inzetId == '%s' }.goedgekeurdDoor".formatted(inzet), equalTo("J. de Vries, MT WSP"))
                .body("resultaten.find { it.inzetId == '%s' }.reden".formatted(inzet), equalTo("langere begeleiding nodig bij de nachtdienst"))
                .body("resultaten.find { it.inzetId == '%s' }.vastgelegdDoor".formatted(inzet), equalTo(TestBellers.adviseurId(ROERMOND).toString()));
        given().auth().oauth2(Tokens.beheerder("Amersfoort")).when().get("/api/v1/menukaarten/{regio}/afwijkingen", REGIO)
                .then().statusCode(404);
        assertThat(logregels(kandidaat, "instrument-aangevraagd-buiten-menukaart")).isEqualTo(1);
    }

    @Test
    void na_de_wissing_van_de_kandidaat_blijft_de_afwijking_zonder_haar_reden() {
        UUID kandidaat = kandidaat();
        String inzet = vraagAan(instrument("jobcoaching"), kandidaat, 30, """
                , "menukaartAfwijking": {"goedgekeurdDoor": "J. de Vries, MT WSP", "goedgekeurdOp": "2031-03-18",
                   "reden": "zijn schuldsituatie vraagt langere begeleiding"}""").statusCode(201).extract().path("id");

        given().auth().oauth2(TestBellers.partnersysteem(ROERMOND)).when().delete("/api/v1/kandidaten/{id}", kandidaat)
                .then().statusCode(204);

        given().auth().oauth2(TestBellers.adviseur(ROERMOND)).when().get("/api/v1/instrument-inzetten/{id}", inzet)
                .then().statusCode(200)
                .body("menukaartAfwijking.goedgekeurdDoor", equalTo("J. de Vries, MT WSP"))
                .body("menukaartAfwijking.reden", equalTo(null));
        given().auth().oauth2(Tokens.beheerder(REGIO)).queryParam("limiet", 200)
                .when().get("/api/v1/menukaarten/{regio}/afwijkingen", REGIO).then().statusCode(200)
                .body("resultaten.find { it.inzetId == '%s' }.goedgekeurdOp".formatted(inzet), equalTo("2031-03-18"))
                .body("resultaten.find { it.inzetId == '%s' }.reden".formatted(inzet), equalTo(null));
    }

    @Test
    void een_afwijking_die_niet_nodig_is_of_in_de_toekomst_ligt_wordt_geweigerd() {
        UUID kandidaat = kandidaat();
        vraagAan(instrument("jobcoaching"), kandidaat, 12, """
                , "menukaartAfwijking": {"goedgekeurdDoor": "MT", "goedgekeurdOp": "2031-03-18", "reden": "zomaar"}""")
                .statusCode(400).body("invalidParams[0].name", equalTo("menukaartAfwijking"));
        vraagAan(instrument("scholing"), kandidaat, null, """
                , "menukaartAfwijking": {"goedgekeurdDoor": "MT", "goedgekeurdOp": "2031-04-18", "reden": "later"}""")
                .statusCode(400).body("invalidParams[0].name", equalTo("menukaartAfwijking.goedgekeurdOp"));
        vraagAan(instrument("scholing"), kandidaat, null, """
                , "menukaartAfwijking": {"goedgekeurdOp": "2031-03-18", "reden": "zonder wie"}""")
                .statusCode(400).body("invalidParams[0].name", containsString("goedgekeurdDoor"));
        assertThat(aantalInzetten(kandidaat)).isZero();
    }

    private ValidatableResponse stelVast(String soort, String body) {
        return given().auth().oauth2(Tokens.beheerder(REGIO)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/menukaarten/{regio}/regels/{soort}", REGIO, soort).then();
    }

    private String instrument(String soort) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"partner\": \"%s\", \"soort\": \"%s\", \"naam\": \"%s\", \"geldigVan\": \"2020-01-01\"}".formatted(ROERMOND, soort, soort))
                .when().post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse vraagAan(String instrument, UUID kandidaat, Integer maanden, String extra) {
        return given().auth().oauth2(TestBellers.adviseur(ROERMOND)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\"%s%s}"
                        .formatted(instrument, kandidaat, maanden == null ? "" : ", \"duurMaanden\": " + maanden, extra))
                .when().post("/api/v1/instrument-inzetten").then();
    }

    private UUID kandidaat() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO kandidaat (id, partner, referentie, status, woongemeente, doelgroepen, volledigheid,
                                               ontbrekende_velden, aangemaakt_op, gewijzigd_op)
                        VALUES (?1, ?2, ?3, 'beschikbaar', 'Roermond', ARRAY['bijstand'], 50, ARRAY[]::text[], now(), now())""")
                .setParameter(1, id).setParameter(2, ROERMOND).setParameter(3, "ref-" + id).executeUpdate());
        return id;
    }

    private long aantalInzetten(UUID kandidaat) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(i) from InstrumentInzet i where i.kandidaatId = :k", Long.class).setParameter("k", kandidaat).getSingleResult());
    }

    private long logregels(UUID kandidaat, String handeling) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND handeling = ?2")
                .setParameter(1, kandidaat).setParameter(2, handeling).getSingleResult()).longValue());
    }
}
