package nl.wsp.platform.throttling;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The frame throttles writes per client (ADR 0015), here with a limit of 3 writes and 1 bulk push per hour, so
 * that the window cannot end while a test runs: the 4th write is 429 with {@code Retry-After} and writes nothing.
 */
@QuarkusTest
@TestProfile(ThrottlingTest.LageLimieten.class)
class ThrottlingTest {

    public static class LageLimieten implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wsp.platform.throttling.schrijfacties", "3",
                    "wsp.platform.throttling.bulkleveringen", "1",
                    "wsp.platform.throttling.periode", "1h");
        }
    }

    private static String client(String azp) {
        long nu = System.currentTimeMillis() / 1000;
        return Jwt.issuer(Tokens.ISSUER).subject("systeem@" + azp).groups("partnersysteem")
                .claim("partner", "gemeente-amersfoort").claim("azp", azp)
                .issuedAt(nu).expiresAt(nu + 600).sign(Tokens.privateKey());
    }

    private static long rijen(String token, String subject) {
        return given().auth().oauth2(token).when().get("/api/v1/throttle-proeven/" + subject)
                .then().statusCode(200).extract().jsonPath().getLong("rijen");
    }

    @Test
    void de_vierde_schrijfactie_in_de_periode_is_429_met_retry_after_en_schrijft_niets() {
        String token = client("client-" + UUID.randomUUID());
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().post("/api/v1/throttle-proeven/" + subject).then().statusCode(200);
        }
        given().auth().oauth2(token).when().post("/api/v1/throttle-proeven/" + subject)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:nl:wsp:probleem:te-veel-verzoeken"))
                .body("status", equalTo(429));
        String retryAfter = given().auth().oauth2(token).when().post("/api/v1/throttle-proeven/" + subject)
                .then().statusCode(429).extract().header("Retry-After");
        org.assertj.core.api.Assertions.assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        org.assertj.core.api.Assertions.assertThat(rijen(token, subject)).isEqualTo(3);
    }

    @Test
    void lezen_wordt_niet_afgeremd() {
        String token = client("client-" + UUID.randomUUID());
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().post("/api/v1/throttle-proeven/" + subject).then().statusCode(200);
        }
        for (int i = 0; i < 5; i++) {
            rijen(token, subject);
        }
    }

    @Test
    void een_andere_client_merkt_niets_van_een_afgeremde() {
        String eerste = client("client-" + UUID.randomUUID());
        String tweede = client("client-" + UUID.randomUUID());
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(eerste).when().post("/api/v1/throttle-proeven/" + subject).then().statusCode(200);
        }
        given().auth().oauth2(eerste).when().post("/api/v1/throttle-proeven/" + subject).then().statusCode(429);
        given().auth().oauth2(tweede).when().post("/api/v1/throttle-proeven/" + subject).then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(rijen(tweede, subject)).isEqualTo(4);
    }

    @Test
    void zonder_azp_is_de_client_het_sub_van_het_token() {
        String subject = UUID.randomUUID().toString();
        String sub = "adviseur-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            // a fresh token each time, the same sub: still the same client
            given().auth().oauth2(Tokens.adviseur("gemeente-amersfoort", sub))
                    .when().post("/api/v1/throttle-proeven/" + subject).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.adviseur("gemeente-amersfoort", sub))
                .when().post("/api/v1/throttle-proeven/" + subject).then().statusCode(429);
        given().auth().oauth2(Tokens.adviseur("gemeente-amersfoort", "ander-" + sub))
                .when().post("/api/v1/throttle-proeven/" + subject).then().statusCode(200);
    }

    @Test
    void een_bulklevering_heeft_een_eigen_lagere_limiet() {
        String token = client("client-" + UUID.randomUUID());
        String subject = UUID.randomUUID().toString();
        given().auth().oauth2(token).when().post("/api/v1/throttle-proeven/" + subject + "/bulk").then().statusCode(200);
        given().auth().oauth2(token).when().post("/api/v1/throttle-proeven/" + subject + "/bulk")
                .then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        // the bulk push did not use up the ordinary writes
        given().auth().oauth2(token).when().post("/api/v1/throttle-proeven/" + subject).then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(rijen(token, subject)).isEqualTo(2);
    }
}
