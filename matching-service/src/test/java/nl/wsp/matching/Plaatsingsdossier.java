package nl.wsp.matching;

import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.voordracht.Bemiddeling;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.voordracht.Bemiddeling.draagVoor;
import static nl.wsp.matching.voordracht.Bemiddeling.uitkomst;

/**
 * Test fixture: everything matching-service can hold about one candidate, made through the API as an adviser would —
 * a candidate of Soest proposed on a vacancy of Amersfoort with a remark on the outcome, placed, an after-care check-in
 * with a note a month later, the placement ended two weeks after that with a closing remark; instrument deployments
 * with a decision and its reason on request. Free text everywhere, so that erasure and the retention periods have
 * something to remove (WissingTest, BewaartermijnTest).
 */
public final class Plaatsingsdossier {

    public static final String SOEST = "gemeente-soest";

    public final UUID vacature;
    public final UUID kandidaat;
    public final String voordracht;
    public final String plaatsing;
    /** The day the placement started; the after-care check-in is a month later, the end two weeks after that. */
    public final LocalDate start;
    public final LocalDate einde;

    private Plaatsingsdossier(UUID vacature, UUID kandidaat, String voordracht, String plaatsing, LocalDate start, LocalDate einde) {
        this.vacature = vacature;
        this.kandidaat = kandidaat;
        this.voordracht = voordracht;
        this.plaatsing = plaatsing;
        this.start = start;
        this.einde = einde;
    }

    /**
     * Proposes, places, checks in on and ends the placement of a new candidate of {@code doelgroep}; the test clock
     * runs from {@code start} 09:00 UTC and stands at the after-care check-in (a month later) when this returns.
     */
    public static Plaatsingsdossier geplaatstEnBeeindigd(EntityManager em, TestKlok klok, LocalDate start, String doelgroep) {
        TestPartners.bekend(em, SOEST, "Amersfoort");
        klok.zetOp(start.atTime(9, 0).toInstant(ZoneOffset.UTC));
        Bemiddeling bemiddeling = new Bemiddeling(em);
        UUID vacature = bemiddeling.vacature("gemeente-amersfoort", "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", doelgroep);
        String voordracht = draagVoor(SOEST, vacature, kandidaat).statusCode(201).extract().path("id");
        uitkomst(SOEST, voordracht, "{\"uitkomst\": \"aangenomen\", \"toelichting\": \"mevrouw start na haar verhuizing\"}")
                .statusCode(200);
        String plaatsing = given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("""
                        {"voordrachtId": "%s", "startdatum": "%s", "contractvorm": "vast", "onbepaaldeTijd": true,
                         "urenPerWeek": 20}""".formatted(voordracht, start))
                .when().post("/api/v1/plaatsingen").then().statusCode(201).extract().path("id");
        LocalDate nazorg = start.plusMonths(1);
        klok.zetOp(nazorg.atTime(9, 0).toInstant(ZoneOffset.UTC));
        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("{\"maanden\": 1, \"uitkomst\": \"aandachtspunt\", \"notitie\": \"rugklachten, slaapt slecht\"}")
                .when().post("/api/v1/plaatsingen/{id}/nazorg", plaatsing).then().statusCode(200);
        LocalDate einde = nazorg.plusDays(14);
        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("{\"einddatum\": \"%s\", \"reden\": \"ziekte\", \"toelichting\": \"langdurig ziek gemeld\"}".formatted(einde))
                .when().post("/api/v1/plaatsingen/{id}/beeindiging", plaatsing).then().statusCode(200);
        return new Plaatsingsdossier(vacature, kandidaat, voordracht, plaatsing, start, einde);
    }

    /** A jobcoaching deployment for this candidate, rejected with {@code reden}: its id. */
    public String instrumentAfgewezen(String reden) {
        return instrumentAfgewezen(kandidaat, reden);
    }

    /** A jobcoaching deployment for this candidate, approved with {@code reden}: its id. */
    public String instrumentGoedgekeurd(String reden) {
        return besluit(instrumentInzet(kandidaat), "goedkeuring", reden);
    }

    /** A jobcoaching deployment of Soest for any candidate of Soest, rejected with {@code reden}: its id. */
    public static String instrumentAfgewezen(UUID kandidaat, String reden) {
        return besluit(instrumentInzet(kandidaat), "afwijzing", reden);
    }

    /** A deployment of a jobcoaching instrument of Soest for the candidate, waiting for its decision. */
    private static String instrumentInzet(UUID kandidaat) {
        String instrument = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"partner": "%s", "soort": "jobcoaching", "naam": "Jobcoaching", "geldigVan": "2020-01-01",
                         "geldigTot": "2045-12-31"}""".formatted(SOEST))
                .when().post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
        return given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2032-06-01\", \"duurMaanden\": 6}"
                        .formatted(instrument, kandidaat))
                .when().post("/api/v1/instrument-inzetten").then().statusCode(201).extract().path("id");
    }

    private static String besluit(String inzet, String besluit, String reden) {
        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON).body("{\"reden\": \"%s\"}".formatted(reden))
                .when().post("/api/v1/instrument-inzetten/{id}/" + besluit, inzet).then().statusCode(200);
        return inzet;
    }
}
