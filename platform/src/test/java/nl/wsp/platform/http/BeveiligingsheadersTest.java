package nl.wsp.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class BeveiligingsheadersTest {

    @Test
    void een_api_antwoord_wordt_niet_bewaard_gesnuffeld_of_ingelijst() {
        given().auth().oauth2(Tokens.adviseur("gemeente-amersfoort"))
                .when().get("/api/v1/proeven/1")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void ook_een_weigering_draagt_de_headers() {
        given().when().get("/api/v1/proeven/1")
                .then().statusCode(401)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void buiten_de_api_geen_no_store_maar_wel_nosniff() {
        given().when().get("/q/health/live")
                .then()
                .header("Cache-Control", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void hsts_alleen_in_productie() {
        given().when().get("/q/health/live")
                .then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void een_pagina_van_de_dienst_laadt_alleen_eigen_scripts_en_de_rest_blijft_dicht() {
        given().when().get("/proefpagina")
                .then()
                .header("Content-Security-Policy", equalTo("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                        + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
        given().when().get("/proefpagina/script.js")
                .then().header("Content-Security-Policy", startsWith("default-src 'none'; script-src 'self';"));
        given().when().get("/proefpagina-niet")
                .then().header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
        given().auth().oauth2(Tokens.adviseur("gemeente-amersfoort")).when().get("/api/v1/proeven/1")
                .then().header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }
}
