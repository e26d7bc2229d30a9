package nl.wsp.matching.instrument;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.TestBellers;
import nl.wsp.matching.TestPartners;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

/**
 * Issue 18 item 3 (A): the full catalogue of seeds 003/004, each kind with its limits and conditions. An entry or a
 * request beyond a kind's limit is a 400 naming the field and stores nothing: never clamped.
 */
@QuarkusTest
class InstrumentCatalogusTest {

    static final String SOEST = "gemeente-soest";

    @Inject
    EntityManager em;

    @BeforeEach
    void partnerBekend() {
        TestPartners.bekend(em, SOEST, "Amersfoort");
    }

    @Test
    void een_proefplaatsing_van_zes_maanden_wordt_geweigerd_en_niet_als_drie_opgeslagen() {
        String naam = "Proefplaatsing zes maanden " + UUID.randomUUID();
        neemOp("proefplaatsing", naam, ", \"maxMaanden\": 6")
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("maxMaanden"))
                .body("invalidParams[0].reason", containsString("ten hoogste 2 maanden"));
        neemOp("proefplaatsing", naam, ", \"maxMaanden\": 3").statusCode(400).body("invalidParams[0].name", equalTo("maxMaanden"));
        assertThat(aantalMetNaam(naam)).isZero();
        neemOp("proefplaatsing", naam, ", \"maxMaanden\": 2").statusCode(201).body("maxMaanden", equalTo(2));
    }

    @Test
    void een_catalogusregel_boven_de_grens_van_zijn_soort_is_400_op_dat_veld() {
        String naam = "Boven de grens " + UUID.randomUUID();
        neemOp("jobcoaching", naam, ", \"maxMaanden\": 37").statusCode(400).body("invalidParams[0].name", equalTo("maxMaanden"));
        neemOp("stimuleringspremie", naam, ", \"maxBedrag\": 5000.01").statusCode(400).body("invalidParams[0].name", equalTo("maxBedrag"));
        neemOp("p-detachering", naam, ", \"maxMaanden\": 2").statusCode(400)
                .body("invalidParams[0].name", equalTo("maxMaanden")).body("invalidParams[0].reason", containsString("ten minste 3"));
        assertThat(aantalMetNaam(naam)).isZero();
        neemOp("jobcoaching", naam, ", \"maxMaanden\": 36").statusCode(201).body("maxMaanden", equalTo(36));
        neemOp("stimuleringspremie", naam, ", \"maxBedrag\": 4000").statusCode(201).body("maxBedrag", equalTo(4000));
    }

    @Test
    void elke_soort_uit_de_bronnen_is_op_te_nemen() {
        for (String soort : new String[]{"detachering", "groepsdetachering", "p-detachering", "scholing", "loonwaardebepaling",
                "onkostenvergoeding", "harrie-training", "werk-uitbesteding"}) {
            neemOp(soort, soort + " " + UUID.randomUUID(), "").statusCode(201).body("soort", equalTo(soort));
        }
        neemOp("jobcarving-bestaat-niet", "onbekend", "").statusCode(400).body("invalidParams[0].name", equalTo("soort"));
    }

    @Test
    void een_p_detachering_duurt_minimaal_drie_maanden() {
        UUID kandidaat = kandidaat("bijstand");
        String pDetachering = id(neemOp("p-detachering", "P-detachering 18K Flex", ""));
        vraagAan(pDetachering, kandidaat, null, null).statusCode(400).body("invalidParams[0].name", equalTo("duurMaanden"));
        vraagAan(pDetachering, kandidaat, 2, null).statusCode(400).body("invalidParams[0].name", equalTo("duurMaanden"));
        assertThat(aantalInzetten(kandidaat)).isZero();
        vraagAan(pDetachering, kandidaat, 3, null).statusCode(201).body("duurMaanden", equalTo(3));
    }

    @Test
    void loondispensatie_vraagt_een_kandidaat_met_een_wajong_uitkering() {
        String dispensatie = id(neemOp("loondispensatie", "Loondispensatie", ""));
        UUID bijstand = kandidaat("bijstand");
        vraagAan(dispensatie, bijstand, 12, null).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("kandidaatId"))
                .body("invalidParams[0].reason", containsString("wajong"));
        assertThat(aantalInzetten(bijstand)).isZero();

        vraagAan(dispensatie, kandidaat("wajong", "banenafspraak"), 12, null).statusCode(201).body("soort", equalTo("loondispensatie"));
    }

    @Test
    void een_onkostenvergoeding_noemt_een_bedrag() {
        UUID kandidaat = kandidaat("bijstand");
        String onkosten = id(neemOp("onkostenvergoeding", "Reiskosten naar de werkplek", ""));
        vraagAan(onkosten, kandidaat, null, null).statusCode(400).body("invalidParams[0].name", equalTo("bedrag"));
        vraagAan(onkosten, kandidaat, null, "85.50").statusCode(201).body("bedrag", equalTo(85.5f));
    }

    @Test
    void een_proefplaatsing_wordt_voor_ten_hoogste_twee_maanden_aangevraagd() {
        UUID kandidaat = kandidaat("ww");
        String proef = id(neemOp("proefplaatsing", "Proefplaatsing met behoud van uitkering", ""));
        vraagAan(proef, kandidaat, 3, null).statusCode(400).body("invalidParams[0].name", equalTo("duurMaanden"));
        vraagAan(proef, kandidaat, 2, null).statusCode(201);
    }

    private ValidatableResponse neemOp(String soort, String naam, String extra) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"partner": "%s", "soort": "%s", "naam": "%s", "geldigVan": "2020-01-01", "geldigTot": "2035-12-31"%s}
                        """.formatted(SOEST, soort, naam, extra))
                .when().post("/api/v1/instrumenten").then();
    }

    private static String id(ValidatableResponse opgenomen) {
        return opgenomen.statusCode(201).extract().path("id");
    }

    private ValidatableResponse vraagAan(String instrument, UUID kandidaat, Integer maanden, String bedrag) {
        return given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("""
                        {"instrumentId": "%s", "kandidaatId": "%s", "startdatum": "2031-04-01"%s%s}
                        """.formatted(instrument, kandidaat,
                        maanden == null ? "" : ", \"duurMaanden\": " + maanden,
                        bedrag == null ? "" : ", \"bedrag\": " + bedrag))
                .when().post("/api/v1/instrument-inzetten").then();
    }

    /** A candidate of Soest as intake stores it, with these target groups. */
    private UUID kandidaat(String... doelgroepen) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO kandidaat (id, partner, referentie, status, woongemeente, doelgroepen, volledigheid,
                                               ontbrekende_velden, aangemaakt_op, gewijzigd_op)
                        VALUES (?1, ?2, ?3, 'beschikbaar', 'Soest', ?4, 50, ARRAY[]::text[], now(), now())""")
                .setParameter(1, id).setParameter(2, SOEST).setParameter(3, "ref-" + id).setParameter(4, doelgroepen)
                .executeUpdate());
        return id;
    }

    private long aantalMetNaam(String naam) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(i) from Instrument i where i.naam = :n", Long.class).setParameter("n", naam).getSingleResult());
    }

    private long aantalInzetten(UUID kandidaat) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(i) from InstrumentInzet i where i.kandidaatId = :k", Long.class).setParameter("k", kandidaat).getSingleResult());
    }
}
