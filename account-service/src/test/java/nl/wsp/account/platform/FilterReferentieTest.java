package nl.wsp.account.platform;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.account.Testdata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

/**
 * Issue 13 item 6: a filter that names reference data (a municipality, a region, a partner) answers 400 naming the
 * parameter and what is allowed for an unknown code, never an empty list that looks like "none there".
 */
@QuarkusTest
class FilterReferentieTest {

    @ParameterizedTest(name = "{0}?{1}={2} is 400 naming {1}")
    @CsvSource({
            "/api/v1/werkgevers, gemeente, Atlantis",
            "/api/v1/werkgevers, gemeente, ../../etc/passwd",
            "/api/v1/partners, regio, Narnia",
            "/api/v1/adviseurs, regio, amersfoort",
            "/api/v1/adviseurs, partner, gemeente-bestaat-niet",
            "/api/v1/sectortafels, regio, -1",
            "/api/v1/nps-metingen/uitslag, regio, Narnia",
    })
    void een_onbekende_code_in_een_filter_is_400_met_de_parameter(String pad, String parameter, String waarde) {
        var get = given().auth().oauth2(Testdata.adviseur().token()).queryParam(parameter, waarde);
        if (pad.endsWith("uitslag")) {
            get = get.queryParam("meetronde", "2026-1");
        }
        get.get(pad).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains(parameter))
                .body("invalidParams[0].reason", containsString("toegestaan"));
    }

    @ParameterizedTest(name = "{0}?{1}={2} filters")
    @CsvSource({
            "/api/v1/werkgevers, gemeente, Amersfoort",
            "/api/v1/partners, regio, Amersfoort",
            "/api/v1/adviseurs, regio, Amersfoort",
    })
    void een_bekende_code_filtert(String pad, String parameter, String waarde) {
        given().auth().oauth2(Testdata.adviseur().token()).queryParam(parameter, waarde).get(pad).then().statusCode(200);
    }
}
