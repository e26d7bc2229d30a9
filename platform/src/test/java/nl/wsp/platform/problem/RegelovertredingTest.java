package nl.wsp.platform.problem;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** An entity's domain exception reaches the client as problem JSON through the one mapper (ADR 0026), never as a 500. */
@QuarkusTest
class RegelovertredingTest {

    private static final String ADVISEUR = Tokens.adviseur("gemeente-amersfoort");

    @Test
    void een_ongeldige_waarde_is_400_met_het_veld_en_de_reden() {
        given().auth().oauth2(ADVISEUR).post("/api/v1/regelproeven/ongeldig")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:ongeldige-invoer"))
                .body("invalidParams.name", contains("aantal"))
                .body("invalidParams.reason", contains("er zijn er al 3; kies minder"));
    }

    @Test
    void een_toestand_die_het_niet_toelaat_is_409_met_een_vast_type_en_de_feiten() {
        given().auth().oauth2(ADVISEUR).post("/api/v1/regelproeven/gesloten")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:proef-gesloten"))
                .body("detail", equalTo("De proef is gesloten en kan niet meer worden gewijzigd"))
                .body("toestand", equalTo("gesloten"));
    }
}
