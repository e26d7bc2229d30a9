package nl.wsp.matching.instrument;

import nl.wsp.matching.TestBellers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.TestPartners;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Issue 13: a deployment request exists only for the candidate's (paying) partner, the requesting adviser's partner
 * and a beheerder; it is asked only for a candidate the adviser's partner owns or is involved with through a proposal.
 */
@QuarkusTest
class InstrumentIsolatieTest {

    static final String SOEST = "gemeente-soest";
    static final String UWV = "uwv-amersfoort";
    static final String BAARN = "gemeente-baarn";
    static final String TILBURG = "gemeente-tilburg";

    @Inject
    EntityManager em;

    @BeforeEach
    void partnersBekend() {
        TestPartners.bekend(em, SOEST, "Amersfoort");
        TestPartners.bekend(em, UWV, "Amersfoort");
        TestPartners.bekend(em, BAARN, "Amersfoort");
        TestPartners.bekend(em, TILBURG, "Midden-Brabant");
    }

    @Test
    void een_inzet_is_alleen_zichtbaar_voor_de_betalende_en_de_aanvragende_partner_anderen_krijgen_404() {
        UUID kandidaat = kandidaat(SOEST);
        voordracht(kandidaat, UWV, SOEST);
        String inzet = vraagAan(UWV, instrument(SOEST), kandidaat).statusCode(201)
                .body("betalendePartner", equalTo(SOEST)).extract().path("id");

        for (String zichtbaar : List.of(TestBellers.adviseur(SOEST), TestBellers.adviseur(UWV), Tokens.beheerder())) {
            given().auth().oauth2(zichtbaar).when().get("/api/v1/instrument-inzetten/{id}", inzet)
                    .then().statusCode(200).body("id", equalTo(inzet));
        }
        given().auth().oauth2(Tokens.adviseur("bestaat-niet")).when().get("/api/v1/instrument-inzetten/{id}", inzet)
                .then().statusCode(403).contentType("application/problem+json");
        for (String ander : List.of(TestBellers.adviseur(BAARN), TestBellers.adviseur(TILBURG))) {
            given().auth().oauth2(ander).when().get("/api/v1/instrument-inzetten/{id}", inzet)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:nl:wsp:probleem:niet-gevonden"));
        }
    }

