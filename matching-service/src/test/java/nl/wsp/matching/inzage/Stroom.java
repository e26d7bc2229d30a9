package nl.wsp.matching.inzage;

import nl.wsp.matching.TestBellers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.TestPartners;
import nl.wsp.matching.kandidaat.Kandidaten;
import nl.wsp.testsupport.Tokens;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Test fixture: one candidate of a partner of its own, through every kind of record matching-service keeps on a
 * candidate, each made through the public API (the vacancy natively, as the vacancy consumer stores it).
 */
final class Stroom {

    static final Instant T = Instant.parse("2031-05-01T09:00:00Z");

    final EntityManager em;
    final String partner = Kandidaten.partner();
    UUID kandidaat;
    UUID vacature;
    String voordracht;
    String instrument;
    String inzet;
    String afgewezenInzet;
    String plaatsing;

    Stroom(EntityManager em) {
        this.em = em;
        TestPartners.bekend(em, partner, "Amersfoort");
    }

    /** The partner's candidate, pushed by its partner system. */
    UUID kandidaat() {
        // living in Barneveld (FoodValley, a region no test gives a fund) and working in Amersfoort: its own partner, not
        // a fund, decides its deployments (ADR 0036), whatever the order the test classes run in
        java.util.Map<String, Object> kandidaat = Kandidaten.volledig(Kandidaten.referentie());
        kandidaat.put("woongemeente", "Barneveld");
        kandidaat.put("mobiliteit", java.util.Map.of("maximaleReisafstandKm", 25, "gemeenten", java.util.List.of("Amersfoort", "Leusden")));
        this.kandidaat = Kandidaten.pushEen(partner, kandidaat);
        return this.kandidaat;
    }

    /** An open vacancy of the partner's account manager, in its own-caseload window: only this partner's candidates rank. */
    UUID vacature() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO vacature (id, werkgever_id, accountmanager_partner, titel, esco_beroep, uren_per_week,
                                              werklocatie_gemeente, regio, eigen_bestand_tot, breed_uitgezet, status, bijgewerkt_op)
                        VALUES (?1, ?2, ?3, 'Schoonmaker', ?4, 20, 'Amersfoort', 'Amersfoort', cast(?5 AS timestamptz), false,
                                'open', now())""")
                .setParameter(1, id).setParameter(2, UUID.randomUUID()).setParameter(3, partner)
                .setParameter(4, Kandidaten.SCHOONMAKER_GEBOUWEN).setParameter(5, T.plusSeconds(86_400).toString())
                .executeUpdate());
        vacature = id;
        return id;
    }

    ValidatableResponse draagVoor() {
        ValidatableResponse r = given().auth().oauth2(adviseur()).contentType(ContentType.JSON)
                .body("{\"vacatureId\": \"%s\", \"kandidaatId\": \"%s\"}".formatted(vacature, kandidaat))
                .when().post("/api/v1/voordrachten").then();
        voordracht = r.extract().path("id");
        return r;
    }

    ValidatableResponse uitkomst(String uitkomst) {
        return given().auth().oauth2(adviseur()).contentType(ContentType.JSON)
                .body("{\"uitkomst\": \"%s\", \"toelichting\": \"gesprek ging goed\"}".formatted(uitkomst))
                .when().post("/api/v1/voordrachten/{id}/uitkomst", voordracht).then();
    }

    String instrument() {
        instrument = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"partner": "%s", "soort": "jobcoaching", "naam": "Jobcoaching", "voorwaarden": "volgens de verordening",
                         "geldigVan": "2020-01-01", "geldigTot": "2035-12-31"}""".formatted(partner))
                .when().post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
        return instrument;
    }

    ValidatableResponse vraagInzetAan() {
        return given().auth().oauth2(adviseur()).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-06-01\", \"duurMaanden\": 6, \"bedrag\": 1250}"
                        .formatted(instrument, kandidaat))
                .when().post("/api/v1/instrument-inzetten").then();
    }

    /** Issue 18 item 3: an approved trial placement of 2 months from 2031-06-01, to extend. */
    String goedgekeurdeProefplaatsing() {
        String proef = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"partner\": \"%s\", \"soort\": \"proefplaatsing\", \"naam\": \"Proefplaatsing\", \"geldigVan\": \"2020-01-01\"}"
                        .formatted(partner))
                .when().post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
        String inzet = given().auth().oauth2(adviseur()).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-06-01\", \"duurMaanden\": 2}"
                        .formatted(proef, kandidaat))
                .when().post("/api/v1/instrument-inzetten").then().statusCode(201).extract().path("id");
        besluit(inzet, "goedkeuring", null).statusCode(200);
        return inzet;
    }

    ValidatableResponse besluit(String id, String soort, String reden) {
        return given().auth().oauth2(adviseur()).contentType(ContentType.JSON)
                .body(reden == null ? "{}" : "{\"reden\": \"%s\"}".formatted(reden))
                .when().post("/api/v1/instrument-inzetten/{id}/" + soort, id).then();
    }

    ValidatableResponse plaats() {
        ValidatableResponse r = given().auth().oauth2(adviseur()).contentType(ContentType.JSON).body("""
                        {"voordrachtId": "%s", "startdatum": "2031-06-01", "contractvorm": "tijdelijk", "contractduurMaanden": 12,
                         "urenPerWeek": 24, "instrumenten": ["%s"]}""".formatted(voordracht, inzet))
                .when().post("/api/v1/plaatsingen").then();
        plaatsing = r.extract().path("id");
        return r;
    }

    ValidatableResponse nazorg(String notitie) {
        return given().auth().oauth2(adviseur()).contentType(ContentType.JSON)
                .body(Map.of("maanden", 1, "uitkomst", "aandachtspunt", "notitie", notitie))
                .when().post("/api/v1/plaatsingen/{id}/nazorg", plaatsing).then();
    }

    String adviseur() {
        return TestBellers.adviseur(partner);
    }

    String partnersysteem() {
        return TestBellers.partnersysteem(partner);
    }

    long logregels(UUID betrokkene) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1").setParameter(1, betrokkene)
                .getSingleResult()).longValue());
    }
}
