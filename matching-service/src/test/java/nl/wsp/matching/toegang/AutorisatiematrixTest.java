package nl.wsp.matching.toegang;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.TestBellers;
import nl.wsp.matching.TestPartners;
import nl.wsp.matching.kandidaat.Kandidaten;
import nl.wsp.matching.voordracht.Bemiddeling;
import nl.wsp.platform.regels.Autorisatiematrix;
import nl.wsp.platform.regels.Autorisatiematrix.Verzoek;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the live OpenAPI document as every persona, against real candidates, a vacancy in its
 * own-caseload window, proposals, placements and instrument deployments of one partner, held to
 * {@code src/test/resources/autorisatiematrix.csv} (the frame's {@link Autorisatiematrix}): a new endpoint without a
 * row there fails this test.
 */
@QuarkusTest
class AutorisatiematrixTest {

    @Inject
    EntityManager em;

    @Test
    void elke_operatie_antwoordt_elke_persona_zoals_de_tabel_zegt() {
        String p1 = "gemeente-mx-" + kort();
        String p2 = "gemeente-my-" + kort();
        TestPartners.bekend(em, p1, "Amersfoort");
        TestPartners.bekend(em, p2, "Amersfoort");
        Bemiddeling b = new Bemiddeling(em);
        UUID vacature = b.vacature(p1, "Amersfoort", Instant.now().plus(2, ChronoUnit.DAYS), false, "open");
        UUID kandidaat = b.kandidaat(p1, "Soest", "beschikbaar", "ww");
        String voordracht = Bemiddeling.draagVoor(p1, vacature, kandidaat).statusCode(201).extract().path("id");
        String teAanvaarden = aangenomen(b, p1, vacature);
        String plaatsing = plaatsing(p1, aangenomen(b, p1, vacature));
        String teBeeindigen = plaatsing(p1, aangenomen(b, p1, vacature));
        String instrument = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(instrumentBody(p1)).post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
        String inzet = inzet(p1, instrument, kandidaat);
        String goedTeKeuren = inzet(p1, instrument, kandidaat);
        String afTeWijzen = inzet(p1, instrument, kandidaat);
        // issue 18 item 3 (instruments): an approved trial placement of P1, to extend
        String proefplaatsing = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"partner\": \"%s\", \"soort\": \"proefplaatsing\", \"naam\": \"Proefplaatsing\", \"geldigVan\": \"2020-01-01\"}"
                        .formatted(p1)).post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
        String teVerlengen = given().auth().oauth2(TestBellers.adviseur(p1)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\", \"duurMaanden\": 2}"
                        .formatted(proefplaatsing, kandidaat)).post("/api/v1/instrument-inzetten").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestBellers.adviseur(p1)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/instrument-inzetten/{id}/goedkeuring", teVerlengen).then().statusCode(200);
        UUID teWissen = b.kandidaat(p1, "Soest", "beschikbaar", "ww");
        UUID teWissenPerPost = b.kandidaat(p1, "Soest", "beschikbaar", "ww");
        UUID inTeTrekken = b.kandidaat(p1, "Soest", "beschikbaar", "ww");
        // pushed as a partner system does, so it is in the match projection, and it stays available (the other is placed)
        UUID teMatchen = Kandidaten.pushEen(p1, Kandidaten.volledig(Kandidaten.referentie()));
        given().auth().oauth2(Tokens.beheerder("Amersfoort")).contentType(ContentType.JSON)
                .body("{\"regio\": \"Amersfoort\", \"bedragPerGeplandePlaatsing\": 1250}").post("/api/v1/regiofondsen")
                .then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        // issue 18 item 3 D (ADR 0036): Amersfoort pools, so deployments with an amount are the fund's to decide
        given().auth().oauth2(Tokens.beheerder("Amersfoort")).contentType(ContentType.JSON)
                .body("{\"gemeente\": \"Soest\", \"bedrag\": 1000}").post("/api/v1/regiofondsen/Amersfoort/stortingen")
                .then().statusCode(200);
        String aanpassing = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"partner\": \"%s\", \"soort\": \"werkplekaanpassing\", \"naam\": \"Werkplekaanpassing\", \"geldigVan\": \"2020-01-01\"}"
                        .formatted(p1)).post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
        String fondsGoedTeKeuren = fondsinzet(p1, aanpassing, kandidaat);
        String fondsAfTeWijzen = fondsinzet(p1, aanpassing, kandidaat);
        // issue 18 item 4 (ADR 0046): handovers of P1's candidates to P2, one to read, one to accept, one to refuse
        UUID aanTeBieden = b.kandidaat(p1, "Soest", "beschikbaar", "ww");
        String teLezen = overdracht(p1, p2, b.kandidaat(p1, "Soest", "beschikbaar", "ww"));
        String overTeNemen = overdracht(p1, p2, b.kandidaat(p1, "Soest", "beschikbaar", "ww"));
        String teWeigeren = overdracht(p1, p2, b.kandidaat(p1, "Soest", "beschikbaar", "ww"));
        // issue 18 item 4 (ADR 0048): a trajectory of P1's candidate to read and one to complete
        String traject = traject(p1, kandidaat);
        String afTeRonden = traject(p1, kandidaat);

        String reintegratiebedrijf = "re-integratiebedrijf-" + kort();
        TestPartners.bekend(em, reintegratiebedrijf, "Amersfoort", "re-integratiebedrijf");
        String reintegratie = TestBellers.adviseur(reintegratiebedrijf);

        Autorisatiematrix.Resultaat resultaat;
        try {
            resultaat = Autorisatiematrix.volgens("autorisatiematrix.csv")
                    .persona("geenToken", null)
                    .persona("onbekendePartner", Tokens.adviseur("bestaat-niet-" + kort(), UUID.randomUUID().toString()))
                    .persona("dashboard", Tokens.dashboard())
                    .persona("andereRegio", TestBellers.adviseur("gemeente-tilburg"))
                    .persona("beheerderAndereRegio", Tokens.beheerder("Midden-Brabant"))
                    .persona("anderePartner", TestBellers.adviseur(p2))
                    .persona("partnersysteem", TestBellers.partnersysteem(p1))
                    .persona("eigenaar", TestBellers.adviseur(p1))
                    .persona("beheerderRegio", Tokens.beheerder("Amersfoort"))
                    .persona("beheerder", Tokens.beheerder())
                    .persona("beperktePartner", reintegratie)
                    .persona("website", Tokens.website())
                    .verzoek("zoekBeroepen", Verzoek.leeg().query("zoek", "lasser"))
                    .verzoek("zoekVaardigheden", Verzoek.leeg().query("zoek", "heftruck"))
                    .verzoek("leverKandidatenAan", Verzoek.leeg().body(() -> json(Map.of("kandidaten",
                            List.of(Kandidaten.volledig(Kandidaten.referentie()))))))
                    .verzoek("leesKandidaat", Verzoek.leeg().pad("id", kandidaat.toString()))
                    .verzoek("leesInzage", Verzoek.leeg().pad("id", kandidaat.toString()))
                    .verzoek("zoekVacaturesVoorKandidaat", Verzoek.leeg().pad("id", teMatchen.toString()))
                    .verzoek("trekKandidaatIn", Verzoek.leeg().pad("id", inTeTrekken.toString()).body(() -> "{\"reden\": \"verhuisd\"}"))
                    .verzoek("wisKandidaat", Verzoek.leeg().pad("id", teWissen.toString()))
                    .verzoek("wisKandidaatPerPost", Verzoek.leeg().pad("id", teWissenPerPost.toString()))
                    .verzoek("zoekKandidatenVoorVacature", Verzoek.leeg().pad("id", vacature.toString()))
                    .verzoek("draagKandidaatVoor", Verzoek.leeg().body(() -> "{\"vacatureId\": \"%s\", \"kandidaatId\": \"%s\"}"
                            .formatted(vacature, b.kandidaat(p1, "Soest", "beschikbaar", "ww"))))
                    .verzoek("leesVoordracht", Verzoek.leeg().pad("id", voordracht))
                    .verzoek("registreerUitkomst", Verzoek.leeg().pad("id", voordracht).body(() -> "{\"uitkomst\": \"uitgenodigd\"}"))
                    .verzoek("plaatsKandidaat", Verzoek.leeg().body(() -> plaatsingBody(teAanvaarden)))
                    .verzoek("leesPlaatsing", Verzoek.leeg().pad("id", plaatsing))
                    .verzoek("beeindigPlaatsing", Verzoek.leeg().pad("id", teBeeindigen)
                            .body(() -> "{\"einddatum\": \"2031-09-01\", \"reden\": \"ontslag\"}"))
                    .verzoek("registreerNazorg", Verzoek.leeg().pad("id", plaatsing).body(() -> "{\"maanden\": 1, \"uitkomst\": \"goed\"}"))
                    .verzoek("lijstNazorgVanPlaatsing", Verzoek.leeg().pad("id", plaatsing))
                    .verzoek("lijstNazorgmomenten", Verzoek.leeg().query("partner", p1))
                    .verzoek("neemInstrumentOp", Verzoek.leeg().body(() -> instrumentBody(p1)))
                    .verzoek("vraagInstrumentInzetAan", Verzoek.leeg().body(() -> inzetBody(instrument, kandidaat)))
                    .verzoek("leesInstrumentInzet", Verzoek.leeg().pad("id", inzet))
                    .verzoek("keurInstrumentInzetGoed", Verzoek.leeg().pad("id", goedTeKeuren).body(() -> "{}"))
                    .verzoek("wijsInstrumentInzetAf", Verzoek.leeg().pad("id", afTeWijzen).body(() -> "{\"reden\": \"geen budget\"}"))
                    .verzoek("verlengInstrumentInzet", Verzoek.leeg().pad("id", teVerlengen).body(() -> "{\"maanden\": 1}"))
                    .verzoek("leesMenukaart", Verzoek.leeg().pad("regio", "Amersfoort"))
                    .verzoek("stelMenukaartregelVast", Verzoek.leeg().pad("regio", "Amersfoort").pad("soort", "harrie-training")
                            .body(() -> "{\"aangeboden\": true}"))
                    .verzoek("lijstMenukaartafwijkingen", Verzoek.leeg().pad("regio", "Amersfoort"))
                    .verzoek("richtRegiofondsIn", Verzoek.leeg().body(() -> "{\"regio\": \"Amersfoort\", \"bedragPerGeplandePlaatsing\": 1250}"))
                    .verzoek("leesRegiofonds", Verzoek.leeg().pad("regio", "Amersfoort"))
                    .verzoek("stortInRegiofonds", Verzoek.leeg().pad("regio", "Amersfoort").body(() -> "{\"gemeente\": \"Soest\", \"geplandePlaatsingen\": 1}"))
                    .verzoek("lijstRegiofondsstortingen", Verzoek.leeg().pad("regio", "Amersfoort"))
                    .verzoek("leesRegiofondsafschrift", Verzoek.leeg().pad("regio", "Amersfoort"))
                    .verzoek("leesBundelingMiddelen", Verzoek.leeg().pad("regio", "Amersfoort").query("jaar", "2031"))
                    .verzoek("lijstFondsinzetten", Verzoek.leeg().pad("regio", "Amersfoort"))
                    .verzoek("keurFondsinzetGoed", Verzoek.leeg().pad("regio", "Amersfoort").pad("id", fondsGoedTeKeuren).body(() -> "{}"))
                    .verzoek("wijsFondsinzetAf", Verzoek.leeg().pad("regio", "Amersfoort").pad("id", fondsAfTeWijzen)
                            .body(() -> "{\"reden\": \"werkbudget op\"}"))
                    .verzoek("biedKandidaatAan", Verzoek.leeg().body(() -> overdrachtBody(aanTeBieden, p2)))
                    .verzoek("lijstOverdrachten", Verzoek.leeg())
                    .verzoek("leesOverdracht", Verzoek.leeg().pad("id", teLezen))
                    .verzoek("aanvaardOverdracht", Verzoek.leeg().pad("id", overTeNemen)
                            .body(() -> "{\"referentie\": \"OVER-%s\"}".formatted(UUID.randomUUID())))
                    .verzoek("weigerOverdracht", Verzoek.leeg().pad("id", teWeigeren).body(() -> "{\"reden\": \"niet onze inwoner\"}"))
                    .verzoek("startTraject", Verzoek.leeg().body(() -> trajectBody(kandidaat)))
                    .verzoek("lijstTrajecten", Verzoek.leeg().query("kandidaatId", kandidaat.toString()))
                    .verzoek("leesTraject", Verzoek.leeg().pad("id", traject))
                    .verzoek("rondTrajectAf", Verzoek.leeg().pad("id", afTeRonden)
                            .body(() -> "{\"einddatum\": \"2031-06-01\", \"uitkomst\": \"naar-werk\"}"))
                    .run();
        } finally {
            // the menu line set above would put every later Amersfoort request of other tests outside the menu, even
            // when the matrix failed half-way (the fund it leaves is why the inzage tests' candidate lives in FoodValley)
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("DELETE FROM menukaart_regel WHERE regio = 'Amersfoort'").executeUpdate());
        }
        System.out.println("matching-service autorisatiematrix: " + resultaat);
        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.operaties()).isGreaterThanOrEqualTo(31);
    }

    private static String aangenomen(Bemiddeling b, String partner, UUID vacature) {
        String voordracht = Bemiddeling.draagVoor(partner, vacature, b.kandidaat(partner, "Soest", "beschikbaar", "ww"))
                .statusCode(201).extract().path("id");
        Bemiddeling.uitkomst(partner, voordracht, "{\"uitkomst\": \"aangenomen\"}").statusCode(200);
        return voordracht;
    }

    private static String plaatsingBody(String voordracht) {
        return """
                {"voordrachtId": "%s", "startdatum": "2031-06-01", "contractvorm": "tijdelijk", "contractduurMaanden": 12,
                 "urenPerWeek": 24, "instrumenten": []}""".formatted(voordracht);
    }

    private static String plaatsing(String partner, String voordracht) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body(plaatsingBody(voordracht))
                .post("/api/v1/plaatsingen").then().statusCode(201).extract().path("id");
    }

    private static String instrumentBody(String partner) {
        return """
                {"partner": "%s", "soort": "no-riskpolis", "naam": "No-riskpolis %s", "geldigVan": "2020-01-01"}
                """.formatted(partner, partner);
    }

    private static String inzetBody(String instrument, UUID kandidaat) {
        return "{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\"}".formatted(instrument, kandidaat);
    }

    private static String inzet(String partner, String instrument, UUID kandidaat) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body(inzetBody(instrument, kandidaat))
                .post("/api/v1/instrument-inzetten").then().statusCode(201).extract().path("id");
    }

    private static String fondsinzet(String partner, String instrument, UUID kandidaat) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\", \"bedrag\": 100}"
                        .formatted(instrument, kandidaat))
                .post("/api/v1/instrument-inzetten").then().statusCode(201).body("fondsRegio", org.hamcrest.Matchers.equalTo("Amersfoort"))
                .extract().path("id");
    }

    private static String trajectBody(UUID kandidaat) {
        return "{\"kandidaatId\": \"%s\", \"soort\": \"leerwerktraject\", \"startdatum\": \"2031-01-05\"}".formatted(kandidaat);
    }

    private static String traject(String partner, UUID kandidaat) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body(trajectBody(kandidaat))
                .post("/api/v1/trajecten").then().statusCode(201).extract().path("id");
    }

    private static String overdrachtBody(UUID kandidaat, String naar) {
        return "{\"kandidaatId\": \"%s\", \"naarPartner\": \"%s\", \"reden\": \"einde-ww\"}".formatted(kandidaat, naar);
    }

    private static String overdracht(String van, String naar, UUID kandidaat) {
        return given().auth().oauth2(TestBellers.partnersysteem(van)).contentType(ContentType.JSON).body(overdrachtBody(kandidaat, naar))
                .post("/api/v1/overdrachten").then().statusCode(201).extract().path("id");
    }

    private static String json(Object waarde) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(waarde);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kort() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
