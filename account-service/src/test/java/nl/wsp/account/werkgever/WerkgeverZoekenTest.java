package nl.wsp.account.werkgever;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class WerkgeverZoekenTest {

    private ValidatableResponse zoek(String query) {
        return given().auth().oauth2(Testdata.adviseur().token()).when().get("/api/v1/werkgevers?" + query).then().statusCode(200);
    }

    @Test
    void de_naam_wordt_gevonden_ongeacht_hoofdletters_accenten_en_een_kleine_tikfout() {
        // digits become distinct letters (not all "x"): a suffix of repeated letters has few distinct trigrams, and one
        // wrong letter then falls under pg_trgm's word-similarity threshold (0.6) by chance
        String uniek = "Zwïjsen" + Testdata.kort().chars().mapToObj(c -> Character.isDigit(c)
                ? String.valueOf((char) ('g' + (c - '0'))) : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
        String id = Testdata.werkgever("Café " + uniek + " Horeca", "horeca", 12, null);

        zoek("naam=" + uniek.toUpperCase()).body("resultaten.id", contains(id));
        zoek("naam=cafe " + uniek.replace("ï", "i").toLowerCase()).body("resultaten.id", hasItem(id));
        String deel = uniek.replace("ï", "i").substring(0, uniek.length() - 1); // a part of the name
        zoek("naam=" + deel).body("resultaten.id", hasItem(id));
        String tikfout = uniek.replace("ï", "i").replace("sen", "sin"); // one wrong letter: no longer a substring
        zoek("naam=" + tikfout).body("resultaten.id", hasItem(id));
        zoek("naam=50%25_korting").body("resultaten", org.hamcrest.Matchers.empty()); // LIKE wildcards are literal
        zoek("naam=Qwerty" + Testdata.kort()).body("resultaten.id", not(hasItem(id)));
    }

    @Test
    void zoeken_op_kvk_gemeente_sector_en_accountmanager() {
        String partner = Testdata.partner();
        Testdata.Adviseur am = Testdata.adviseur(partner);
        String sector = "sector-" + Testdata.kort();
        String a = Testdata.werkgever("Alfa Techniek", sector, 20, am.id());
        String b = Testdata.werkgever("Beta Techniek", sector, 3, null);
        String kvkA = given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers/" + a).then().extract().path("kvkNummer");

        zoek("kvkNummer=" + kvkA).body("resultaten.id", contains(a));
        zoek("sector=" + sector).body("resultaten.id", contains(a, b));
        zoek("sector=" + sector + "&gemeente=amersfoort").body("resultaten.id", contains(a, b));
        zoek("sector=" + sector + "&gemeente=Baarn").body("resultaten", org.hamcrest.Matchers.empty());
        zoek("accountmanagerId=" + am.id()).body("resultaten.id", contains(a))
                .body("resultaten[0].accountmanager.partner", equalTo(partner));
        zoek("sector=" + sector + "&bediend=true").body("resultaten.id", contains(a));
        zoek("sector=" + sector + "&bediend=false").body("resultaten.id", contains(b));
    }

    @Test
    void cursorpaginering_levert_alles_precies_een_keer_en_geen_cursor_op_de_laatste_pagina() {
        String sector = "pag-" + Testdata.kort();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Testdata.werkgever("Pagina Werkgever " + i, sector, 10, null));
        }
        List<String> gezien = new ArrayList<>();
        String cursor = null;
        int paginas = 0;
        do {
            ValidatableResponse r = zoek("sector=" + sector + "&limiet=2" + (cursor == null ? "" : "&cursor=" + cursor));
            gezien.addAll(r.extract().path("resultaten.id"));
            cursor = r.extract().path("volgendeCursor");
            paginas++;
        } while (cursor != null);
        assertThat(paginas).isEqualTo(3);
        assertThat(gezien).containsExactlyElementsOf(ids);
    }

    @Test
    void een_kapotte_cursor_of_limiet_is_400_bij_naam() {
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers?cursor=bestaat-niet")
                .then().statusCode(400).body("invalidParams.name", contains("cursor"));
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers?limiet=500")
                .then().statusCode(400).body("invalidParams.name", contains("limiet"));
        for (String param : java.util.List.of("limiet=abc", "limiet=0", "accountmanagerId=geen-id", "bediend=misschien", "keyAccount=ja")) {
            given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers?" + param)
                    .then().statusCode(400).body("invalidParams.name", contains(param.substring(0, param.indexOf('='))));
        }
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers?kvkNummer=123")
                .then().statusCode(400).body("invalidParams.name", contains("kvkNummer"));
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers?limiet=1&sector=bestaat-niet-" + Testdata.kort())
                .then().statusCode(200).body("volgendeCursor", nullValue());
    }
}
