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
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 18 item 3 D, Bundeling Middelen (ADR 0036): deposits per municipality, the statement, the monthly report and
 * the fund's decision where a region pools. Twente holds the deposit and decision rules, Drenthe the statement and the
 * report (with exact sums, on a clock set by hand), Zeeland is a region that does not pool.
 */
@QuarkusTest
class BundelingMiddelenTest {

    static final String TWENTE = "Twente";
    static final String DRENTHE = "Drenthe";
    static final String ENSCHEDE = "gemeente-enschede";
    static final String EMMEN = "gemeente-emmen";
    static final String VLISSINGEN = "gemeente-vlissingen";

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @BeforeEach
    void fondsenEnPartners() {
        TestPartners.bekend(em, ENSCHEDE, TWENTE);
        TestPartners.bekend(em, EMMEN, DRENTHE);
        TestPartners.bekend(em, VLISSINGEN, "Zeeland");
        for (String regio : List.of(TWENTE, DRENTHE)) {
            given().auth().oauth2(Tokens.beheerder(regio)).contentType(ContentType.JSON)
                    .body("{\"regio\": \"" + regio + "\", \"bedragPerGeplandePlaatsing\": 1250}")
                    .when().post("/api/v1/regiofondsen").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        }
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void een_gemeente_van_de_regio_legt_in_per_geplande_plaatsing_of_met_een_eigen_bedrag() {
        stort(TWENTE, "{\"gemeente\": \"Enschede\", \"geplandePlaatsingen\": 4, \"periode\": \"2031-01\"}").statusCode(200);
        stort(TWENTE, "{\"gemeente\": \"Almelo\", \"bedrag\": 3750.50}").statusCode(200);

        List<Map<String, Object>> enschede = given().auth().oauth2(Tokens.beheerder(TWENTE)).queryParam("gemeente", "Enschede")
                .queryParam("limiet", 200).when().get("/api/v1/regiofondsen/{regio}/stortingen", TWENTE)
                .then().statusCode(200).extract().path("resultaten");
        assertThat(enschede).isNotEmpty().allSatisfy(s -> assertThat(s.get("gemeente")).isEqualTo("Enschede"));
        assertThat(enschede.get(enschede.size() - 1)).containsEntry("bedrag", 5000.0f).containsEntry("periode", "2031-01");
        List<Map<String, Object>> almelo = given().auth().oauth2(Tokens.beheerder(TWENTE)).queryParam("gemeente", "Almelo")
                .queryParam("limiet", 200).when().get("/api/v1/regiofondsen/{regio}/stortingen", TWENTE)
                .then().statusCode(200).extract().path("resultaten");
        assertThat(almelo.get(almelo.size() - 1)).containsEntry("bedrag", 3750.5f).containsEntry("periode", null);
    }

    @Test
    void een_onbekende_of_andere_gemeente_of_een_onvolledige_storting_is_400_met_het_veld_en_verandert_niets() {
        stort(TWENTE, "{\"gemeente\": \"Enschede\", \"bedrag\": 1}").statusCode(200); // so the largest amount passes the column
        long voor = mutaties(TWENTE);
        Map<String, String> fout = new java.util.LinkedHashMap<>();
        fout.put("{\"gemeente\": \"Tilburg\", \"geplandePlaatsingen\": 1}", "gemeente");
        fout.put("{\"gemeente\": \"Atlantis\", \"geplandePlaatsingen\": 1}", "gemeente");
        fout.put("{\"geplandePlaatsingen\": 1}", "gemeente");
        fout.put("{\"gemeente\": \"Enschede\"}", "geplandePlaatsingen");
        fout.put("{\"gemeente\": \"Enschede\", \"geplandePlaatsingen\": 1, \"bedrag\": 100}", "bedrag");
        fout.put("{\"gemeente\": \"Enschede\", \"bedrag\": 0}", "bedrag");
        fout.put("{\"gemeente\": \"Enschede\", \"bedrag\": -10}", "bedrag");
        fout.put("{\"gemeente\": \"Enschede\", \"bedrag\": 1e15}", "bedrag");
        fout.put("{\"gemeente\": \"Enschede\", \"bedrag\": 999999999999.99}", "bedrag");
        fout.put("{\"gemeente\": \"Enschede\", \"geplandePlaatsingen\": 1, \"periode\": \"2031-13\"}", "periode");
        fout.forEach((body, veld) -> stort(TWENTE, body).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo(veld)));
        given().auth().oauth2(Tokens.beheerder(TWENTE)).queryParam("gemeente", "Tilburg")
                .when().get("/api/v1/regiofondsen/{regio}/stortingen", TWENTE)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("gemeente"));
        assertThat(mutaties(TWENTE)).isEqualTo(voor);
    }

    @Test
    void alleen_de_beheerder_van_de_regio_legt_in_en_ziet_stortingen_afschrift_en_inzetten_van_het_fonds() {
        long voor = mutaties(TWENTE);
        String body = "{\"gemeente\": \"Enschede\", \"geplandePlaatsingen\": 1}";
        for (String ander : List.of(Tokens.beheerder(DRENTHE), Tokens.beheerder())) {
            stortAls(ander, TWENTE, body).statusCode(404).contentType("application/problem+json");
            for (String pad : List.of("stortingen", "afschrift", "instrument-inzetten")) {
                given().auth().oauth2(ander).when().get("/api/v1/regiofondsen/{regio}/" + pad, TWENTE).then().statusCode(404);
            }
        }
        for (String geenBeheerder : List.of(TestBellers.adviseur(ENSCHEDE), Tokens.dashboard(TWENTE))) {
            stortAls(geenBeheerder, TWENTE, body).statusCode(403);
            for (String pad : List.of("stortingen", "afschrift", "instrument-inzetten")) {
                given().auth().oauth2(geenBeheerder).when().get("/api/v1/regiofondsen/{regio}/" + pad, TWENTE).then().statusCode(403);
            }
        }
        // a region without a fund has no deposits, statement or report for its own beheerder either
        given().auth().oauth2(Tokens.beheerder("Zeeland")).when().get("/api/v1/regiofondsen/Zeeland/afschrift").then().statusCode(404);
        assertThat(mutaties(TWENTE)).isEqualTo(voor);
    }

    @Test
    void waar_de_regio_bundelt_beslist_de_beheerder_van_het_fonds_en_de_partner_van_de_kandidaat_krijgt_403() {
        stort(TWENTE, "{\"gemeente\": \"Enschede\", \"bedrag\": 10000}").statusCode(200);
        UUID kandidaat = kandidaat(ENSCHEDE, "Enschede");
        String instrument = instrument(ENSCHEDE, "werkplekaanpassing");
        String goed = vraagAan(ENSCHEDE, instrument, kandidaat, "1500").statusCode(201).body("fondsRegio", equalTo(TWENTE)).extract().path("id");
        String af = vraagAan(ENSCHEDE, instrument, kandidaat, "800").statusCode(201).extract().path("id");

        given().auth().oauth2(TestBellers.adviseur(ENSCHEDE)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", goed).then().statusCode(403);
        given().auth().oauth2(TestBellers.adviseur(ENSCHEDE)).contentType(ContentType.JSON).body("{\"reden\": \"geen budget\"}")
                .when().post("/api/v1/instrument-inzetten/{id}/afwijzing", af).then().statusCode(403);
        for (String ander : List.of(Tokens.beheerder(DRENTHE), Tokens.beheerder())) {
            fondsbesluitAls(ander, TWENTE, goed, "goedkeuring", "{}").statusCode(404);
        }
        // by another region's path, the fund of that region does not pay it: 404 too
        fondsbesluitAls(Tokens.beheerder(DRENTHE), DRENTHE, goed, "goedkeuring", "{}").statusCode(404);
        fondsbesluitAls(TestBellers.adviseur(ENSCHEDE), TWENTE, goed, "goedkeuring", "{}").statusCode(403);
        assertThat(status(goed)).isEqualTo("aangevraagd");

        long logVoor = logregels(kandidaat);
        java.math.BigDecimal saldoVoor = saldo(TWENTE);
        fondsbesluitAls(Tokens.beheerder(TWENTE), TWENTE, goed, "goedkeuring", "{\"reden\": \"past in het werkbudget\"}")
                .statusCode(200).body("status", equalTo("goedgekeurd")).body("besluitReden", equalTo("past in het werkbudget"))
                .body("$", not(hasKey("kandidaatId")));
        assertThat(saldo(TWENTE)).isEqualByComparingTo(saldoVoor.subtract(new java.math.BigDecimal("1500")));
        fondsbesluitAls(Tokens.beheerder(TWENTE), TWENTE, af, "afwijzing", "{}").statusCode(400)
                .body("invalidParams[0].name", equalTo("reden"));
        fondsbesluitAls(Tokens.beheerder(TWENTE), TWENTE, af, "afwijzing", "{\"reden\": \"werkbudget op\"}")
                .statusCode(200).body("status", equalTo("afgewezen"));
        fondsbesluitAls(Tokens.beheerder(TWENTE), TWENTE, goed, "goedkeuring", "{}").statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:inzet-al-besloten"));
        assertThat(saldo(TWENTE)).isEqualByComparingTo(saldoVoor.subtract(new java.math.BigDecimal("1500")));
        assertThat(logregels(kandidaat)).isEqualTo(logVoor + 2);
        assertThat(besluitDoor(goed)).isEqualTo("beheerder@" + TWENTE);

        List<Map<String, Object>> wachtend = given().auth().oauth2(Tokens.beheerder(TWENTE)).queryParam("limiet", 200)
                .when().get("/api/v1/regiofondsen/{regio}/instrument-inzetten", TWENTE).then().statusCode(200)
                .extract().path("resultaten");
        assertThat(wachtend).extracting(i -> i.get("inzetId")).contains(goed, af);
        assertThat(wachtend).allSatisfy(i -> assertThat(i).doesNotContainKey("kandidaatId"));
    }

    @Test
    void een_inzet_zonder_bedrag_in_een_regio_die_bundelt_en_elke_inzet_waar_de_regio_niet_bundelt_keurt_de_partner_goed() {
        UUID enschedeer = kandidaat(ENSCHEDE, "Enschede");
        String zonderBedrag = vraagAan(ENSCHEDE, instrument(ENSCHEDE, "no-riskpolis"), enschedeer, null).statusCode(201)
                .body("fondsRegio", equalTo(TWENTE)).extract().path("id");
        fondsbesluitAls(Tokens.beheerder(TWENTE), TWENTE, zonderBedrag, "goedkeuring", "{}").statusCode(404);
        given().auth().oauth2(TestBellers.adviseur(ENSCHEDE)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", zonderBedrag).then().statusCode(200);

        UUID vlissinger = kandidaat(VLISSINGEN, "Vlissingen");
        String zeeuws = vraagAan(VLISSINGEN, instrument(VLISSINGEN, "werkplekaanpassing"), vlissinger, "1500").statusCode(201)
                .body("fondsRegio", nullValue()).extract().path("id");
        fondsbesluitAls(Tokens.beheerder("Zeeland"), "Zeeland", zeeuws, "goedkeuring", "{}").statusCode(404);
        given().auth().oauth2(TestBellers.adviseur(VLISSINGEN)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", zeeuws).then().statusCode(200)
                .body("status", equalTo("goedgekeurd"));
    }

    @Test
    void het_afschrift_toont_elke_mutatie_met_het_saldo_erna_binnen_de_periode_en_pagineert() {
        klok.zetOp(Instant.parse("2031-01-10T09:00:00Z"));
        stort(DRENTHE, "{\"gemeente\": \"Emmen\", \"geplandePlaatsingen\": 2}").statusCode(200);          // 2500
        klok.zetOp(Instant.parse("2031-02-03T09:00:00Z"));
        stort(DRENTHE, "{\"gemeente\": \"Hoogeveen\", \"bedrag\": 1000}").statusCode(200);                // 3500
        UUID kandidaat = kandidaat(EMMEN, "Hoogeveen");
        String inzet = vraagAan(EMMEN, instrument(EMMEN, "scholing"), kandidaat, "600").statusCode(201).extract().path("id");
        klok.zetOp(Instant.parse("2031-02-04T09:00:00Z"));
        fondsbesluitAls(Tokens.beheerder(DRENTHE), DRENTHE, inzet, "goedkeuring", "{}").statusCode(200);  // 2900
        klok.zetOp(Instant.parse("2031-03-02T09:00:00Z"));
        UUID tweede = kandidaat(EMMEN, "Emmen");
        String inzet2 = vraagAan(EMMEN, instrument(EMMEN, "werkplekaanpassing"), tweede, "400").statusCode(201).extract().path("id");
        fondsbesluitAls(Tokens.beheerder(DRENTHE), DRENTHE, inzet2, "goedkeuring", "{}").statusCode(200); // 2500

        given().auth().oauth2(Tokens.beheerder(DRENTHE)).queryParam("van", "2031-02-01").queryParam("tot", "2031-02-28")
                .when().get("/api/v1/regiofondsen/{regio}/afschrift", DRENTHE).then().statusCode(200)
                .body("resultaten", hasSize(2))
                .body("resultaten.soort", contains("storting", "afschrijving"))
                .body("resultaten.bedrag", contains(1000.0f, -600.0f))
                .body("resultaten.saldo", contains(3500.0f, 2900.0f))
                .body("resultaten[1].instrumentsoort", equalTo("scholing"))
                .body("resultaten[1].inzetId", equalTo(inzet))
                .body("resultaten[1].gemeente", equalTo("Hoogeveen"))
                .body("resultaten[1]", not(hasKey("kandidaatId")));

        ValidatableResponse eerste = given().auth().oauth2(Tokens.beheerder(DRENTHE)).queryParam("limiet", 3)
                .when().get("/api/v1/regiofondsen/{regio}/afschrift", DRENTHE).then().statusCode(200)
                .body("resultaten.saldo", contains(2500.0f, 3500.0f, 2900.0f)).body("volgendeCursor", notNullValue());
        given().auth().oauth2(Tokens.beheerder(DRENTHE)).queryParam("limiet", 3)
                .queryParam("cursor", eerste.extract().<String>path("volgendeCursor"))
                .when().get("/api/v1/regiofondsen/{regio}/afschrift", DRENTHE).then().statusCode(200)
                .body("resultaten.saldo", contains(2500.0f)).body("resultaten[0].gemeente", equalTo("Emmen"));

        given().auth().oauth2(Tokens.beheerder(DRENTHE)).queryParam("van", "2031-03-01").queryParam("tot", "2031-02-01")
                .when().get("/api/v1/regiofondsen/{regio}/afschrift", DRENTHE).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("tot"));
        given().auth().oauth2(Tokens.beheerder(DRENTHE)).queryParam("van", "1 februari")
                .when().get("/api/v1/regiofondsen/{regio}/afschrift", DRENTHE).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("van"));

        // the monthly report of the same rows: per month, sums only, for the region's dashboard too
        ValidatableResponse rapport = given().auth().oauth2(Tokens.dashboard(DRENTHE)).queryParam("jaar", 2031)
                .when().get("/api/v1/regiofondsen/{regio}/bundeling-middelen", DRENTHE).then().statusCode(200)
                .body("regio", equalTo(DRENTHE)).body("jaar", equalTo(2031))
                .body("maanden.maand", contains("2031-01", "2031-02", "2031-03"))
                .body("maanden.ingelegd", contains(2500.0f, 1000.0f, 0.0f))
                .body("maanden.besteed", contains(0.0f, 600.0f, 400.0f))
                .body("maanden.saldoEindeMaand", contains(2500.0f, 2900.0f, 2500.0f))
                .body("maanden[0].inlegPerGemeente.gemeente", contains("Emmen"))
                .body("maanden[1].inlegPerGemeente.gemeente", contains("Hoogeveen"))
                .body("maanden[1].besteedPerSoort.soort", contains("scholing"))
                .body("maanden[1].besteedPerGemeente.gemeente", contains("Hoogeveen"))
                .body("maanden[2].besteedPerSoort.soort", contains("werkplekaanpassing"))
                .body("maanden[2].besteedPerGemeente.bedrag", contains(400.0f));
        assertThat(rapport.extract().asString()).doesNotContain(inzet, inzet2, kandidaat.toString(), tweede.toString());
        given().auth().oauth2(Tokens.beheerder(DRENTHE)).queryParam("jaar", 2031)
                .when().get("/api/v1/regiofondsen/{regio}/bundeling-middelen", DRENTHE).then().statusCode(200)
                .body("maanden", hasSize(3));
        for (String ander : List.of(Tokens.dashboard(TWENTE), Tokens.dashboard(), Tokens.beheerder(TWENTE), Tokens.beheerder())) {
            given().auth().oauth2(ander).queryParam("jaar", 2031)
                    .when().get("/api/v1/regiofondsen/{regio}/bundeling-middelen", DRENTHE).then().statusCode(404);
        }
        given().auth().oauth2(TestBellers.adviseur(EMMEN)).queryParam("jaar", 2031)
                .when().get("/api/v1/regiofondsen/{regio}/bundeling-middelen", DRENTHE).then().statusCode(403);
        for (String jaar : List.of("", "1999", "twintig")) {
            given().auth().oauth2(Tokens.dashboard(DRENTHE)).queryParam("jaar", jaar)
                    .when().get("/api/v1/regiofondsen/{regio}/bundeling-middelen", DRENTHE).then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("jaar"));
        }
        given().auth().oauth2(Tokens.dashboard(DRENTHE))
                .when().get("/api/v1/regiofondsen/{regio}/bundeling-middelen", DRENTHE).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("jaar"));
    }

    private ValidatableResponse stort(String regio, String body) {
        return stortAls(Tokens.beheerder(regio), regio, body);
    }

    private ValidatableResponse stortAls(String token, String regio, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/regiofondsen/{regio}/stortingen", regio).then();
    }

    private ValidatableResponse fondsbesluitAls(String token, String regio, String inzet, String besluit, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/regiofondsen/{regio}/instrument-inzetten/{id}/" + besluit, regio, inzet).then();
    }

    private String instrument(String partner, String soort) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"partner\": \"%s\", \"soort\": \"%s\", \"naam\": \"%s %s\", \"geldigVan\": \"2020-01-01\"}"
                        .formatted(partner, soort, soort, partner))
                .when().post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse vraagAan(String partner, String instrument, UUID kandidaat, String bedrag) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-04-01\"%s}"
                        .formatted(instrument, kandidaat, bedrag == null ? "" : ", \"bedrag\": " + bedrag))
                .when().post("/api/v1/instrument-inzetten").then();
    }

    private UUID kandidaat(String partner, String woongemeente) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO kandidaat (id, partner, referentie, status, woongemeente, doelgroepen, volledigheid,
                                               ontbrekende_velden, aangemaakt_op, gewijzigd_op)
                        VALUES (?1, ?2, ?3, 'beschikbaar', ?4, ARRAY['bijstand'], 50, ARRAY[]::text[], now(), now())""")
                .setParameter(1, id).setParameter(2, partner).setParameter(3, "ref-" + id).setParameter(4, woongemeente)
                .executeUpdate());
        return id;
    }

    private String status(String inzet) {
        return given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/instrument-inzetten/{id}", inzet)
                .then().statusCode(200).extract().path("status");
    }

    private java.math.BigDecimal saldo(String regio) {
        return QuarkusTransaction.requiringNew().call(() -> (java.math.BigDecimal) em.createNativeQuery(
                "SELECT saldo FROM regiofonds WHERE regio = ?1").setParameter(1, regio).getSingleResult());
    }

    private String besluitDoor(String inzet) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT besluit_door FROM instrument_inzet WHERE id = ?1").setParameter(1, UUID.fromString(inzet)).getSingleResult());
    }

    private long mutaties(String regio) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM regiofonds_mutatie WHERE regio = ?1").setParameter(1, regio).getSingleResult()).longValue());
    }

    private long logregels(UUID betrokkene) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1").setParameter(1, betrokkene)
                .getSingleResult()).longValue());
    }
}
