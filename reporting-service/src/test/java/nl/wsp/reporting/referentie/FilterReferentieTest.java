package nl.wsp.reporting.referentie;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

/**
 * Issue 13 item 6: a {@code regio} filter with a region the reference data does not know is 400 naming {@code regio}
 * and saying what is allowed, on every operation that takes one; before, the lists answered an empty page.
 */
@QuarkusTest
class FilterReferentieTest {

    @ParameterizedTest(name = "{0}?regio=Narnia is 400 naming regio")
    @ValueSource(strings = {"/api/v1/doelstellingen", "/api/v1/partners", "/api/v1/rapportages/nps",
            "/api/v1/rapportages/plaatsingen?jaar=2026", "/api/v1/rapportages/netwerk?jaar=2026",
            "/api/v1/rapportages/evenementen?jaar=2026"})
    void een_onbekende_regio_in_een_filter_is_400_met_de_parameter(String pad) {
        given().auth().oauth2(Tokens.beheerder()).queryParam("regio", "Narnia").get(pad)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("regio"))
                .body("invalidParams[0].reason", containsString("toegestaan"));
    }

    @ParameterizedTest(name = "{0}?regio=Amersfoort filters")
    @ValueSource(strings = {"/api/v1/doelstellingen", "/api/v1/partners"})
    void een_bekende_regio_filtert(String pad) {
        given().auth().oauth2(Tokens.beheerder()).queryParam("regio", "Amersfoort").get(pad).then().statusCode(200);
    }
}
