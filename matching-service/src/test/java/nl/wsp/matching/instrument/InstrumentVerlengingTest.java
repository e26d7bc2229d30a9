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
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 18 item 3 (B): a trial placement runs "maximaal 2 maanden met 1 maand verlenging" (seed 004); the extension is a
 * step of its own, once, by the paying partner, before the period ends, with an event and a history line.
 */
@QuarkusTest
class InstrumentVerlengingTest {

    static final String SOEST = "gemeente-soest";
    static final String UWV = "uwv-amersfoort";

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @BeforeEach
    void partnersBekend() {
        TestPartners.bekend(em, SOEST, "Amersfoort");
        TestPartners.bekend(em, UWV, "Amersfoort");
        klok.zetOp(Instant.parse("2031-03-20T09:00:00Z"));
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void een_proefplaatsing_wordt_een_keer_met_ten_hoogste_een_maand_verlengd() {
        String inzet = goedgekeurd("proefplaatsing", 2);

        verleng(SOEST, inzet, 2).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("maanden"));
        verleng(SOEST, inzet, 1).statusCode(200)
                .body("duurMaanden", equalTo(2))
                .body("verlengdMaanden", equalTo(1))
                .body("status", equalTo("goedgekeurd"))
                .body("historie.actie", contains("aangevraagd", "goedgekeurd", "verlengd"));
        verleng(SOEST, inzet, 1).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:inzet-niet-verlengbaar"));

        assertThat(outbox(inzet, "type")).containsExactly(InstrumentEvents.AANGEVRAAGD, InstrumentEvents.GOEDGEKEURD,
                InstrumentEvents.VERLENGD);
        assertThat(outbox(inzet, "payload::text").get(2)).contains("\"duurMaanden\":3");
        assertThat(stappen(inzet, "verlengd")).isEqualTo(1);
    }

    @Test
    void alleen_een_goedgekeurde_inzet_van_een_soort_met_verlenging_wordt_verlengd() {
        UUID kandidaat = kandidaat();
        String open = vraagAan(instrument("proefplaatsing"), kandidaat, 2).statusCode(201).extract().path("id");
        verleng(SOEST, open, 1).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:inzet-niet-verlengbaar"));

        String jobcoaching = goedgekeurd("jobcoaching", 12);
        verleng(SOEST, jobcoaching, 1).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:inzet-niet-verlengbaar"));
        assertThat(stappen(open, "verlengd") + stappen(jobcoaching, "verlengd")).isZero();
    }

    @Test
    void na_het_einde_van_de_periode_is_verlengen_te_laat() {
        String inzet = goedgekeurd("proefplaatsing", 2); // 2031-04-01 up to 2031-06-01
        klok.zetOp(Instant.parse("2031-06-01T08:00:00Z"));
        verleng(SOEST, inzet, 1).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:inzet-niet-verlengbaar"));
        klok.zetOp(Instant.parse("2031-05-31T08:00:00Z"));
        verleng(SOEST, inzet, 1).statusCode(200).body("verlengdMaanden", equalTo(1));
    }

    @Test
    void een_andere_partner_kan_een_inzet_niet_verlengen() {
        String inzet = goedgekeurd("proefplaatsing", 2);
        verleng(UWV, inzet, 1).statusCode(404).contentType("application/problem+json");
        assertThat(stappen(inzet, "verlengd")).isZero();
    }

    private String goedgekeurd(String soort, int maanden) {
        String inzet = vraagAan(instrument(soort), kandidaat(), maanden).statusCode(201).extract().path("id");
        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", inzet).then().statusCode(200);
        return inzet;
    }

    private ValidatableResponse verleng(String partner, String inzet, int maanden) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON)
                .body("{\"maanden\": %d, \"reden\": \"de werkgever wil nog een maand\"}".formatted(maanden))
                .when().post("/api/v1/instrument-inzetten/{id}/verlenging", inzet).then();
    }

    private String instrument(String soort) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"partner\": \"%s\", \"soort\": \"%s\", \"naam\": \"%s\", \"geldigVan\": \"2020-01-01\"}".formatted(SOEST, soort, soort))
                .when().post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse vraagAan(String instrument, UUID kandidaat, int maanden) {
        return given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\", \"duurMaanden\": %d}"
                        .formatted(instrument, kandidaat, maanden))
                .when().post("/api/v1/instrument-inzetten").then();
    }

    private UUID kandidaat() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO kandidaat (id, partner, referentie, status, woongemeente, doelgroepen, volledigheid,
                                               ontbrekende_velden, aangemaakt_op, gewijzigd_op)
                        VALUES (?1, ?2, ?3, 'beschikbaar', 'Soest', ARRAY['ww'], 50, ARRAY[]::text[], now(), now())""")
                .setParameter(1, id).setParameter(2, SOEST).setParameter(3, "ref-" + id).executeUpdate());
        return id;
    }

    private long stappen(String inzet, String actie) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM instrument_inzet_historie WHERE inzet_id = ?1 AND actie = ?2")
                .setParameter(1, UUID.fromString(inzet)).setParameter(2, actie).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> outbox(String inzet, String kolom) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT " + kolom + " FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position")
                .setParameter(1, inzet).getResultList());
    }
}