    @Test
    void een_inzet_voor_de_kandidaat_van_een_andere_partner_is_404_en_legt_niets_vast() {
        UUID kandidaat = kandidaat(SOEST);
        String instrument = instrument(SOEST);
        given().auth().oauth2(Tokens.adviseur("bestaat-niet")).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\"}".formatted(instrument, kandidaat))
                .when().post("/api/v1/instrument-inzetten").then().statusCode(403).contentType("application/problem+json");
        for (String ander : List.of(UWV, TILBURG)) {
            vraagAan(ander, instrument, kandidaat).statusCode(404).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("kandidaatId"))
                    .body("detail", not(org.hamcrest.Matchers.containsString(SOEST)));
        }
        assertThat(aantal("SELECT count(*) FROM instrument_inzet WHERE kandidaat_id = ?1", kandidaat)).isZero();
        assertThat(aantal("SELECT count(*) FROM outbox_event WHERE type = 'nl.werkgeversdienstverlening.instrumenten.inzet-aangevraagd.v1' "
                + "AND payload::text LIKE '%' || ?1 || '%'", kandidaat.toString())).isZero();
    }

    @Test
    void na_een_afgewezen_voordracht_vraagt_de_voordragende_partner_geen_inzet_meer_aan() {
        UUID kandidaat = kandidaat(SOEST);
        UUID voordracht = voordracht(kandidaat, UWV, SOEST);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE voordracht SET status = 'afgewezen' WHERE id = ?1")
                .setParameter(1, voordracht).executeUpdate());
        vraagAan(UWV, instrument(SOEST), kandidaat).statusCode(404);
    }

    @Test
    void alleen_wie_de_inzet_ziet_hoort_van_het_besluit_een_vreemde_partner_krijgt_404() {
        UUID kandidaat = kandidaat(SOEST);
        voordracht(kandidaat, UWV, SOEST);
        String inzet = vraagAan(UWV, instrument(SOEST), kandidaat).statusCode(201).extract().path("id");
        besluit(BAARN, inzet).statusCode(404).contentType("application/problem+json");
        besluit(UWV, inzet).statusCode(403).contentType("application/problem+json");
        assertThat(aantal("SELECT count(*) FROM instrument_inzet WHERE id = ?1 AND status = 'aangevraagd'", UUID.fromString(inzet)))
                .isEqualTo(1);
        besluit(SOEST, inzet).statusCode(200).body("status", equalTo("goedgekeurd"));
    }

    @Test
    void de_status_en_de_soort_van_een_inzet_staan_opgeslagen_als_de_code_van_de_api() {
        UUID kandidaat = kandidaat(SOEST);
        voordracht(kandidaat, UWV, SOEST);
        String instrument = instrument(SOEST);
        UUID inzet = UUID.fromString(vraagAan(UWV, instrument, kandidaat).statusCode(201).extract().path("id"));
        assertThat(aantal("SELECT count(*) FROM instrument_inzet WHERE id = ?1 AND status = 'aangevraagd' AND soort = 'no-riskpolis'", inzet))
                .isEqualTo(1);
        assertThat(aantal("SELECT count(*) FROM instrument WHERE id = ?1 AND soort = 'no-riskpolis'", UUID.fromString(instrument))).isEqualTo(1);
    }

    @Test
    void de_lijst_van_inzetten_antwoordt_met_rijen_en_toont_alleen_wat_de_partner_ziet() {
        UUID vanSoest = kandidaat(SOEST);
        String vanSoestInzet = vraagAan(SOEST, instrument(SOEST), vanSoest).statusCode(201).extract().path("id");
        UUID vanTilburg = kandidaat(TILBURG);
        String vanTilburgInzet = vraagAan(TILBURG, instrument(TILBURG), vanTilburg).statusCode(201).extract().path("id");

        List<Map<String, Object>> soest = allePaginas(TestBellers.adviseur(SOEST), Map.of());
        assertThat(soest).extracting(i -> i.get("id")).contains(vanSoestInzet).doesNotContain(vanTilburgInzet);
        assertThat(soest).extracting(i -> i.get("betalendePartner")).containsOnly(SOEST);
        assertThat(allePaginas(TestBellers.adviseur(TILBURG), Map.of("betalendePartner", SOEST))).extracting(i -> i.get("id"))
                .doesNotContain(vanSoestInzet);
        assertThat(allePaginas(Tokens.beheerder(), Map.of("status", "aangevraagd"))).extracting(i -> i.get("id"))
                .contains(vanSoestInzet, vanTilburgInzet);
    }

    @Test
    void de_lijst_van_inzetten_komt_in_paginas_van_limiet_oudste_eerst_en_de_laatste_zonder_cursor() {
        String instrument = instrument(SOEST);
        List<String> aangevraagd = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            aangevraagd.add(vraagAan(SOEST, instrument, kandidaat(SOEST)).statusCode(201).extract().path("id"));
        }
        var eerste = given().auth().oauth2(Tokens.beheerder()).queryParam("betalendePartner", SOEST).queryParam("limiet", 1)
                .when().get("/api/v1/instrument-inzetten").then().statusCode(200).body("resultaten", hasSize(1))
                .extract().jsonPath();
        assertThat(eerste.getString("volgendeCursor")).isNotBlank();
        List<Object> ids = allePaginas(Tokens.beheerder(), Map.of("betalendePartner", SOEST)).stream().map(i -> i.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().containsAll(aangevraagd);
    }

    @Test
    void een_onbekende_status_of_limiet_is_400_met_de_parameter() {
        for (String[] p : new String[][]{{"status", "AANGEVRAAGD"}, {"status", "open"}, {"limiet", "0"}, {"limiet", "abc"}}) {
            given().auth().oauth2(Tokens.beheerder()).queryParam(p[0], p[1]).when().get("/api/v1/instrument-inzetten")
                    .then().statusCode(400).contentType("application/problem+json").body("invalidParams.name", contains(p[0]));
        }
    }

    private static List<Map<String, Object>> allePaginas(String token, Map<String, String> filter) {
        List<Map<String, Object>> alle = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var pagina = given().auth().oauth2(token).queryParams(filter).queryParam("limiet", 200)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .when().get("/api/v1/instrument-inzetten").then().statusCode(200).extract().jsonPath();
            alle.addAll(pagina.getList("resultaten"));
            cursor = pagina.getString("volgendeCursor");
        } while (cursor != null);
        return alle;
    }

    @Test
    void een_instrument_van_een_onbekende_partner_is_400_met_het_veld_partner_en_wordt_niet_opgenomen() {
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(instrumentBody("gemeente-atlantis", "\"2020-01-01\"", ""))
                .when().post("/api/v1/instrumenten")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("partner"));
        assertThat(aantal("SELECT count(*) FROM instrument WHERE partner = ?1", "gemeente-atlantis")).isZero();
    }

    @Test
    void een_datum_buiten_elk_redelijk_bereik_is_400_met_het_veld_geen_databasefout() {
        long voor = aantal("SELECT count(*) FROM instrument WHERE partner = ?1", SOEST);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(instrumentBody(SOEST, "2147483648", ""))
                .when().post("/api/v1/instrumenten")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("geldigVan"));
        UUID kandidaat = kandidaat(SOEST);
        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": -2147483648}"
                        .formatted(instrument(SOEST), kandidaat))
                .when().post("/api/v1/instrument-inzetten")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("startdatum"));
        assertThat(aantal("SELECT count(*) FROM instrument WHERE partner = ?1", SOEST)).isEqualTo(voor + 1);
        assertThat(aantal("SELECT count(*) FROM instrument_inzet WHERE kandidaat_id = ?1", kandidaat)).isZero();
    }

    @Test
    void een_bedrag_groter_dan_de_kolom_houdt_is_400_met_het_veld_geen_databasefout() {
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(instrumentBody(SOEST, "\"2020-01-01\"", ", \"maxBedrag\": 1e20"))
                .when().post("/api/v1/instrumenten")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("maxBedrag"));
        UUID kandidaat = kandidaat(SOEST);
        String instrument = instrument(SOEST);
        for (String bedrag : List.of("99999999999999999999", "12345678901.5", "0.001")) {
            given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                    .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\", \"bedrag\": %s}"
                            .formatted(instrument, kandidaat, bedrag))
                    .when().post("/api/v1/instrument-inzetten")
                    .then().statusCode(400).body("invalidParams[0].name", equalTo("bedrag"));
        }
        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\", \"duurMaanden\": 1.5}"
                        .formatted(instrument, kandidaat))
                .when().post("/api/v1/instrument-inzetten")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("duurMaanden"));
        assertThat(aantal("SELECT count(*) FROM instrument_inzet WHERE kandidaat_id = ?1", kandidaat)).isZero();
    }

    private static String instrumentBody(String partner, String geldigVan, String extra) {
        return """
                {"partner": "%s", "soort": "no-riskpolis", "naam": "No-riskpolis %s", "geldigVan": %s%s}
                """.formatted(partner, partner, geldigVan, extra);
    }

    private String instrument(String partner) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(instrumentBody(partner, "\"2020-01-01\"", ""))
                .when().post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse vraagAan(String partner, String instrument, UUID kandidaat) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\"}".formatted(instrument, kandidaat))
                .when().post("/api/v1/instrument-inzetten").then();
    }

    private static ValidatableResponse besluit(String partner, String inzet) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", inzet).then();
    }

    private UUID kandidaat(String partner) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO kandidaat (id, partner, referentie, status, woongemeente, doelgroepen, volledigheid,
                                               ontbrekende_velden, aangemaakt_op, gewijzigd_op)
                        VALUES (?1, ?2, ?3, 'beschikbaar', NULL, ARRAY['bijstand'], 50, ARRAY[]::text[], now(), now())""")
                .setParameter(1, id).setParameter(2, partner).setParameter(3, "ref-" + id).executeUpdate());
        return id;
    }

    /** A proposal of the candidate by {@code voordragend} for a vacancy of {@code vacaturePartner}, as DoeVoordracht stores it. */
    private UUID voordracht(UUID kandidaat, String voordragend, String vacaturePartner) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO voordracht (id, vacature_id, kandidaat_id, partner, kandidaat_partner, vacature_partner, status,
                                                voorgedragen_door, voorgedragen_op, versie)
                        SELECT ?1, ?2, k.id, ?3, k.partner, ?4, 'voorgedragen', 'adviseur@' || ?3, now(), 0 FROM kandidaat k WHERE k.id = ?5""")
                .setParameter(1, id).setParameter(2, UUID.randomUUID()).setParameter(3, voordragend)
                .setParameter(4, vacaturePartner).setParameter(5, kandidaat).executeUpdate());
        return id;
    }

    private long aantal(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
