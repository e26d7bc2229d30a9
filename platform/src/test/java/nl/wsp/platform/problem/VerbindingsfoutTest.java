package nl.wsp.platform.problem;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A database out of reach for a moment is the server's trouble, and a passing one: the client gets 503 with
 * {@code Retry-After} and problem JSON, not a 500 (docs/reliability.md, the chaos run's finding), and the next request
 * is served on a fresh connection. (That every operation documents the 503: {@code Conventietoetsen}.)
 */
@QuarkusTest
class VerbindingsfoutTest {

    private static final String ADVISEUR = Tokens.adviseur("gemeente-amersfoort");

    @Test
    void een_weggevallen_databaseverbinding_is_503_met_retry_after_en_geen_500() {
        given().auth().oauth2(ADVISEUR).when().post("/api/v1/verbindingsproeven")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", String.valueOf(Problems.OPNIEUW_NA_SECONDEN))
                .body("type", equalTo("urn:nl:wsp:probleem:tijdelijk-onbeschikbaar"))
                .body("status", equalTo(503));
        // the pool throws the dead connection away: the frame answers the next request as usual
        given().auth().oauth2(ADVISEUR).when().get("/api/v1/proeven/een?naam=x").then().statusCode(200);
    }
}
