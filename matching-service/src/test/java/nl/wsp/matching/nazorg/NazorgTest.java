package nl.wsp.matching.nazorg;

import nl.wsp.matching.TestBellers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.matching.voordracht.Bemiddeling;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.voordracht.Bemiddeling.draagVoor;
import static nl.wsp.matching.voordracht.Bemiddeling.uitkomst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Rule 10: after-care check-ins are due 1, 3 and 6 months after the start, by the service clock, per partner. */
@QuarkusTest
class NazorgTest {

    static final Instant T = Instant.parse("2031-05-01T09:00:00Z");

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;
    Bemiddeling bemiddeling;
    /** A partner of its own per test: the due list of a partner is not disturbed by other tests' placements. */
    String partner;

    @BeforeEach
    void klokVast() {
        klok.zetOp(T);
        bemiddeling = new Bemiddeling(em);
        partner = "gemeente-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void een_moment_is_open_vanaf_de_dag_dat_het_gepland_staat_en_niet_eerder() {
        String plaatsing = plaatsing("2031-06-01");
        // the day is the Dutch calendar day (TimeSource.ZONE): 1 July starts at 22:00 UTC on 30 June (summer time)
        klok.zetOp(Instant.parse("2031-06-30T21:59:59Z"));
        lijst(partner, "open").body("resultaten", empty());
        lijst(partner, "gepland").body("resultaten.maanden", contains(1, 3, 6));

        klok.zetOp(Instant.parse("2031-06-30T22:00:00Z"));
        lijst(partner, "open").body("resultaten.maanden", contains(1))
                .body("resultaten[0].plaatsingId", equalTo(plaatsing))
                .body("resultaten[0].geplandOp", equalTo("2031-07-01"))
                .body("resultaten[0].notitie", nullValue());

        klok.zetOp(Instant.parse("2031-12-02T08:00:00Z"));
        lijst(partner, "open").body("resultaten.maanden", contains(1, 3, 6));
        registreer(plaatsing, 3, "risico-op-uitval", "werkgever twijfelt aan tempo").statusCode(200);
        lijst(partner, "open").body("resultaten.maanden", contains(1, 6));
        lijst(partner, "geregistreerd").body("resultaten.maanden", contains(3))
                .body("resultaten[0].uitkomst", equalTo("risico-op-uitval")).body("resultaten[0].notitie", nullValue());
        given().auth().oauth2(TestBellers.adviseur(partner)).when().get("/api/v1/plaatsingen/{id}/nazorg", plaatsing)
                .then().statusCode(200).body("notitie", contains(null, "werkgever twijfelt aan tempo", null));
    }

