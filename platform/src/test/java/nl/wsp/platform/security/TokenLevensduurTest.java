package nl.wsp.platform.security;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
class TokenLevensduurTest {

    private static long nu() {
        return System.currentTimeMillis() / 1000;
    }

    @Test
    void een_adviseurstoken_van_een_uur_wordt_aanvaard() {
        given().auth().oauth2(token("adviseur", nu(), nu() + 3600))
                .when().get("/api/v1/proeven/1").then().statusCode(200);
    }

    @Test
    void een_adviseurstoken_dat_langer_dan_een_uur_geldt_is_401() {
        given().auth().oauth2(token("adviseur", nu(), nu() + 3601))
                .when().get("/api/v1/proeven/1")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void een_token_van_honderd_jaar_is_401() {
        given().auth().oauth2(token("adviseur", nu(), nu() + 100L * 365 * 24 * 3600))
                .when().get("/api/v1/proeven/1")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void een_partnersysteemtoken_geldt_hoogstens_een_kwartier() {
        given().auth().oauth2(token("partnersysteem", nu(), nu() + 900))
                .when().get("/api/v1/proeven/1").then().statusCode(200);
        given().auth().oauth2(token("partnersysteem", nu(), nu() + 1800))
                .when().get("/api/v1/proeven/1")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void een_websitetoken_geldt_hoogstens_een_kwartier_als_elk_machinetoken() {
        // within the quarter it is authenticated, and refused only by the resource's roles (403); beyond it 401
        given().auth().oauth2(token("website", nu(), nu() + 900))
                .when().get("/api/v1/proeven/1").then().statusCode(403);
        given().auth().oauth2(token("website", nu(), nu() + 1800))
                .when().get("/api/v1/proeven/1")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.website()).when().get("/api/v1/proeven/1").then().statusCode(403);
    }

    @Test
    void een_token_uit_de_toekomst_is_401() {
        given().auth().oauth2(token("adviseur", nu() + 600, nu() + 1200))
                .when().get("/api/v1/proeven/1")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void een_kleine_klokafwijking_wordt_verdragen() {
        given().auth().oauth2(token("adviseur", nu() + 20, nu() + 1200))
                .when().get("/api/v1/proeven/1").then().statusCode(200);
    }

    @Test
    void de_tokens_van_de_testondersteuning_passen() {
        given().auth().oauth2(Tokens.adviseur("gemeente-amersfoort")).when().get("/api/v1/proeven/1").then().statusCode(200);
        given().auth().oauth2(Tokens.partnersysteem("uwv-amersfoort")).when().get("/api/v1/proeven/1").then().statusCode(200);
    }

    private static String token(String rol, long iat, long exp) {
        return Jwt.issuer(Tokens.ISSUER).subject(rol + "@proef").groups(rol).claim("partner", "gemeente-amersfoort")
                .issuedAt(iat).expiresAt(exp).sign(Tokens.privateKey());
    }
}
