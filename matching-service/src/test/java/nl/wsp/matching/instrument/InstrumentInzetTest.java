package nl.wsp.matching.instrument;

import nl.wsp.matching.TestBellers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.matching.TestPartners;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Rule 8: an instrument for a candidate is deployed only with the consent of the partner that pays for them. */
@QuarkusTest
class InstrumentInzetTest {

    static final String SOEST = "gemeente-soest";
    static final String UWV = "uwv-amersfoort";

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;
    @Inject
    Instrumenten instrumenten;

    /** Who owns each candidate this test made: an adviser of that partner asks for the instrument. */
    private final java.util.Map<UUID, String> eigenaar = new java.util.HashMap<>();

    @BeforeEach
    void partnersBekend() {
        TestPartners.bekend(em, SOEST, "Amersfoort");
        TestPartners.bekend(em, UWV, "Amersfoort");
        TestPartners.bekend(em, "gemeente-tilburg", "Midden-Brabant");
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void toestemming_blokkeert_de_inzet_tot_de_betalende_partner_goedkeurt() {
        UUID kandidaat = kandidaat(SOEST, "Soest");
        String instrument = instrument(SOEST, "proefplaatsing", null);

        String inzet = vraagAan(instrument, kandidaat, 2, null, null)
                .statusCode(201)
                .body("status", equalTo("aangevraagd"))
                .body("ingezet", equalTo(false))
                .body("betalendePartner", equalTo(SOEST))
                .extract().path("id");

        given().auth().oauth2(TestBellers.adviseur(UWV)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", inzet)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.beheerder())
                .when().get("/api/v1/instrument-inzetten/{id}", inzet)
                .then().statusCode(200).body("ingezet", equalTo(false));

        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON).body("{\"reden\": \"past in het re-integratieplan\"}")
                .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", inzet)
                .then().statusCode(200)
                .body("status", equalTo("goedgekeurd"))
                .body("ingezet", equalTo(true))
                .body("besluitDoor", equalTo(TestBellers.adviseurId(SOEST).toString()))
                .body("historie.actie", org.hamcrest.Matchers.contains("aangevraagd", "goedgekeurd"));

        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON).body("{\"reden\": \"toch niet\"}")
                .when().post("/api/v1/instrument-inzetten/{id}/afwijzing", inzet)
                .then().statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:inzet-al-besloten"));

        assertThat(outboxEvents(inzet)).containsExactly(InstrumentEvents.AANGEVRAAGD, InstrumentEvents.GOEDGEKEURD);
    }

    @Test
    void een_afwijzing_zet_niets_in_en_vraagt_een_reden() {
        UUID kandidaat = kandidaat(UWV, "Amersfoort");
        String instrument = instrument(UWV, "no-riskpolis", null);
        String inzet = vraagAan(instrument, kandidaat, null, null, null).statusCode(201).extract().path("id");

        given().auth().oauth2(TestBellers.adviseur(UWV)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instrument-inzetten/{id}/afwijzing", inzet)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("reden"));
        given().auth().oauth2(TestBellers.adviseur(UWV)).contentType(ContentType.JSON).body("{\"reden\": \"geen arbeidsbeperking vastgesteld\"}")
                .when().post("/api/v1/instrument-inzetten/{id}/afwijzing", inzet)
                .then().statusCode(200).body("status", equalTo("afgewezen")).body("ingezet", equalTo(false));
    }

    @Test
    void alleen_de_catalogus_van_de_betalende_partner_telt() {
        UUID uwvKandidaat = kandidaat(UWV, "Amersfoort");
        String gemeentelijk = instrument(SOEST, "jobcoaching", null);

        vraagAan(gemeentelijk, uwvKandidaat, 6, null, null)
                .statusCode(400).body("invalidParams[0].name", equalTo("instrumentId"));
        assertThat(aantalInzetten(uwvKandidaat)).isZero();
    }

    @Test
    void de_grenzen_van_de_bronnen_gelden() {
        UUID kandidaat = kandidaat(SOEST, "Soest");
        vraagAan(instrument(SOEST, "proefplaatsing", null), kandidaat, 4, null, null)
                .statusCode(400).body("invalidParams[0].name", equalTo("duurMaanden"));
        vraagAan(instrument(SOEST, "jobcoaching", null), kandidaat, 37, null, null)
                .statusCode(400).body("invalidParams[0].name", equalTo("duurMaanden"));
        vraagAan(instrument(SOEST, "stimuleringspremie", null), kandidaat, null, "5000.01", null)
                .statusCode(400).body("invalidParams[0].name", equalTo("bedrag"));

        String lks = instrument(SOEST, "loonkostensubsidie", null);
        vraagAan(lks, kandidaat, 12, null, null).statusCode(400).body("invalidParams[0].name", equalTo("loonwaardePercentage"));
        vraagAan(lks, kandidaat, 12, null, 20).statusCode(201).body("subsidiePercentageWml", equalTo(70));
        vraagAan(lks, kandidaat, 12, null, 55).statusCode(201).body("subsidiePercentageWml", equalTo(45));
        assertThat(aantalInzetten(kandidaat)).isEqualTo(2);
    }

    @Test
    void het_regiofonds_betaalt_en_raakt_nooit_rood_en_zijn_beheerder_beslist_niet_de_partner_van_de_kandidaat() {
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).contentType(ContentType.JSON)
                .body("{\"regio\": \"Midden-Brabant\", \"bedragPerGeplandePlaatsing\": 1250}")
                .when().post("/api/v1/regiofondsen").then().statusCode(201).body("saldo", equalTo(0.0f));
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).contentType(ContentType.JSON)
                .body("{\"gemeente\": \"Tilburg\", \"geplandePlaatsingen\": 2}")
                .when().post("/api/v1/regiofondsen/Midden-Brabant/stortingen").then().statusCode(200).body("saldo", equalTo(2500.0f));

