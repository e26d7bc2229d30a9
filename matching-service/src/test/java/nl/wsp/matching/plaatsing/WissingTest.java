package nl.wsp.matching.plaatsing;

import nl.wsp.matching.TestBellers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.matching.voordracht.Bemiddeling;
import nl.wsp.testsupport.Tokens;
import nl.wsp.matching.TestPartners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.voordracht.Bemiddeling.draagVoor;
import static nl.wsp.matching.voordracht.Bemiddeling.uitkomst;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure of a candidate reaches proposals, placements, after-care and instruments in the same transaction: the free
 * text goes, the rows kept for counting no longer name the erased id, and the events' pseudonym is cut loose (ADR 0017).
 */
@QuarkusTest
class WissingTest {

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @BeforeEach
    void soestIsBekend() {
        TestPartners.bekend(em, "gemeente-soest", "Amersfoort");
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void na_wissing_blijft_geen_vrije_tekst_over_de_kandidaat_achter() {
        klok.zetOp(Instant.parse("2031-05-01T09:00:00Z"));
        Bemiddeling bemiddeling = new Bemiddeling(em);
        String soest = "gemeente-soest";
        UUID vacature = bemiddeling.vacature("gemeente-amersfoort", "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(soest, "Soest", "beschikbaar", "ww");
        String voordracht = draagVoor(soest, vacature, kandidaat).statusCode(201).extract().path("id");
        uitkomst(soest, voordracht, "{\"uitkomst\": \"aangenomen\", \"toelichting\": \"mevrouw start na haar verhuizing\"}")
                .statusCode(200);
        String plaatsing = given().auth().oauth2(TestBellers.adviseur(soest)).contentType(ContentType.JSON)
                .body("""
                        {"voordrachtId": "%s", "startdatum": "2031-05-01", "contractvorm": "vast", "onbepaaldeTijd": true,
                         "urenPerWeek": 20}""".formatted(voordracht))
                .when().post("/api/v1/plaatsingen").then().statusCode(201).extract().path("id");
        klok.zetOp(Instant.parse("2031-06-01T09:00:00Z"));
        given().auth().oauth2(TestBellers.adviseur(soest)).contentType(ContentType.JSON)
                .body("{\"maanden\": 1, \"uitkomst\": \"aandachtspunt\", \"notitie\": \"rugklachten\"}")
                .when().post("/api/v1/plaatsingen/{id}/nazorg", plaatsing).then().statusCode(200);
        given().auth().oauth2(TestBellers.adviseur(soest)).contentType(ContentType.JSON)
                .body("{\"einddatum\": \"2031-06-15\", \"reden\": \"ziekte\", \"toelichting\": \"langdurig ziek gemeld\"}")
                .when().post("/api/v1/plaatsingen/{id}/beeindiging", plaatsing).then().statusCode(200);

        String afgewezen = instrumentInzet(soest, kandidaat);
        given().auth().oauth2(TestBellers.adviseur(soest)).contentType(ContentType.JSON)
                .body("{\"reden\": \"mevrouw heeft schulden bij de gemeente\"}")
                .when().post("/api/v1/instrument-inzetten/{id}/afwijzing", afgewezen).then().statusCode(200);
        String goedgekeurd = instrumentInzet(soest, kandidaat);
        given().auth().oauth2(TestBellers.adviseur(soest)).contentType(ContentType.JSON)
                .body("{\"reden\": \"begeleiding nodig vanwege autisme\"}")
                .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", goedgekeurd).then().statusCode(200);
        assertThat(tekst("SELECT count(*) FROM kandidaat_pseudoniem WHERE kandidaat_id = ?1", kandidaat)).isEqualTo(1);

        given().auth().oauth2(TestBellers.partnersysteem(soest)).when().delete("/api/v1/kandidaten/{id}", kandidaat)
                .then().statusCode(204);

        assertThat(tekst("SELECT count(*) FROM voordracht WHERE kandidaat_id = ?1 AND toelichting IS NOT NULL", kandidaat)).isZero();
        assertThat(tekst("SELECT count(*) FROM plaatsing WHERE kandidaat_id = ?1 AND toelichting IS NOT NULL", kandidaat)).isZero();
        assertThat(tekst("SELECT count(*) FROM nazorgmoment WHERE kandidaat_id = ?1 AND notitie IS NOT NULL", kandidaat)).isZero();
        assertThat(tekst("""
                SELECT count(*) FROM instrument_inzet WHERE id IN (?1, ?2) AND besluit_reden IS NOT NULL""", afgewezen, goedgekeurd))
                .isZero();
        assertThat(tekst("""
                SELECT count(*) FROM instrument_inzet_historie WHERE inzet_id IN (?1, ?2) AND reden IS NOT NULL""", afgewezen, goedgekeurd))
                .isZero();
        assertThat(tekst("SELECT count(*) FROM instrument_inzet_historie WHERE inzet_id IN (?1, ?2)", afgewezen, goedgekeurd))
                .as("the history itself stays").isEqualTo(4);
        // what is kept for counting no longer names the erased id, nor does the events' pseudonym lead back to it
        for (String tabel : List.of("voordracht", "plaatsing", "nazorgmoment", "instrument_inzet", "kandidaat_pseudoniem")) {
            assertThat(tekst("SELECT count(*) FROM " + tabel + " WHERE kandidaat_id = ?1", kandidaat)).as(tabel).isZero();
        }
        assertThat(tekst("SELECT count(*) FROM plaatsing WHERE id = ?1", plaatsing)).isEqualTo(1);
        assertThat(tekst("SELECT count(*) FROM instrument_inzet WHERE id IN (?1, ?2)", afgewezen, goedgekeurd)).isEqualTo(2);
    }

    /** A deployment of a jobcoaching instrument of the candidate's partner, waiting for its decision. */
    private static String instrumentInzet(String partner, UUID kandidaat) {
        String instrument = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"partner": "%s", "soort": "jobcoaching", "naam": "Jobcoaching", "geldigVan": "2020-01-01",
                         "geldigTot": "2035-12-31"}""".formatted(partner))
                .when().post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-06-01\", \"duurMaanden\": 6}"
                        .formatted(instrument, kandidaat))
                .when().post("/api/v1/instrument-inzetten").then().statusCode(201).extract().path("id");
    }

    private long tekst(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            jakarta.persistence.Query q = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                q.setParameter(i + 1, p instanceof String t ? UUID.fromString(t) : p);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