    @Test
    void registreren_kan_vanaf_een_week_voor_het_moment_met_een_bekende_uitkomst() {
        String plaatsing = plaatsing("2031-06-01");
        klok.zetOp(Instant.parse("2031-06-23T12:00:00Z"));
        registreer(plaatsing, 1, "goed", null).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:nazorg-te-vroeg"))
                .body("geplandOp", equalTo("2031-07-01"));
        klok.zetOp(Instant.parse("2031-06-24T00:00:00Z"));
        registreer(plaatsing, 2, "goed", null).statusCode(400).body("invalidParams[0].name", equalTo("maanden"));
        registreer(plaatsing, 1, "prima", null).statusCode(400).body("invalidParams[0].name", equalTo("uitkomst"));
        given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body("{\"uitkomst\": \"goed\"}")
                .when().post("/api/v1/plaatsingen/{id}/nazorg", plaatsing).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("maanden"));
        registreer(plaatsing, 1, "goed", "loopt prima").statusCode(200).body("status", equalTo("geregistreerd"))
                .body("geregistreerdDoor", equalTo(TestBellers.adviseurId(partner).toString()));
    }

    @Test
    void de_status_van_voordracht_plaatsing_en_nazorg_staat_opgeslagen_als_de_code_van_de_api() {
        String plaatsing = plaatsing("2031-06-01");
        klok.zetOp(Instant.parse("2031-07-01T12:00:00Z"));
        registreer(plaatsing, 1, "goed", null).statusCode(200).body("status", equalTo("geregistreerd"));

        @SuppressWarnings("unchecked")
        List<String> opgeslagen = em.createNativeQuery("SELECT status FROM nazorgmoment WHERE plaatsing_id = ?1 ORDER BY maanden")
                .setParameter(1, UUID.fromString(plaatsing)).getResultList();
        assertThat(opgeslagen).containsExactly("geregistreerd", "open", "open");
        assertThat(em.createNativeQuery("SELECT status FROM plaatsing WHERE id = ?1").setParameter(1, UUID.fromString(plaatsing))
                .getSingleResult()).isEqualTo("lopend");
        assertThat(em.createNativeQuery("SELECT v.status FROM voordracht v JOIN plaatsing p ON p.voordracht_id = v.id WHERE p.id = ?1")
                .setParameter(1, UUID.fromString(plaatsing)).getSingleResult()).isEqualTo("aangenomen");
    }

    @Test
    void de_lijst_bladert_met_een_cursor() {
        for (int i = 0; i < 3; i++) {
            plaatsing("2031-06-0" + (i + 1));
        }
        klok.zetOp(Instant.parse("2032-01-01T00:00:00Z"));
        List<Integer> maanden = new ArrayList<>();
        String cursor = null;
        int paginas = 0;
        do {
            var antwoord = given().auth().oauth2(Tokens.beheerder())
                    .queryParam("partner", partner).queryParam("status", "open").queryParam("limiet", 4)
                    .queryParams(cursor == null ? java.util.Map.of() : java.util.Map.of("cursor", cursor))
                    .when().get("/api/v1/nazorgmomenten").then().statusCode(200).extract();
            maanden.addAll(antwoord.path("resultaten.maanden"));
            cursor = antwoord.path("volgendeCursor");
            paginas++;
        } while (cursor != null);
        assertThat(paginas).isEqualTo(3);
        assertThat(maanden).hasSize(9);
        given().auth().oauth2(Tokens.beheerder()).queryParam("partner", partner).queryParam("cursor", "onzin")
                .when().get("/api/v1/nazorgmomenten").then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
    }

    @Test
    void een_adviseur_van_een_andere_partner_ziet_en_registreert_de_nazorg_niet() {
        String plaatsing = plaatsing("2031-06-01");
        given().auth().oauth2(TestBellers.adviseur("gemeente-baarn")).queryParam("partner", partner)
                .when().get("/api/v1/nazorgmomenten").then().statusCode(403);
        given().auth().oauth2(TestBellers.adviseur("gemeente-baarn")).when().get("/api/v1/plaatsingen/{id}/nazorg", plaatsing)
                .then().statusCode(404);
        klok.zetOp(Instant.parse("2031-07-01T09:00:00Z"));
        given().auth().oauth2(TestBellers.adviseur("gemeente-baarn")).contentType(ContentType.JSON)
                .body("{\"maanden\": 1, \"uitkomst\": \"risico-op-uitval\", \"notitie\": \"niet van ons\"}")
                .when().post("/api/v1/plaatsingen/{id}/nazorg", plaatsing).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestBellers.adviseur(partner)).when().get("/api/v1/plaatsingen/{id}/nazorg", plaatsing)
                .then().statusCode(200).body("find { it.maanden == 1 }.status", equalTo("open"));
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/nazorgmomenten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("partner"));
        given().auth().oauth2(TestBellers.adviseur(partner)).queryParam("status", "half")
                .when().get("/api/v1/nazorgmomenten").then().statusCode(400).body("invalidParams[0].name", equalTo("status"));
        given().auth().oauth2(TestBellers.adviseur(partner)).queryParam("limiet", 500)
                .when().get("/api/v1/nazorgmomenten").then().statusCode(400).body("invalidParams[0].name", equalTo("limiet"));
    }

    @Test
    void dashboard_en_partnersysteem_komen_niet_bij_de_nazorg() {
        for (String token : List.of(Tokens.dashboard(), TestBellers.partnersysteem(partner))) {
            given().auth().oauth2(token).queryParam("partner", partner)
                    .when().get("/api/v1/nazorgmomenten").then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/v1/plaatsingen/{id}/nazorg", UUID.randomUUID()).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"maanden\": 1, \"uitkomst\": \"goed\"}")
                    .when().post("/api/v1/plaatsingen/{id}/nazorg", UUID.randomUUID()).then().statusCode(403);
        }
    }

    /** A placement of a candidate of this test's partner, proposed by that partner on a broadcast vacancy. */
    private String plaatsing(String startdatum) {
        UUID vacature = bemiddeling.vacature("gemeente-amersfoort", "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(partner, "Leusden", "beschikbaar", "bijstand");
        String voordracht = draagVoor(partner, vacature, kandidaat).statusCode(201).extract().path("id");
        uitkomst(partner, voordracht, "{\"uitkomst\": \"aangenomen\"}").statusCode(200);
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON)
                .body("""
                        {"voordrachtId": "%s", "startdatum": "%s", "contractvorm": "vast", "onbepaaldeTijd": true,
                         "urenPerWeek": 36}""".formatted(voordracht, startdatum))
                .when().post("/api/v1/plaatsingen").then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse lijst(String partnerCode, String status) {
        return given().auth().oauth2(TestBellers.adviseur(partnerCode)).queryParam("status", status).queryParam("limiet", 200)
                .when().get("/api/v1/nazorgmomenten").then().statusCode(200);
    }

    private ValidatableResponse registreer(String plaatsing, int maanden, String uitkomst, String notitie) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON)
                .body("{\"maanden\": %d, \"uitkomst\": \"%s\"%s}".formatted(maanden, uitkomst,
                        notitie == null ? "" : ", \"notitie\": \"" + notitie + "\""))
                .when().post("/api/v1/plaatsingen/{id}/nazorg", plaatsing).then();
    }
}
