package nl.wsp.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 item 6: a filter that names reference data ({@code @Referentie}) refuses an unknown code with 400 naming the
 * parameter and saying what is allowed, instead of answering an empty list.
 */
@QuarkusTest
class ReferentieParametersTest {

    private static final String ADVISEUR = Tokens.adviseur("gemeente-amersfoort");

    @Test
    void een_bekende_code_wordt_gelezen_en_een_lege_waarde_is_afwezig() {
        given().auth().oauth2(ADVISEUR).queryParam("gemeente", "Soest").get("/api/v1/proeven/gefilterd")
                .then().statusCode(200).body("gemeente", equalTo("Soest"));
        given().auth().oauth2(ADVISEUR).queryParam("gemeente", "").get("/api/v1/proeven/gefilterd")
                .then().statusCode(200).body("gemeente", equalTo("null"));
    }

    @ParameterizedTest(name = "gemeente={0} is 400 naming gemeente")
    @ValueSource(strings = {"Atlantis", "amersfoort", "-1", "<script>", "../../etc/passwd"})
    void een_onbekende_code_is_400_met_de_parameter_en_wat_is_toegestaan(String waarde) {
        given().auth().oauth2(ADVISEUR).queryParam("gemeente", waarde).get("/api/v1/proeven/gefilterd")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:ongeldige-invoer"))
                .body("invalidParams.name", contains("gemeente"))
                .body("invalidParams[0].reason", containsString("toegestaan: Amersfoort, Soest"));
    }
}