        String tilburg = "gemeente-tilburg";
        UUID kandidaat = kandidaat(tilburg, "Tilburg");
        String premie = instrument(tilburg, "werkplekaanpassing", null);
        String eerste = vraagAan(premie, kandidaat, null, "2000", null).statusCode(201)
                .body("fondsRegio", equalTo("Midden-Brabant")).extract().path("id");
        String tweede = vraagAan(premie, kandidaat, null, "1000", null).statusCode(201).extract().path("id");

        // the region pools: the candidate's own partner no longer decides (ADR 0036), the fund's manager does
        besluit(tilburg, eerste).statusCode(403).contentType("application/problem+json");
        fondsbesluit("Midden-Brabant", eerste).statusCode(200).body("status", equalTo("goedgekeurd"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("kandidaatId")));
        fondsbesluit("Midden-Brabant", tweede).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:fonds-ontoereikend"))
                .body("bedrag", equalTo(1000.0f)).body("saldo", equalTo(500.0f));

        given().auth().oauth2(Tokens.dashboard("Midden-Brabant")).when().get("/api/v1/regiofondsen/Midden-Brabant")
                .then().statusCode(200).body("saldo", equalTo(500.0f));
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/instrument-inzetten/{id}", tweede)
                .then().statusCode(200).body("status", equalTo("aangevraagd")).body("ingezet", equalTo(false));
    }

    private ValidatableResponse fondsbesluit(String regio, String inzet) {
        return given().auth().oauth2(Tokens.beheerder(regio)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/regiofondsen/{regio}/instrument-inzetten/{id}/goedkeuring", regio, inzet).then();
    }

    @Test
    void zonder_besluit_binnen_de_termijn_verloopt_de_aanvraag_precies_op_tijd() {
        Instant t = Instant.parse("2031-03-03T09:00:00Z");
        klok.zetOp(t);
        UUID kandidaat = kandidaat(SOEST, "Soest");
        String inzet = vraagAan(instrument(SOEST, "no-riskpolis", null), kandidaat, null, null, null).statusCode(201).extract().path("id");

        klok.zetOp(t.plus(Duration.ofDays(5)).minusSeconds(1));
        instrumenten.laatVerlopen();
        assertThat(status(inzet)).isEqualTo("aangevraagd");

        klok.zetOp(t.plus(Duration.ofDays(5)));
        instrumenten.laatVerlopen();
        assertThat(status(inzet)).isEqualTo("verlopen");
        besluit(SOEST, inzet).statusCode(409);
        assertThat(outboxEvents(inzet)).containsExactly(InstrumentEvents.AANGEVRAAGD, InstrumentEvents.VERLOPEN);
    }

    @Test
    void een_aanvraag_zonder_besluit_telt_als_over_tijd_zodra_de_termijn_een_tik_voorbij_is_en_niet_meer_als_hij_verliep() {
        Instant t = Instant.parse("2031-03-10T09:00:00Z");
        Instant laat = t.plus(Duration.ofDays(5)).plusSeconds(61);
        klok.zetOp(laat);
        while (instrumenten.laatVerlopen() > 0) {
            // what earlier tests left due expires first, as the scheduler would do
        }
        assertThat(overTijd()).isZero();

        klok.zetOp(t);
        UUID kandidaat = kandidaat(SOEST, "Soest");
        vraagAan(instrument(SOEST, "no-riskpolis", null), kandidaat, null, null, null).statusCode(201);
        klok.zetOp(t.plus(Duration.ofDays(5)).plusSeconds(30)); // due, within the grace of one tick
        assertThat(overTijd()).isZero();
        klok.zetOp(laat);
        assertThat(overTijd()).isEqualTo(1);

        instrumenten.laatVerlopen();
        assertThat(overTijd()).isZero();
    }

    private static double overTijd() {
        String tekst = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return nl.wsp.testsupport.Metrieken.waarde(tekst, "wsp_timers_overdue", "timer", "instrument-beslistermijn");
    }

    @Test
    void de_historie_laat_zich_niet_herschrijven() {
        UUID kandidaat = kandidaat(SOEST, "Soest");
        String inzet = vraagAan(instrument(SOEST, "no-riskpolis", null), kandidaat, null, null, null).statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE instrument_inzet_historie SET door = 'iemand anders' WHERE inzet_id = ?1")
                        .setParameter(1, UUID.fromString(inzet)).executeUpdate()));
    }

    @Test
    void een_partnersysteem_en_een_dashboard_vragen_niets_aan() {
        given().auth().oauth2(TestBellers.partnersysteem(SOEST)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instrument-inzetten").then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/instrument-inzetten").then().statusCode(403);
    }

    private String instrument(String partner, String soort, String maxBedrag) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"partner": "%s", "soort": "%s", "naam": "%s %s", "voorwaarden": "volgens de verordening",
                         "geldigVan": "2020-01-01", "geldigTot": "2035-12-31"%s}
                        """.formatted(partner, soort, soort, partner, maxBedrag == null ? "" : ", \"maxBedrag\": " + maxBedrag))
                .when().post("/api/v1/instrumenten")
                .then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse vraagAan(String instrument, UUID kandidaat, Integer maanden, String bedrag, Integer loonwaarde) {
        return given().auth().oauth2(TestBellers.adviseur(eigenaar.get(kandidaat))).contentType(ContentType.JSON)
                .body("""
                        {"instrumentId": "%s", "kandidaatId": "%s", "startdatum": "2031-04-01"%s%s%s}
                        """.formatted(instrument, kandidaat,
                        maanden == null ? "" : ", \"duurMaanden\": " + maanden,
                        bedrag == null ? "" : ", \"bedrag\": " + bedrag,
                        loonwaarde == null ? "" : ", \"loonwaardePercentage\": " + loonwaarde))
                .when().post("/api/v1/instrument-inzetten")
                .then();
    }

    private ValidatableResponse besluit(String partner, String inzet) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", inzet).then();
    }

    private String status(String inzet) {
        return given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/instrument-inzetten/{id}", inzet)
                .then().statusCode(200).extract().path("status");
    }

    /** A candidate row as intake stores it; the instrument module reads only owner, residence and status. */
    private UUID kandidaat(String partner, String woongemeente) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO kandidaat (id, partner, referentie, status, woongemeente, doelgroepen, volledigheid,
                                               ontbrekende_velden, aangemaakt_op, gewijzigd_op)
                        VALUES (?1, ?2, ?3, 'beschikbaar', ?4, ARRAY['bijstand'], 50, ARRAY[]::text[], now(), now())""")
                .setParameter(1, id).setParameter(2, partner).setParameter(3, "ref-" + id).setParameter(4, woongemeente)
                .executeUpdate());
        eigenaar.put(id, partner);
        return id;
    }

    private long aantalInzetten(UUID kandidaat) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(i) from InstrumentInzet i where i.kandidaatId = :k").setParameter("k", kandidaat).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> outboxEvents(String inzet) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position")
                .setParameter(1, inzet).getResultList());
    }
}
